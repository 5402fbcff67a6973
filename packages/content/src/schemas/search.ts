import { z } from 'zod'

import { searchCollections } from '../rules/search'

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
