import { defaultLocale, localeDefinitions, translationStateOf, type Locale, type TranslationStatus } from '@global-ai-governance/content'

/** The languages translated from English, as the admin names them. */
export const translatedLanguages = localeDefinitions.filter(({ code }) => code !== defaultLocale)

export const stateLabel = { missing: 'Needs translation', 'out-of-date': 'Out of date', 'up-to-date': 'Up to date' } as const

/** "Summary, Hero › heading": a field path as a reader names it. */
export const fieldLabel = (path: string): string =>
  path
    .split('.')
    .map((part) => part.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase())
    .join(' › ')
    .replace(/^./, (first) => first.toUpperCase())

/** Why a language is where it stands: which texts are missing, which changed in English since. */
export function reasonOf(status: TranslationStatus | null | undefined, locale: Locale): string {
  const entry = status?.[locale]
  const state = translationStateOf(status, locale)
  if (state === 'missing') return `No text of its own for: ${entry!.missing.map(fieldLabel).join(', ')}`
  if (state === 'out-of-date') return `English changed after the last save in this language: ${entry!.outOfDate!.map(fieldLabel).join(', ')}`
  return 'Every text translated since the English last changed'
}
