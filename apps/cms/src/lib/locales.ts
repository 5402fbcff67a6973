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
