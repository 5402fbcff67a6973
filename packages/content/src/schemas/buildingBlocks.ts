import { z } from 'zod'

import { documentFields, orderSchema, relationListSchema, rowIdSchema, slugSchema } from './common'
import { richTextSchema } from './richText'
import { seoSchema } from './seo'
import { benefitSummarySchema, citationSummarySchema, riskSummarySchema } from './summaries'

export const effortStatusSchema = z.enum(['proposed', 'in-negotiation', 'adopted', 'in-force', 'operating'])

export const currentEffortSchema = z.object({
  initiative: z.string(),
  actors: z.string().nullish(),
  year: z.number().int().nullish(),
  status: effortStatusSchema.nullish(),
  link: z.string().nullish(),
  note: z.string().nullish(),
  id: rowIdSchema,
})

export const gapSchema = z.object({ gap: z.string(), id: rowIdSchema })

export const analogousRegimeSchema = z.object({ regime: z.string(), lesson: z.string(), id: rowIdSchema })

/** `building-blocks`: the seven components of an international AI governance regime. */
export const buildingBlockSchema = z.object({
  ...documentFields,
  title: z.string(),
  slug: slugSchema,
  order: orderSchema,
  summary: z.string(),
  body: richTextSchema.nullish(),
  currentEfforts: z.array(currentEffortSchema).nullish(),
  gaps: z.array(gapSchema).nullish(),
  analogousRegimes: z.array(analogousRegimeSchema).nullish(),
  relatedRisks: relationListSchema(riskSummarySchema),
  relatedBenefits: relationListSchema(benefitSummarySchema),
  citations: relationListSchema(citationSummarySchema),
  seo: seoSchema.nullish(),
})

export type BuildingBlock = z.infer<typeof buildingBlockSchema>
export type CurrentEffort = z.infer<typeof currentEffortSchema>
export type EffortStatus = z.infer<typeof effortStatusSchema>
export type Gap = z.infer<typeof gapSchema>
export type AnalogousRegime = z.infer<typeof analogousRegimeSchema>
