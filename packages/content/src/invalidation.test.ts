import {
  CACHE_TAG_PATTERN,
  MAX_TAGS_PER_REQUEST,
  cacheTags,
  changeTags,
  chunkTags,
  cleanTags,
  contentShown,
  globalChangeTags,
  readTags,
  revalidateRequestSchema,
  type ReadTarget,
} from './invalidation'
import { collectionSlugs, globalSlugs, type CollectionSlug, type GlobalSlug } from './schemas'

const intersects = (a: readonly string[], b: readonly string[]) => a.some((tag) => b.includes(tag))

/** Every kind of read the site makes: one document, a whole collection, a global. */
const reads: { name: string; target: ReadTarget; shows: readonly CollectionSlug[] }[] = [
  ...collectionSlugs.flatMap((collection) => [
    { name: `${collection}:some-slug`, target: { collection, slug: 'some-slug' }, shows: contentShown[collection] },
    { name: collection, target: { collection }, shows: contentShown[collection] },
  ]),
  ...globalSlugs.map((global) => ({ name: `global:${global}`, target: { global }, shows: contentShown[`global:${global}`] })),
]

describe('cacheTags', () => {
  it('names a collection, a document and a global', () => {
    expect(cacheTags.collection('risks')).toBe('risks')
    expect(cacheTags.document('risks', 'ai-bias')).toBe('risks:ai-bias')
    expect(cacheTags.global('home')).toBe('global:home')
  })

  it('makes tags the revalidate route accepts for every collection, global and valid slug', () => {
    const longSlug = 'a'.repeat(120)
    for (const collection of collectionSlugs) {
      expect(cacheTags.collection(collection)).toMatch(CACHE_TAG_PATTERN)
      expect(cacheTags.document(collection, longSlug)).toMatch(CACHE_TAG_PATTERN)
    }
    for (const global of globalSlugs) expect(cacheTags.global(global)).toMatch(CACHE_TAG_PATTERN)
  })
})

describe('readTags', () => {
  it('tags a building block page with its document, its collection and the risks, benefits and citations it shows', () => {
    const tags = readTags({ collection: 'building-blocks', slug: 'red-lines' })
    expect(tags).toEqual(expect.arrayContaining(['building-blocks:red-lines', 'building-blocks', 'risks', 'benefits', 'citations']))
  })

  it('tags a list read with its collection but no document', () => {
    const tags = readTags({ collection: 'risks' })
    expect(tags).toContain('risks')
    expect(tags.some((tag) => tag.startsWith('risks:'))).toBe(false)
  })

  it('tags a global read with the global and what it shows', () => {
    const tags = readTags({ global: 'home' })
    expect(tags).toContain('global:home')
    expect(tags).toContain('citations')
    expect(tags).toContain('media-entries')
  })

  it.each(reads.map((read) => [read.name, read]))('%s carries each tag once, all of them acceptable', (_name, read) => {
    const tags = readTags(read.target)
    expect(new Set(tags).size).toBe(tags.length)
    for (const tag of tags) expect(tag).toMatch(CACHE_TAG_PATTERN)
  })

  it('does not carry tags of content it does not show', () => {
    expect(readTags({ collection: 'citations', slug: 'maas-2023' })).toEqual(['citations:maas-2023', 'citations'])
  })
})

describe('changeTags', () => {
  it('refreshes the citations collection and the changed citation', () => {
    expect(changeTags('citations', ['maas-2023'])).toEqual(['citations', 'citations:maas-2023'])
  })

  it('refreshes every read that shows citations: building blocks, risks, benefits and home', () => {
    const change = changeTags('citations', ['maas-2023'])
    for (const target of [
      { collection: 'building-blocks', slug: 'red-lines' },
      { collection: 'risks', slug: 'ai-bias' },
      { collection: 'benefits', slug: 'health' },
      { global: 'home' },
    ] satisfies ReadTarget[]) {
      expect(readTags(target)).toContain('citations')
      expect(intersects(change, readTags(target))).toBe(true)
    }
  })

  it('refreshes, for every collection, every read that shows that collection', () => {
    let pairs = 0
    for (const collection of collectionSlugs) {
      const change = changeTags(collection, ['some-doc'])
      for (const read of reads) {
        if (!read.shows.includes(collection)) continue
        pairs += 1
        expect({ collection, read: read.name, refreshed: intersects(change, readTags(read.target)) }).toEqual({
          collection,
          read: read.name,
          refreshed: true,
        })
      }
    }
    expect(pairs).toBeGreaterThan(0)
  })

  it('refreshes a document’s own page and its collection’s lists', () => {
    for (const collection of collectionSlugs) {
      const change = changeTags(collection, ['x'])
      expect(readTags({ collection, slug: 'x' })).toEqual(expect.arrayContaining([`${collection}:x`]))
      expect(change).toContain(`${collection}:x`)
      expect(intersects(change, readTags({ collection }))).toBe(true)
    }
  })

  it('does not refresh a single other document of the same collection by its tag', () => {
    expect(changeTags('risks', ['ai-bias'])).not.toContain('risks:misuse')
  })

  it('does not refresh reads that show nothing of what changed', () => {
    expect(intersects(changeTags('risks', ['ai-bias']), readTags({ collection: 'citations', slug: 'maas-2023' }))).toBe(false)
    expect(intersects(changeTags('risks', ['ai-bias']), readTags({ global: 'site' }))).toBe(false)
  })

  it('refreshes a renamed document at its old and its new address', () => {
    const tags = changeTags('risks', ['old-name', 'new-name'])
    expect(tags).toEqual(['risks', 'risks:old-name', 'risks:new-name'])
    expect(intersects(tags, readTags({ collection: 'risks', slug: 'old-name' }))).toBe(true)
    expect(intersects(tags, readTags({ collection: 'risks', slug: 'new-name' }))).toBe(true)
  })

  it('names a slug that did not change once', () => {
    expect(changeTags('risks', ['same', 'same'])).toEqual(['risks', 'risks:same'])
  })

  it('skips missing slugs and still refreshes the collection', () => {
    expect(changeTags('risks', [null, undefined, ''])).toEqual(['risks'])
    expect(changeTags('risks', [])).toEqual(['risks'])
  })

  it('drops document tags the revalidate route would refuse', () => {
    expect(changeTags('risks', ['Bad Slug', 'ok'])).toEqual(['risks', 'risks:ok'])
  })
})

