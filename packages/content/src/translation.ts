import { z } from 'zod'

import { locales, type Locale } from './locales'

/**
 * Per language, the texts a document has no words of its own for (`missing`,
 * paths such as `title` or `hero.heading`: the site shows the English text
 * there and says so), and those whose English changed after the translation
 * was last saved (`outOfDate`). Computed by the CMS on every read (`translationStatus`).
 */
export const translationStatusSchema = z.record(
  z.enum(locales as [Locale, ...Locale[]]),
  z.object({ missing: z.array(z.string()), outOfDate: z.array(z.string()).optional() }),
)

/** Where a language stands for one document: what the admin's column and dashboard show. */
export type TranslationState = 'missing' | 'out-of-date' | 'up-to-date'

export function translationStateOf(status: TranslationStatus | null | undefined, locale: Locale): TranslationState {
  const entry = status?.[locale]
  if (entry?.missing.length) return 'missing'
  if (entry?.outOfDate?.length) return 'out-of-date'
  return 'up-to-date'
}

export type TranslationStatus = z.infer<typeof translationStatusSchema>

/** True when `locale` shows English for any of `fields` (a field, or any text inside a group of that name). */
export function showsEnglish(status: TranslationStatus | null | undefined, locale: Locale, fields: readonly string[]): boolean {
  const missing = status?.[locale]?.missing ?? []
  return missing.some((path) => fields.some((field) => path === field || path.startsWith(`${field}.`)))
}
