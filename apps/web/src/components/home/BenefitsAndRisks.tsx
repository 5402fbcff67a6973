import type { Home } from '@global-ai-governance/content'

type Item = { id: number; title: string; slug: string }

export function BenefitsAndRisks({
  section,
  benefits,
  risks,
}: {
  section: Home['benefitsAndRisks']
  benefits: Item[]
  risks: Item[]
}) {
  return (
    <section aria-labelledby="benefits-and-risks-heading">
      <h2 id="benefits-and-risks-heading">{section.heading}</h2>
      {section.intro ? <p>{section.intro}</p> : null}
      <div className="two-columns">
        <div>
          <h3 id="benefits-heading">{section.benefitsHeading}</h3>
          <ul className="plain-list" aria-labelledby="benefits-heading">
            {benefits.map((benefit) => (
              <li key={benefit.id}>{benefit.title}</li>
            ))}
          </ul>
        </div>
        <div>
          <h3 id="risks-heading">{section.risksHeading}</h3>
          <ul className="plain-list" aria-labelledby="risks-heading">
            {risks.map((risk) => (
              <li key={risk.id}>{risk.title}</li>
            ))}
          </ul>
        </div>
      </div>
    </section>
  )
}
