import { locales, type Locale } from './locales'
import { documentPageCollections, type PageTarget, localizedHref, pageGlobals, pathIn, pathWithoutLocale, publicPathOf, sitePaths } from './paths'

describe('pathIn', () => {
  it('puts a page under the language prefix', () => {
    expect(pathIn('fr', '/risks')).toBe('/fr/risks')
    expect(pathIn('zh', '/risks/ai-bias')).toBe('/zh/risks/ai-bias')
  })

  it('gives the bare language prefix for home', () => {
    expect(pathIn('ar', '/')).toBe('/ar')
    expect(pathIn('ar', '')).toBe('/ar')
  })
})

describe('pathWithoutLocale', () => {
  it.each([
    ['/ru/building-blocks/red-lines', '/building-blocks/red-lines'],
    ['/fr/risks', '/risks'],
    ['/ru', '/'],
    ['/ru/', '/'],
    ['/matrix', '/matrix'],
    ['/english/x', '/english/x'],
    ['/enx', '/enx'],
    ['/EN/risks', '/EN/risks'],
    ['/', '/'],
    [null, '/'],
    [undefined, '/'],
    ['', '/'],
    ['risks', '/'],
  ])('%p → %p', (pathname, expected) => {
    expect(pathWithoutLocale(pathname)).toBe(expected)
  })

  it('undoes pathIn for every language and page', () => {
    for (const locale of locales) {
      for (const path of ['/', '/risks', '/building-blocks/red-lines', '/media']) {
        expect(pathWithoutLocale(pathIn(locale, path))).toBe(path)
      }
    }
  })
})

describe('localizedHref', () => {
  it.each([
    ['/matrix', '/ar/matrix'],
    ['/', '/ar'],
    ['/risks/bias', '/ar/risks/bias'],
    ['/risks?x=1', '/ar/risks?x=1'],
    ['/english', '/ar/english'],
    ['/frx', '/ar/frx'],
  ])('puts the site path %p under the reader’s language: %p', (href, expected) => {
    expect(localizedHref(href, 'ar')).toBe(expected)
  })

  it.each([
    ['https://example.org/x'],
    ['mailto:team@example.org'],
    ['tel:+41229171234'],
    ['//host.example/x'],
    ['#anchor'],
    ['risks/bias'],
    ['/fr/x'],
    ['/fr'],
    ['/zh?x=1'],
    ['/ru#top'],
    ['/en/risks'],
  ])('leaves %p as it is', (href) => {
    expect(localizedHref(href, 'ar')).toBe(href)
  })
})

describe('sitePaths', () => {
  it('addresses every site page in the given language', () => {
    expect(sitePaths.home('fr')).toBe('/fr')
    expect(sitePaths.buildingBlocks('fr')).toBe('/fr/building-blocks')
    expect(sitePaths.risks('fr')).toBe('/fr/risks')
    expect(sitePaths.benefits('fr')).toBe('/fr/benefits')
    expect(sitePaths.matrix('fr')).toBe('/fr/matrix')
    expect(sitePaths.media('fr')).toBe('/fr/media')
    expect(sitePaths.references('fr')).toBe('/fr/references')
    expect(sitePaths.contact('fr')).toBe('/fr/contact')
    expect(sitePaths.search('fr')).toBe('/fr/search')
  })

  it('encodes slugs so they stay one path segment or one anchor', () => {
    expect(sitePaths.risk('en', 'a/b c')).toBe('/en/risks/a%2Fb%20c')
    expect(sitePaths.reference('en', 'x#y')).toBe('/en/references#x%23y')
    expect(sitePaths.mediaEntry('en', 'é?')).toBe('/en/media/%C3%A9%3F')
  })
})

describe('publicPathOf', () => {
  it.each([
    [{ collection: 'building-blocks', slug: 'red-lines' } as const, 'ar', '/ar/building-blocks/red-lines'],
    [{ collection: 'risks', slug: 'ai-bias' } as const, 'fr', '/fr/risks/ai-bias'],
    [{ collection: 'benefits', slug: 'health' } as const, 'ru', '/ru/benefits/health'],
    [{ collection: 'media-entries', slug: 'the-film' } as const, 'es', '/es/media/the-film'],
    [{ collection: 'citations', slug: 'maas-2023' } as const, 'zh', '/zh/references#maas-2023'],
    [{ global: 'home' } as const, 'ru', '/ru'],
    [{ global: 'site' } as const, 'en', '/en/contact'],
  ] satisfies [PageTarget, Locale, string][])('opens %p on its public page in %s: %s', (target, locale, expected) => {
    expect(publicPathOf(target, locale)).toBe(expected)
  })

  it('has a page for every collection and global it names, in every language', () => {
    for (const locale of locales) {
      for (const collection of documentPageCollections) {
        const path = publicPathOf({ collection, slug: 'x' }, locale)
        expect(path).toMatch(new RegExp(`^/${locale}/`))
        expect(pathWithoutLocale(path)).not.toBe('/')
      }
      for (const global of pageGlobals) expect(publicPathOf({ global }, locale)).toMatch(new RegExp(`^/${locale}(/|$)`))
    }
  })

  it.each([[undefined], [null], [''], ['   ']])('has no address for a document whose slug is %p', (slug) => {
    for (const collection of documentPageCollections) expect(publicPathOf({ collection, slug }, 'en')).toBeNull()
    expect(publicPathOf({ collection: 'risks' }, 'en')).toBeNull()
  })

  it('URI-encodes the slug', () => {
    expect(publicPathOf({ collection: 'risks', slug: 'a b/c' }, 'en')).toBe('/en/risks/a%20b%2Fc')
    expect(publicPathOf({ collection: 'citations', slug: 'x#y' }, 'en')).toBe('/en/references#x%23y')
  })

  it('ignores spaces around the slug', () => {
    expect(publicPathOf({ collection: 'risks', slug: ' ai-bias ' }, 'en')).toBe('/en/risks/ai-bias')
  })
})
