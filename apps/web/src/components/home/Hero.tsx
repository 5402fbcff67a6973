import type { Home } from '@global-ai-governance/content'

import { fallbackAttrs } from '@/components/common/TranslationNotice'

/** `lang`: "en" when the hero's text is the English fallback. */
export function Hero({ hero, lang }: { hero: Home['hero']; lang?: string | undefined }) {
  return (
    <div className="hero" {...fallbackAttrs(lang)}>
      <h1>{hero.heading}</h1>
      <p className="lede">{hero.lede}</p>
    </div>
  )
}
