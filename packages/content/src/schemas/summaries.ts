import { z } from 'zod'

import { idSchema, orderSchema, rowIdSchema, slugSchema } from './common'

/*
 * What a populated relationship holds at depth >= 1: Payload selects the
 * related collection's `defaultPopulate` fields (plus `id`). These schemas
 * require exactly those keys and ignore any others (a `populate` override may
 * add some), so they are strict about what the web needs and nothing more.
 */

/** `defaultPopulate: { title, slug, summary, order }` (building-blocks, risks, benefits). */
const framedSummary = {
  id: idSchema,
  title: z.string(),
  slug: slugSchema,
  summary: z.string(),
  order: orderSchema,
}

export const buildingBlockSummarySchema = z.object(framedSummary)
export const riskSummarySchema = z.object(framedSummary)
export const benefitSummarySchema = z.object(framedSummary)

export const citationAuthorSchema = z.object({
  kind: z.enum(['person', 'organization']),
  given: z.string().nullish(),
  family: z.string().nullish(),
  name: z.string().nullish(),
  id: rowIdSchema,
})

/** citations: `defaultPopulate: { slug, title, authors, year, url, doi }`. */
export const citationSummarySchema = z.object({
  id: idSchema,
  slug: slugSchema,
  title: z.string().nullish(),
  authors: z.array(citationAuthorSchema).nullish(),
  year: z.number().int(),
  url: z.string().nullish(),
  doi: z.string().nullish(),
})

export const mediaKindSchema = z.enum(['film', 'podcast', 'episode'])

/** media-entries: `defaultPopulate: { title, slug, kind, summary }`. */
export const mediaEntrySummarySchema = z.object({
  id: idSchema,
  title: z.string(),
  slug: slugSchema,
  kind: mediaKindSchema,
  summary: z.string(),
})

export type BuildingBlockSummary = z.infer<typeof buildingBlockSummarySchema>
export type RiskSummary = z.infer<typeof riskSummarySchema>
export type BenefitSummary = z.infer<typeof benefitSummarySchema>
export type CitationAuthor = z.infer<typeof citationAuthorSchema>
export type CitationSummary = z.infer<typeof citationSummarySchema>
export type MediaKind = z.infer<typeof mediaKindSchema>
export type MediaEntrySummary = z.infer<typeof mediaEntrySummarySchema>
