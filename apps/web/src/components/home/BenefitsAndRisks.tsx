import type { Home, Locale } from '@global-ai-governance/content'

import { fallbackAttrs } from '@/components/common/TranslationNotice'
import { sitePaths } from '@global-ai-governance/content'

type Item = { id: number; title: string; slug: string; lang?: 'en' | undefined }

export function BenefitsAndRisks({
  section,
  benefits,
  risks,
  locale,
  lang,
}: {
  section: Home['benefitsAndRisks']
  benefits: Item[]
  risks: Item[]
  locale: Locale
  /** "en" when the section's own text is the English fallback. */
  lang?: 'en' | undefined
}) {
  return (
    <section aria-labelledby="benefits-and-risks-heading">
      <h2 id="benefits-and-risks-heading" {...fallbackAttrs(lang)}>{section.heading}</h2>
      {section.intro ? <p {...fallbackAttrs(lang)}>{section.intro}</p> : null}
      <div className="two-columns">
        <div>
          <h3 id="benefits-heading" {...fallbackAttrs(lang)}>{section.benefitsHeading}</h3>
          <ul className="plain-list" aria-labelledby="benefits-heading">
            {benefits.map((benefit) => (
              <li key={benefit.id}>
                {/* On the link, not the item: the bullet stays on the list's side in a right-to-left page. */}
                <a href={sitePaths.benefit(locale, benefit.slug)} {...fallbackAttrs(benefit.lang)}>{benefit.title}</a>
              </li>
            ))}
          </ul>
        </div>
        <div>
          <h3 id="risks-heading" {...fallbackAttrs(lang)}>{section.risksHeading}</h3>
          <ul className="plain-list" aria-labelledby="risks-heading">
            {risks.map((risk) => (
              <li key={risk.id}>
                <a href={sitePaths.risk(locale, risk.slug)} {...fallbackAttrs(risk.lang)}>{risk.title}</a>
              </li>
            ))}
          </ul>
        </div>
      </div>
    </section>
  )
}
