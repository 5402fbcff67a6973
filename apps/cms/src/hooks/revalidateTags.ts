import { changeTags, globalChangeTags, isCollectionSlug, isGlobalSlug } from '@global-ai-governance/content'

/**
 * Whether a write changed what the public sees, and which tags that refreshes.
 * The tags themselves, and which pages carry them, are decided in one place:
 * packages/content `invalidation.ts`. Pure functions, tested without Payload.
 */

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

/** Tags for a public change to one document: its collection, and the document by its slug now and before. */
export function collectionTags(collection: string, doc: Doc, previousDoc?: Doc): string[] {
  return isCollectionSlug(collection) ? changeTags(collection, [slugOf(doc), slugOf(previousDoc)]) : []
}

export const globalTags = (global: string): string[] => (isGlobalSlug(global) ? globalChangeTags(global) : [])
