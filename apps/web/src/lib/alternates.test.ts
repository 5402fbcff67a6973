import { pathIn, pathWithoutLocale } from '@global-ai-governance/content'

import { alternatesFor } from './alternates'

describe('hreflang alternates', () => {
  test('name the page in all six languages, English as x-default, and the visitor’s language as canonical', () => {
    const alternates = alternatesFor('fr', '/risks/bias')
    expect(alternates.canonical).toBe('/fr/risks/bias')
    expect(alternates.languages).toEqual({
      en: '/en/risks/bias',
      fr: '/fr/risks/bias',
      es: '/es/risks/bias',
      ar: '/ar/risks/bias',
      zh: '/zh/risks/bias',
      ru: '/ru/risks/bias',
      'x-default': '/en/risks/bias',
    })
  })

  test('the home page is the bare language prefix', () => {
    expect(alternatesFor('ar', '/')).toMatchObject({ canonical: '/ar', languages: { 'x-default': '/en', zh: '/zh' } })
  })

  test('keep the Atom feed link the layout sets (a page’s alternates replace the layout’s)', () => {
    expect(alternatesFor('en', '/risks').types['application/atom+xml'][0]?.url).toBe('/feed.xml')
  })

  test('paths with and without a language prefix', () => {
    expect(pathWithoutLocale('/ru/building-blocks/red-lines')).toBe('/building-blocks/red-lines')
    expect(pathWithoutLocale('/ru')).toBe('/')
    expect(pathWithoutLocale('/matrix')).toBe('/matrix')
    expect(pathWithoutLocale('/')).toBe('/')
    expect(pathWithoutLocale(null)).toBe('/')
    // "/english" is not a prefix.
    expect(pathWithoutLocale('/english/x')).toBe('/english/x')
    expect(pathIn('zh', '/')).toBe('/zh')
  })
})