describe('globalChangeTags', () => {
  it.each(globalSlugs.map((global) => [global]))('a change to %s refreshes reads of it', (global: GlobalSlug) => {
    expect(globalChangeTags(global)).toEqual([`global:${global}`])
    expect(intersects(globalChangeTags(global), readTags({ global }))).toBe(true)
  })

  it('does not refresh other globals', () => {
    expect(intersects(globalChangeTags('site'), readTags({ global: 'home' }))).toBe(false)
  })
})

describe('cleanTags', () => {
  it('keeps acceptable tags once each, in order, and drops the rest', () => {
    expect(
      cleanTags(['risks', 'Risks', 'risks:ai bias', '', 'a'.repeat(201), 'a'.repeat(200), 'global:home', 'risks', 'risks/ai', 'risks:é', 'x_y-z:1']),
    ).toEqual(['risks', 'a'.repeat(200), 'global:home', 'x_y-z:1'])
  })

  it('takes any iterable', () => {
    expect(cleanTags(new Set(['b', 'a', 'B']))).toEqual(['b', 'a'])
  })
})

describe('chunkTags', () => {
  const tags = Array.from({ length: 120 }, (_, index) => `tag-${index}`)

  it('splits 120 tags into requests of 50, 50 and 20, keeping every tag in order', () => {
    const chunks = chunkTags(tags)
    expect(chunks.map((chunk) => chunk.length)).toEqual([50, 50, 20])
    expect(chunks.flat()).toEqual(tags)
  })

  it('makes chunks the revalidate route accepts', () => {
    for (const chunk of chunkTags(tags)) expect(revalidateRequestSchema.safeParse({ tags: chunk }).success).toBe(true)
  })

  it('sends no request for no tags and one for exactly 50', () => {
    expect(chunkTags([])).toEqual([])
    expect(chunkTags(tags.slice(0, MAX_TAGS_PER_REQUEST))).toHaveLength(1)
  })

  it('takes another size', () => {
    expect(chunkTags(['a', 'b', 'c'], 2)).toEqual([['a', 'b'], ['c']])
  })
})

describe('revalidateRequestSchema', () => {
  const many = (count: number) => Array.from({ length: count }, (_, index) => `risks:doc-${index}`)

  it.each([
    ['no body fields', {}],
    ['no tags', { tags: [] }],
    ['tags that are not a list', { tags: 'risks' }],
    ['an upper-case tag', { tags: ['Risks'] }],
    ['a tag with a space', { tags: ['risks:ai bias'] }],
    ['an empty tag', { tags: [''] }],
    ['a 201-character tag', { tags: ['a'.repeat(201)] }],
    ['a tag that is not text', { tags: [42] }],
    ['51 tags', { tags: many(51) }],
  ])('refuses %s', (_name, body) => {
    expect(revalidateRequestSchema.safeParse(body).success).toBe(false)
  })

  it.each([
    ['one tag', { tags: ['risks'] }],
    ['50 tags', { tags: many(50) }],
    ['a 200-character tag', { tags: ['a'.repeat(200)] }],
    ['document and global tags', { tags: ['risks:ai-bias', 'global:home', 'media-entries'] }],
  ])('accepts %s', (_name, body) => {
    expect(revalidateRequestSchema.parse(body)).toEqual(body)
  })

  it('accepts everything a change produces', () => {
    for (const collection of collectionSlugs) {
      expect(revalidateRequestSchema.safeParse({ tags: changeTags(collection, ['old-slug', 'new-slug']) }).success).toBe(true)
    }
    for (const global of globalSlugs) expect(revalidateRequestSchema.safeParse({ tags: globalChangeTags(global) }).success).toBe(true)
  })
})
