/**
 * Which cache tags of the public site a write changes. Pure functions, so the
 * rules can be tested without Payload. The names match the web's fetch tags
 * (packages/content `cacheTags`): `risks`, `risks:<slug>`, `global:home`.
 */

/** The web route accepts tags of this shape only (see apps/web/src/app/api/revalidate/route.ts). */
export const TAG_PATTERN = /^[a-z0-9:_-]{1,200}$/
/** The web route accepts at most this many tags per request. */
export const MAX_TAGS_PER_REQUEST = 50

/**
 * Other pages that show a collection's documents, by the collection tags (or
 * global tags) their fetches carry: a building block is listed on the risk and
 * benefit pages (join), citations are cited everywhere, and so on.
 */
export const relatedTags: Readonly<Record<string, readonly string[]>> = {
  'building-blocks': ['risks', 'benefits'],
  citations: ['building-blocks', 'risks', 'benefits', 'global:home'],
  'media-entries': ['global:home'],
  // Files are populated into media entries (posters) and the globals (share images).
  media: ['media-entries', 'global:home', 'global:site'],
}

type Doc = { _status?: unknown; slug?: unknown; public?: unknown } | null | undefined

export const isPublished = (doc: Doc): boolean => doc?._status === 'published'

/**
 * Whether the public can see a document: published, for collections with
 * drafts; ticked "public", for media (no drafts).
 */
export const isVisible = (doc: Doc): boolean => isPublished(doc) || doc?.public === true

/** What a collection write changed for the public, before any database check. */
export type ChangeVerdict =
  /** The public version changed (published now, or unpublished/hidden): send tags. */
  | 'public'
  /** Only drafts changed: send nothing. */
  | 'draft-only'
  /**
   * A draft-status document replaced a published one. Either a draft saved on
   * a published document (the live row is untouched) or an unpublish (the live
   * row is now a draft): the caller must look at the live row to know.
   */
  | 'ask-live-row'

/**
 * - published now (publish, or an edit published at once) → public
 * - draft now, not published before (a draft or autosave) → draft-only
 * - draft now, published before → ask-live-row (draft save on a published doc vs unpublish)
 * - no drafts (media): visible now or before → public
 */
export function changeVerdict(doc: Doc, previousDoc: Doc, hasDrafts: boolean): ChangeVerdict {
  if (!hasDrafts) return isVisible(doc) || isVisible(previousDoc) ? 'public' : 'draft-only'
  if (isPublished(doc)) return 'public'
  if (isPublished(previousDoc)) return 'ask-live-row'
  return 'draft-only'
}

const slugOf = (doc: Doc): string | undefined => (typeof doc?.slug === 'string' && doc.slug ? doc.slug : undefined)

/** Keeps only tags the web accepts, once each, in order. */
export const cleanTags = (tags: Iterable<string>): string[] => [...new Set([...tags].filter((tag) => TAG_PATTERN.test(tag)))]

/**
 * Tags for a public change to one document: the collection, the document by
 * its slug (and by its previous slug when that changed), and related pages.
 */
export function collectionTags(collection: string, doc: Doc, previousDoc?: Doc): string[] {
  const tags = [collection]
  for (const slug of [slugOf(doc), slugOf(previousDoc)]) if (slug) tags.push(`${collection}:${slug}`)
  return cleanTags([...tags, ...(relatedTags[collection] ?? [])])
}

export const globalTags = (global: string): string[] => cleanTags([`global:${global}`, ...(relatedTags[`global:${global}`] ?? [])])

/** Splits tags into requests the web accepts (at most 50 tags each). */
export const chunkTags = (tags: string[], size = MAX_TAGS_PER_REQUEST): string[][] => {
  const chunks: string[][] = []
  for (let start = 0; start < tags.length; start += size) chunks.push(tags.slice(start, start + size))
  return chunks
}
