import { z } from 'zod'

import { joinSchema, relationListSchema, rowIdSchema, text } from './common'
import { frameworkDocumentFields } from './framework'
import { benefitSummarySchema, initiativeSummarySchema, riskSummarySchema } from './summaries'

export const gapSchema = z.object({ gap: text('paragraph'), id: rowIdSchema })

export const analogousRegimeSchema = z.object({ regime: text('line'), lesson: text('paragraph'), id: rowIdSchema })

/** `building-blocks`: the seven components of an international AI governance regime. */
export const buildingBlockSchema = z.object({
  ...frameworkDocumentFields,
  gaps: z.array(gapSchema).nullish(),
  analogousRegimes: z.array(analogousRegimeSchema).nullish(),
  relatedRisks: relationListSchema(riskSummarySchema),
  relatedBenefits: relationListSchema(benefitSummarySchema),
  /** A join: the initiatives that serve this block (initiatives.buildingBlocks). */
  initiatives: joinSchema(initiativeSummarySchema).nullish(),
})

export type BuildingBlock = z.infer<typeof buildingBlockSchema>
export type Gap = z.infer<typeof gapSchema>
export type AnalogousRegime = z.infer<typeof analogousRegimeSchema>
