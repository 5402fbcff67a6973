import type { Home } from '@global-ai-governance/content'

import { fallbackAttrs } from '@/components/common/TranslationNotice'

/** `lang`: "en" when the section's text is the English fallback. */
export function WhyGlobalGovernance({ why, lang }: { why: Home['why']; lang?: 'en' | undefined }) {
  return (
    <section aria-labelledby="why-heading" {...fallbackAttrs(lang)}>
      <h2 id="why-heading">{why.heading}</h2>
      {(why.reasons ?? []).map((reason, index) => (
        <p key={reason.id ?? index}>{reason.text}</p>
      ))}
    </section>
  )
}
