import { z } from 'zod'

/** The collections `GET /api/search` looks in. */
export const searchCollections = ['building-blocks', 'risks', 'benefits', 'media-entries', 'citations'] as const
export type SearchCollection = (typeof searchCollections)[number]

export const searchResultSchema = z.object({
  collection: z.enum(searchCollections),
  slug: z.string(),
  title: z.string(),
  summary: z.string(),
  rank: z.number(),
})
export type SearchResult = z.infer<typeof searchResultSchema>

/** The answer of the CMS' `GET /api/search?q=…&locale=…&limit=…`. */
export const searchResponseSchema = z.object({
  query: z.string(),
  locale: z.string(),
  results: z.array(searchResultSchema),
})
export type SearchResponse = z.infer<typeof searchResponseSchema>
