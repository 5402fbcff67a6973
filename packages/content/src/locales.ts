/**
 * The six UN languages the CMS is localized in and the site is published in.
 * English is the default and the fallback. Every list of locales, label or
 * text direction in either app comes from here.
 */
export const localeDefinitions = [
  { code: 'en', label: 'English', direction: 'ltr' },
  { code: 'fr', label: 'Français', direction: 'ltr' },
  { code: 'es', label: 'Español', direction: 'ltr' },
  { code: 'ar', label: 'العربية', direction: 'rtl' },
  { code: 'zh', label: '中文', direction: 'ltr' },
  { code: 'ru', label: 'Русский', direction: 'ltr' },
] as const

export type Locale = (typeof localeDefinitions)[number]['code']
export type TextDirection = 'ltr' | 'rtl'

export const locales: readonly Locale[] = localeDefinitions.map((definition) => definition.code)

export const defaultLocale: Locale = 'en'

export const isLocale = (value: unknown): value is Locale =>
  typeof value === 'string' && (locales as readonly string[]).includes(value)

const definitionOf = (locale: Locale) => localeDefinitions.find((definition) => definition.code === locale)!

/** Each language's name in that language (the language switcher, the CMS's locale menu). */
export const localeLabels = Object.fromEntries(localeDefinitions.map(({ code, label }) => [code, label])) as Record<Locale, string>

/** `dir` of a page in this language. */
export const directionOf = (locale: Locale): TextDirection => definitionOf(locale).direction
