import type { FlattenedField } from 'payload'

import { publishedTextsOf } from './revertLocale'

// A document's shape as Payload flattens it: localized texts at the top, in a group, in a shared list and a list per language.
const fields = [
  { name: 'title', type: 'text', localized: true },
  { name: 'slug', type: 'text' },
  { name: 'hero', type: 'group', flattenedFields: [{ name: 'heading', type: 'text', localized: true }, { name: 'image', type: 'upload' }] },
  { name: 'meta', type: 'group', flattenedFields: [{ name: 'order', type: 'number' }] },
  {
    name: 'sources',
    type: 'array',
    flattenedFields: [
      { name: 'title', type: 'text', localized: true },
      { name: 'url', type: 'text' },
    ],
  },
  { name: 'gaps', type: 'array', localized: true, flattenedFields: [{ name: 'gap', type: 'text' }] },
] as unknown as FlattenedField[]

describe('publishedTextsOf: one language back to what is published', () => {
  const published = {
    title: 'Biais',
    slug: 'bias',
    hero: { heading: 'Titre publié', image: 4 },
    sources: [{ id: 'a', title: 'Source publiée', url: 'https://example.org/a' }],
    gaps: [{ id: 'g1', gap: 'Lacune publiée' }],
  }
  const draft = {
    title: 'Biais (brouillon)',
    slug: 'bias-renamed',
    hero: { heading: 'Titre brouillon', image: 5 },
    sources: [
      { id: 'a', title: 'Source brouillon', url: 'https://example.org/a2' },
      { id: 'b', title: 'Nouvelle source', url: 'https://example.org/b' },
    ],
    gaps: [{ id: 'g2', gap: 'Lacune brouillon' }],
  }

  it('names every text of the language as published, and nothing that is shared by all languages', () => {
    expect(publishedTextsOf(fields, published, draft)).toEqual({
      title: 'Biais',
      hero: { heading: 'Titre publié' },
      // The list is shared: the draft's rows, order and addresses stay; only their texts in this language go back.
      sources: [
        { id: 'a', title: 'Source publiée', url: 'https://example.org/a2' },
        { id: 'b', title: null, url: 'https://example.org/b' },
      ],
      gaps: [{ id: 'g1', gap: 'Lacune publiée' }],
    })
  })

  it('in a language never published, every text is named as empty, so none of the draft survives', () => {
    const neverPublished = { slug: 'bias', hero: { image: 4 }, sources: [{ id: 'a', url: 'https://example.org/a' }] }
    expect(publishedTextsOf(fields, neverPublished, draft)).toEqual({
      title: null,
      hero: { heading: null },
      sources: [
        { id: 'a', title: null, url: 'https://example.org/a2' },
        { id: 'b', title: null, url: 'https://example.org/b' },
      ],
      gaps: null,
    })
  })
})
