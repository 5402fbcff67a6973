/** The six UN languages. English is the default and the fallback. */
export const locales = [
  { code: 'en', label: 'English' },
  { code: 'fr', label: 'Français' },
  { code: 'es', label: 'Español' },
  { code: 'ar', label: 'العربية', rtl: true },
  { code: 'zh', label: '中文' },
  { code: 'ru', label: 'Русский' },
] as const

export const defaultLocale = 'en'

export type Locale = (typeof locales)[number]['code']
export const isLocale = (code: string): code is Locale => locales.some((locale) => locale.code === code)
