import { publicPathOf, documentPageCollections } from '../paths'
import { isCollectionSlug, searchResultSchema } from '../schemas'
import { searchCollections, searchLimits } from './search'

describe('search', () => {
  it.each(searchCollections.map((collection) => [collection]))('a %s result opens on a public page', (collection) => {
    expect(isCollectionSlug(collection)).toBe(true)
    expect((documentPageCollections as readonly string[]).includes(collection)).toBe(true)
    expect(publicPathOf({ collection, slug: 'some-slug' }, 'fr')).toMatch(/^\/fr\//)
  })

  it('asks for no more than the CMS returns by default, and at least one result', () => {
    expect(searchLimits.defaultLimit).toBeGreaterThanOrEqual(1)
    expect(searchLimits.defaultLimit).toBeLessThanOrEqual(searchLimits.maxLimit)
    expect(searchLimits.maxQueryLength).toBeGreaterThan(0)
  })

  it('refuses a result from a collection search does not look in', () => {
    const result = { collection: 'risks', slug: 'ai-bias', title: 'Bias', summary: 'S', rank: 1 }
    expect(searchResultSchema.safeParse(result).success).toBe(true)
    expect(searchResultSchema.safeParse({ ...result, collection: 'media' }).success).toBe(false)
  })
})
