/** The six UN languages the CMS is localized in. English is the default and the fallback. */
export const locales = ['en', 'fr', 'es', 'ar', 'zh', 'ru'] as const
export type Locale = (typeof locales)[number]

export const defaultLocale: Locale = 'en'

/** Locales written right to left (`dir="rtl"`). */
export const rtlLocales: readonly Locale[] = ['ar']

export const isLocale = (value: unknown): value is Locale =>
  typeof value === 'string' && (locales as readonly string[]).includes(value)
