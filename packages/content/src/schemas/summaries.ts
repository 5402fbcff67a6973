import { z } from 'zod'

import { actorKinds, authorKinds, httpsUrlSchema, initiativeKinds, initiativeStatuses, mediaKinds, partialDateSchema, vocabularySchema } from '../rules'
import { idSchema, orderSchema, rowIdSchema, slugSchema, text } from './common'

/*
 * What a populated relationship holds at depth >= 1: Payload selects the
 * related collection's `defaultPopulate` fields (plus `id`). These schemas
 * require exactly those keys and ignore any others (a `populate` override may
 * add some), so they are strict about what the web needs and nothing more.
 */

/**
 * What a related document shows where another lists it: the CMS's
 * `defaultPopulate` of each collection, and the keys of the summary schemas
 * below (a unit test ties the two).
 */
export const populatedFields = {
  'building-blocks': { title: true, slug: true, summary: true, order: true },
  risks: { title: true, slug: true, summary: true, order: true },
  benefits: { title: true, slug: true, summary: true, order: true },
  citations: { slug: true, title: true, authors: true, year: true, url: true, doi: true },
  'media-entries': { title: true, slug: true, kind: true, summary: true },
  initiatives: { title: true, slug: true, kind: true, status: true, keyDate: true },
  actors: { name: true, slug: true, shortName: true, kind: true },
} as const

/** `defaultPopulate: { title, slug, summary, order }` (building-blocks, risks, benefits). */
const framedSummary = {
  id: idSchema,
  title: text('title'),
  slug: slugSchema,
  summary: text('summary'),
  order: orderSchema,
}

export const buildingBlockSummarySchema = z.object(framedSummary)
export const riskSummarySchema = z.object(framedSummary)
export const benefitSummarySchema = z.object(framedSummary)

export const citationAuthorSchema = z.object({
  kind: vocabularySchema(authorKinds),
  given: text('personName').nullish(),
  family: text('personName').nullish(),
  name: text('name').nullish(),
  id: rowIdSchema,
})

/** citations: `defaultPopulate: { slug, title, authors, year, url, doi }`. */
export const citationSummarySchema = z.object({
  id: idSchema,
  slug: slugSchema,
  title: text('workTitle').nullish(),
  authors: z.array(citationAuthorSchema).nullish(),
  year: z.number().int(),
  url: httpsUrlSchema.nullish(),
  doi: z.string().nullish(),
})

export const mediaKindSchema = vocabularySchema(mediaKinds)

/** media-entries: `defaultPopulate: { title, slug, kind, summary }`. */
export const mediaEntrySummarySchema = z.object({
  id: idSchema,
  title: text('title'),
  slug: slugSchema,
  kind: mediaKindSchema,
  summary: text('summary'),
})

/** initiatives: `defaultPopulate: { title, slug, kind, status, keyDate }`. */
export const initiativeSummarySchema = z.object({
  id: idSchema,
  title: text('title'),
  slug: slugSchema,
  kind: vocabularySchema(initiativeKinds),
  status: vocabularySchema(initiativeStatuses),
  keyDate: partialDateSchema.nullish(),
})

/** actors: `defaultPopulate: { name, slug, shortName, kind }`. */
export const actorSummarySchema = z.object({
  id: idSchema,
  name: text('name'),
  slug: slugSchema,
  shortName: text('label').nullish(),
  kind: vocabularySchema(actorKinds),
})

export type BuildingBlockSummary = z.infer<typeof buildingBlockSummarySchema>
export type RiskSummary = z.infer<typeof riskSummarySchema>
export type BenefitSummary = z.infer<typeof benefitSummarySchema>
export type CitationAuthor = z.infer<typeof citationAuthorSchema>
export type CitationSummary = z.infer<typeof citationSummarySchema>
export type MediaKind = z.infer<typeof mediaKindSchema>
export type MediaEntrySummary = z.infer<typeof mediaEntrySummarySchema>
export type InitiativeSummary = z.infer<typeof initiativeSummarySchema>
export type ActorSummary = z.infer<typeof actorSummarySchema>
