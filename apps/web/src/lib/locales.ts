/** The six UN languages; the site's routes start with one of these codes. */
export const locales = ['en', 'fr', 'es', 'ar', 'zh', 'ru'] as const
export type Locale = (typeof locales)[number]
export const defaultLocale: Locale = 'en'

export const isLocale = (value: string): value is Locale => (locales as readonly string[]).includes(value)
export const directionOf = (locale: Locale): 'rtl' | 'ltr' => (locale === 'ar' ? 'rtl' : 'ltr')
