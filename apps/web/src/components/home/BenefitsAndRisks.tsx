import type { Home } from '@global-ai-governance/content'

import type { Locale } from '@/lib/locales'
import { paths } from '@/lib/paths'

type Item = { id: number; title: string; slug: string }

export function BenefitsAndRisks({
  section,
  benefits,
  risks,
  locale,
}: {
  section: Home['benefitsAndRisks']
  benefits: Item[]
  risks: Item[]
  locale: Locale
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
              <li key={benefit.id}>
                <a href={paths.benefit(locale, benefit.slug)}>{benefit.title}</a>
              </li>
            ))}
          </ul>
        </div>
        <div>
          <h3 id="risks-heading">{section.risksHeading}</h3>
          <ul className="plain-list" aria-labelledby="risks-heading">
            {risks.map((risk) => (
              <li key={risk.id}>
                <a href={paths.risk(locale, risk.slug)}>{risk.title}</a>
              </li>
            ))}
          </ul>
        </div>
      </div>
    </section>
  )
}
