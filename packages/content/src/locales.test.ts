import { defaultLocale, directionOf, isLocale, localeDefinitions, localeLabels, locales, type Locale } from './locales'

describe('locales', () => {
  it('publishes the six UN languages, English first and as the default', () => {
    expect([...locales].sort()).toEqual(['ar', 'en', 'es', 'fr', 'ru', 'zh'])
    expect(locales[0]).toBe('en')
    expect(defaultLocale).toBe('en')
    expect(isLocale(defaultLocale)).toBe(true)
  })

  it('has each language once', () => {
    expect(new Set(locales).size).toBe(locales.length)
  })

  it('lays out Arabic right to left and every other language left to right', () => {
    for (const locale of locales) expect(directionOf(locale)).toBe(locale === 'ar' ? 'rtl' : 'ltr')
  })

  it('names each language in that language, for the language switcher', () => {
    expect(localeLabels).toEqual({ en: 'English', fr: 'Français', es: 'Español', ar: 'العربية', zh: '中文', ru: 'Русский' })
    expect(Object.keys(localeLabels).sort()).toEqual([...locales].sort())
    for (const { code, label } of localeDefinitions) expect(localeLabels[code]).toBe(label)
  })

  it.each(locales.map((locale) => [locale]))('accepts %s as a locale', (locale) => {
    expect(isLocale(locale)).toBe(true)
  })

  it.each([['EN'], ['En'], ['de'], ['en-GB'], [' en'], ['en '], [''], ['english'], [null], [undefined], [42], [{}], [['en']]])(
    'refuses %p as a locale',
    (value) => {
      expect(isLocale(value)).toBe(false)
    },
  )

  it('narrows the type of a value it accepts', () => {
    const value: unknown = 'fr'
    if (isLocale(value)) {
      const locale: Locale = value
      expect(directionOf(locale)).toBe('ltr')
    } else {
      throw new Error('fr should be a locale')
    }
  })
})
