import type { CollectionSlug, GlobalSlug } from 'payload'

/** What staff edit, as the dashboard names each kind (review queue, translation list); payload.config applies the language rules to these. */
export const editedCollections: { slug: CollectionSlug; label: string; translated: boolean }[] = [
  { slug: 'building-blocks', label: 'Building block', translated: true },
  { slug: 'risks', label: 'Risk', translated: true },
  { slug: 'benefits', label: 'Benefit', translated: true },
  { slug: 'initiatives', label: 'Initiative', translated: true },
  { slug: 'actors', label: 'Actor', translated: true },
  { slug: 'media-entries', label: 'Film or podcast', translated: true },
  // A reference's title stays in the language it was published in; only its note is translated.
  { slug: 'citations', label: 'Reference', translated: false },
]

export const editedGlobals: { slug: GlobalSlug; label: string }[] = [
  { slug: 'home', label: 'Home page' },
  { slug: 'site', label: 'Site settings' },
]
