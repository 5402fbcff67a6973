import { z } from 'zod'

import { searchCollections } from '../rules/search'

/** Around each matched word of a result's passage: private-use characters no text of the site contains. */
export const passageMarks = { start: '\uE000', end: '\uE001' } as const

export const searchResultSchema = z.object({
  collection: z.enum(searchCollections),
  slug: z.string(),
  title: z.string(),
  summary: z.string(),
  /** The part of the summary that matches, each matched word between `passageMarks`. */
  passage: z.string().optional(),
  /** The language the result's text is in (English where it is the fallback). */
  language: z.string().optional(),
  /** The language of the summary and passage, where it differs from the title's (a translated title, the English summary). */
  summaryLanguage: z.string().optional(),
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
