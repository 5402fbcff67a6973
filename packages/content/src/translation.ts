import { z } from 'zod'

import { locales, type Locale } from './locales'

/**
 * Per language, the required texts a document has no words of its own for
 * (paths such as `title` or `hero.heading`): the site shows the English text
 * there and says so. Computed by the CMS on every read (`translationStatus`).
 */
export const translationStatusSchema = z.record(z.enum(locales as [Locale, ...Locale[]]), z.object({ missing: z.array(z.string()) }))

export type TranslationStatus = z.infer<typeof translationStatusSchema>

/** True when `locale` shows English for any of `fields` (a field, or any text inside a group of that name). */
export function showsEnglish(status: TranslationStatus | null | undefined, locale: Locale, fields: readonly string[]): boolean {
  const missing = status?.[locale]?.missing ?? []
  return missing.some((path) => fields.some((field) => path === field || path.startsWith(`${field}.`)))
}
