import { chunkTags, cleanTags } from '@global-ai-governance/content'

import { changeVerdict, collectionTags, globalTags, isVisible } from './revalidateTags'

const published = (slug = 'ai-bias') => ({ _status: 'published', slug })
const draft = (slug = 'ai-bias') => ({ _status: 'draft', slug })

describe('changeVerdict (collections and globals with drafts)', () => {
  it('publish of a new document is public', () => {
    expect(changeVerdict(published(), undefined, true)).toBe('public')
    expect(changeVerdict(published(), {}, true)).toBe('public')
  })

  it('publishing a draft, or editing a published document, is public', () => {
    expect(changeVerdict(published(), draft(), true)).toBe('public')
    expect(changeVerdict(published(), published(), true)).toBe('public')
  })

  it('a draft or autosave of a never-published document changes nothing public', () => {
    expect(changeVerdict(draft(), undefined, true)).toBe('draft-only')
    expect(changeVerdict(draft(), draft(), true)).toBe('draft-only')
  })

  it('a draft over a published document needs the live row: draft save (still published) or unpublish', () => {
    expect(changeVerdict(draft(), published(), true)).toBe('ask-live-row')
  })
})

describe('changeVerdict (media: no drafts, a "public" checkbox)', () => {
  it('is public when the file is or was visible', () => {
    expect(changeVerdict({ public: true }, { public: false }, false)).toBe('public')
    expect(changeVerdict({ public: false }, { public: true }, false)).toBe('public')
    expect(changeVerdict({ public: true }, { public: true }, false)).toBe('public')
  })

  it('a file nobody can see changes nothing public', () => {
    expect(changeVerdict({ public: false }, { public: false }, false)).toBe('draft-only')
    expect(changeVerdict({ public: false }, undefined, false)).toBe('draft-only')
  })

  it('isVisible: published documents and public files (for deletes)', () => {
    expect(isVisible(published())).toBe(true)
    expect(isVisible(draft())).toBe(false)
    expect(isVisible({ public: true })).toBe(true)
    expect(isVisible({ public: false })).toBe(false)
    expect(isVisible(undefined)).toBe(false)
  })
})

describe('collectionTags', () => {
  it('risks and benefits: the collection and the document', () => {
    expect(collectionTags('risks', published('ai-bias'))).toEqual(['risks', 'risks:ai-bias'])
    expect(collectionTags('benefits', published('faster-science'))).toEqual(['benefits', 'benefits:faster-science'])
  })

  it('a slug change refreshes the old address too', () => {
    expect(collectionTags('risks', published('new-slug'), published('old-slug'))).toEqual(['risks', 'risks:new-slug', 'risks:old-slug'])
  })

  it('an unchanged slug is sent once', () => {
    expect(collectionTags('risks', published('same'), published('same'))).toEqual(['risks', 'risks:same'])
  })

  it('media (no slug) refresh their collection', () => {
    expect(collectionTags('media', { public: true })).toEqual(['media'])
  })

  it('a collection the site does not show refreshes nothing', () => {
    expect(collectionTags('users', published('someone'))).toEqual([])
  })

  it('drops what the web would refuse (no slug, odd characters)', () => {
    expect(collectionTags('risks', { _status: 'published', slug: '' })).toEqual(['risks'])
    expect(collectionTags('risks', { _status: 'published', slug: 'Bad Slug!' })).toEqual(['risks'])
    expect(collectionTags('risks', { _status: 'published', slug: 42 as unknown as string })).toEqual(['risks'])
  })
})

describe('globalTags', () => {
  it('names the global', () => {
    expect(globalTags('home')).toEqual(['global:home'])
    expect(globalTags('site')).toEqual(['global:site'])
  })
})

describe('cleanTags and chunkTags', () => {
  it('removes duplicates and invalid tags', () => {
    expect(cleanTags(['risks', 'risks', 'x'.repeat(201), 'UPPER', 'global:home'])).toEqual(['risks', 'global:home'])
  })

  it('splits into requests of at most 50 tags', () => {
    const tags = Array.from({ length: 120 }, (_, index) => `t${index}`)
    expect(chunkTags(tags).map((chunk) => chunk.length)).toEqual([50, 50, 20])
    expect(chunkTags([])).toEqual([])
  })
})
