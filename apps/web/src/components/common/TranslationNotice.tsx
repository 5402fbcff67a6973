import type { Locale } from '@global-ai-governance/content'

import { translator } from '@/lib/i18n'

/**
 * Says, in the visitor's language, that the page's text has not been translated
 * yet and is shown in English. Renders nothing when there is nothing to say.
 */
export function TranslationNotice({ locale, untranslated }: { locale: Locale; untranslated: boolean }) {
  if (!untranslated || locale === 'en') return null
  return <p className="translation-notice">{translator(locale)('translation.missing')}</p>
}

/** The `lang` of text that came from the English fallback (undefined when it is in the page's language). */
export const fallbackLang = (untranslated: boolean | undefined): 'en' | undefined => (untranslated ? 'en' : undefined)

/**
 * The attributes of an element holding fallback text: its language, so screen readers
 * switch voice, and left-to-right, so English punctuation sits right on an Arabic page.
 */
export const fallbackAttrs = (lang: string | undefined): { lang?: string; dir?: 'ltr' } => (lang ? { lang, dir: 'ltr' } : {})
