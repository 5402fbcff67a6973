import { z } from 'zod'

import type { CollectionSlug, GlobalSlug } from './schemas'

/*
 * Cache tags, and the one place that decides what a change refreshes.
 *
 * Every read the web makes carries tags (`readTags`): its own document or
 * collection, plus each kind of content the read shows inside it (a building
 * block's page shows the titles of risks, benefits and references). A change
 * refreshes only the tags of what changed (`changeTags`): the collection and
 * the document. Because pages name everything they show, a change never has to
 * know which pages show it, and a new page only has to say what it reads.
 */

/** A tag the revalidate route accepts: `risks`, `risks:ai-bias`, `global:home`. */
export const CACHE_TAG_PATTERN = /^[a-z0-9:_-]{1,200}$/
/** Tags per revalidate request, at most. */
export const MAX_TAGS_PER_REQUEST = 50

export const cacheTags = {
  collection: <C extends CollectionSlug>(collection: C): C => collection,
  document: <C extends CollectionSlug, S extends string>(collection: C, slug: S): `${C}:${S}` => `${collection}:${slug}`,
  global: <G extends GlobalSlug>(global: G): `global:${G}` => `global:${global}`,
} as const

type Source = CollectionSlug | `global:${GlobalSlug}`

/**
 * What else each kind of content shows when it is read at depth 1: the
 * summaries of related documents, joined documents, uploaded images.
 */
export const contentShown: Readonly<Record<Source, readonly CollectionSlug[]>> = {
  // Pages show their share image (seo.image, a media document) too.
  // A block lists its initiatives (a join) and the risks and benefits it relates to.
  'building-blocks': ['risks', 'benefits', 'initiatives', 'citations', 'media'],
  // Risks and benefits list the building blocks that address them (a join); risks their initiatives too.
  risks: ['building-blocks', 'initiatives', 'citations', 'media'],
  benefits: ['building-blocks', 'citations', 'media'],
  'media-entries': ['building-blocks', 'media'],
  // An initiative shows its blocks, risks and actors, and related initiatives (its own collection's tag).
  initiatives: ['building-blocks', 'risks', 'actors', 'media'],
  // An actor's page lists its initiatives (a join).
  actors: ['initiatives', 'media'],
  citations: [],
  media: [],
  'global:home': ['citations', 'media-entries', 'media'],
  'global:site': ['media'],
}

export type ReadTarget = { collection: CollectionSlug; slug?: string } | { global: GlobalSlug }

/** The tags a read carries: what it reads, and everything shown inside it. */
export function readTags(target: ReadTarget): string[] {
  if ('global' in target) {
    const own = cacheTags.global(target.global)
    return [own, ...contentShown[own]]
  }
  const own: string[] = target.slug ? [cacheTags.document(target.collection, target.slug)] : []
  return unique([...own, cacheTags.collection(target.collection), ...contentShown[target.collection]])
}

/**
 * The tags a public change to one document refreshes: its collection and the
 * document by each slug it had (a renamed document is gone from its old address).
 */
export function changeTags(collection: CollectionSlug, slugs: ReadonlyArray<string | null | undefined>): string[] {
  const documents = slugs.filter((slug): slug is string => typeof slug === 'string' && slug !== '').map((slug) => cacheTags.document(collection, slug))
  return cleanTags([cacheTags.collection(collection), ...documents])
}

export const globalChangeTags = (global: GlobalSlug): string[] => [cacheTags.global(global)]

const unique = (tags: Iterable<string>): string[] => [...new Set(tags)]

/** Keeps only tags the revalidate route accepts, once each, in order. */
export const cleanTags = (tags: Iterable<string>): string[] => unique([...tags].filter((tag) => CACHE_TAG_PATTERN.test(tag)))

/** Splits tags into requests the revalidate route accepts. */
export const chunkTags = (tags: readonly string[], size = MAX_TAGS_PER_REQUEST): string[][] => {
  const chunks: string[][] = []
  for (let start = 0; start < tags.length; start += size) chunks.push(tags.slice(start, start + size))
  return chunks
}

/** The body of `POST /api/revalidate`. */
export const revalidateRequestSchema = z.object({
  tags: z
    .array(z.string().regex(CACHE_TAG_PATTERN, 'a tag is 1–200 of a-z 0-9 : _ -'))
    .min(1)
    .max(MAX_TAGS_PER_REQUEST),
})
