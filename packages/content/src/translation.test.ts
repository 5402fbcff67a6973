import { locales, type Locale } from './locales'
import { showsEnglish, translationStatusSchema, type TranslationStatus } from './translation'

/** A status as the CMS computes it: every language, `missing` given for some. */
const statusWith = (missing: Partial<Record<Locale, string[]>>): TranslationStatus =>
  Object.fromEntries(locales.map((locale) => [locale, { missing: missing[locale] ?? [] }])) as TranslationStatus

describe('showsEnglish', () => {
  it('is true for a field the language has no words for', () => {
    expect(showsEnglish(statusWith({ fr: ['title'] }), 'fr', ['title'])).toBe(true)
  })

  it('is true for a group when a text inside it is missing', () => {
    expect(showsEnglish(statusWith({ fr: ['hero.heading'] }), 'fr', ['hero'])).toBe(true)
    expect(showsEnglish(statusWith({ fr: ['hero.heading'] }), 'fr', ['hero.heading'])).toBe(true)
  })

  it('is false for a field whose name merely starts the same way', () => {
    expect(showsEnglish(statusWith({ fr: ['hero.heading'] }), 'fr', ['her'])).toBe(false)
    expect(showsEnglish(statusWith({ fr: ['heroes'] }), 'fr', ['hero'])).toBe(false)
    expect(showsEnglish(statusWith({ fr: ['hero'] }), 'fr', ['hero.heading'])).toBe(false)
  })

  it('is true when any of the fields asked about is missing', () => {
    expect(showsEnglish(statusWith({ ar: ['summary'] }), 'ar', ['title', 'summary'])).toBe(true)
  })

  it('is false for fields that are translated', () => {
    expect(showsEnglish(statusWith({ fr: ['summary'] }), 'fr', ['title'])).toBe(false)
  })

  it('answers for the language asked about only', () => {
    const status = statusWith({ fr: ['title'] })
    expect(showsEnglish(status, 'es', ['title'])).toBe(false)
    expect(showsEnglish(status, 'en', ['title'])).toBe(false)
  })

  it('is false for English with nothing missing', () => {
    expect(showsEnglish(statusWith({}), 'en', ['title', 'hero'])).toBe(false)
  })

  it('is false when asked about no fields', () => {
    expect(showsEnglish(statusWith({ fr: ['title'] }), 'fr', [])).toBe(false)
  })

  it.each([[null], [undefined]])('is false when the status is %p (nothing known)', (status) => {
    expect(showsEnglish(status, 'fr', ['title'])).toBe(false)
  })
})

describe('translationStatusSchema', () => {
  it('accepts a status the CMS computes', () => {
    const status = statusWith({ fr: ['title', 'hero.heading'], zh: ['summary'] })
    expect(translationStatusSchema.parse(status)).toEqual(status)
  })

  it('refuses an unknown language', () => {
    expect(translationStatusSchema.safeParse({ ...statusWith({}), de: { missing: [] } }).success).toBe(false)
    expect(translationStatusSchema.safeParse({ ...statusWith({}), EN: { missing: [] } }).success).toBe(false)
  })

  it('requires every language (the CMS always sends all six)', () => {
    const { ru: _ru, ...withoutRussian } = statusWith({})
    expect(translationStatusSchema.safeParse(withoutRussian).success).toBe(false)
  })

  it.each([
    ['missing that is not a list', { ...statusWith({}), fr: { missing: 'title' } }],
    ['a path that is not text', { ...statusWith({}), fr: { missing: [1] } }],
    ['a language without missing', { ...statusWith({}), fr: {} }],
    ['a list', []],
  ])('refuses %s', (_name, value) => {
    expect(translationStatusSchema.safeParse(value).success).toBe(false)
  })
})
