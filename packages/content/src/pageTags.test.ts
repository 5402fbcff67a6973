import { changeTags, globalChangeTags } from './invalidation'
import { locales } from './locales'
import { cacheTagHeaders, pageCacheTags } from './pageTags'
import { sitePaths } from './paths'

// What a publish purges (changeTags) must meet the tags of every page that shows the change.
const purges = (pagePath: string, changed: string[]) => pageCacheTags(pagePath).some((tag) => changed.includes(tag))

describe('pageCacheTags', () => {
  test('a building block’s page is purged by its own publish, in every language, and by what it shows', () => {
    for (const locale of locales) {
      const tags = pageCacheTags(sitePaths.buildingBlock(locale, 'red-lines'))
      expect(tags).toEqual(expect.arrayContaining(['building-blocks:red-lines', 'building-blocks', 'risks', 'benefits', 'citations', 'global:site']))
    }
    expect(purges('/fr/building-blocks/red-lines', changeTags('risks', ['ai-bias']))).toBe(true)
    expect(purges('/fr/building-blocks/red-lines', globalChangeTags('site'))).toBe(true)
  })

  test('an address without a language is the English page’s', () => {
    expect(pageCacheTags('/risks/bias')).toEqual(pageCacheTags('/en/risks/bias'))
    expect(pageCacheTags('/')).toEqual(pageCacheTags('/en'))
  })

  test('the home page is purged by the home global, the blocks, risks, benefits and films it lists, not by an actor', () => {
    expect(purges('/en', globalChangeTags('home'))).toBe(true)
    for (const collection of ['building-blocks', 'risks', 'benefits', 'media-entries'] as const) expect(purges('/en', changeTags(collection, ['any']))).toBe(true)
    expect(purges('/en', changeTags('actors', ['oecd']))).toBe(false)
  })

  test('list pages, the tracker and the matrix name every collection they show', () => {
    expect(pageCacheTags('/en/initiatives')).toEqual(expect.arrayContaining(['initiatives', 'building-blocks', 'risks', 'actors']))
    expect(pageCacheTags('/en/matrix')).toEqual(expect.arrayContaining(['building-blocks', 'risks', 'initiatives']))
    expect(pageCacheTags('/en/timeline')).toContain('initiatives')
    expect(pageCacheTags('/en/references')).toContain('citations')
    expect(pageCacheTags('/en/media/the-film')).toContain('media-entries:the-film')
  })

  test('open-data files, the sitemap and the feed are purged by any publish', () => {
    for (const path of ['/en/data/initiatives.csv', '/sitemap.xml', '/feed.xml']) {
      for (const collection of ['building-blocks', 'risks', 'benefits', 'initiatives', 'actors', 'citations', 'media-entries'] as const) {
        expect(purges(path, changeTags(collection, ['any']))).toBe(true)
      }
    }
  })

  test('a 404 where a document could be is purged when that document is published', () => {
    expect(purges('/en/risks/not-yet-written', changeTags('risks', ['not-yet-written']))).toBe(true)
  })

  test('an address no tag can name still gets valid tags (its collection’s)', () => {
    for (const path of ['/en/risks/%E2%9C%93', '/en/risks/%ZZ', '/en/risks/UPPER', `/en/risks/${'a'.repeat(300)}`, '/en/no-such-section/x']) {
      const tags = pageCacheTags(path)
      expect(tags.length).toBeGreaterThan(0)
      for (const tag of tags) expect(tag).toMatch(/^[a-z0-9:_-]{1,200}$/)
    }
    expect(pageCacheTags('/en/risks/UPPER')).toContain('risks')
  })
})

describe('cacheTagHeaders', () => {
  test('names the tags for Varnish and Fastly with spaces, for Cloudflare with commas', () => {
    expect(cacheTagHeaders(['risks', 'risks:bias'])).toEqual({ xkey: 'risks risks:bias', 'Surrogate-Key': 'risks risks:bias', 'Cache-Tag': 'risks,risks:bias' })
  })
})
