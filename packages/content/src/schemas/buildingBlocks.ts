import { z } from 'zod'

import { effortStatuses, httpsUrlSchema, vocabularySchema } from '../rules'
import { relationListSchema, rowIdSchema, text } from './common'
import { frameworkDocumentFields } from './framework'
import { benefitSummarySchema, riskSummarySchema } from './summaries'

export const effortStatusSchema = vocabularySchema(effortStatuses)

export const currentEffortSchema = z.object({
  initiative: text('line'),
  actors: text('line').nullish(),
  year: z.number().int().nullish(),
  status: effortStatusSchema.nullish(),
  link: httpsUrlSchema.nullish(),
  note: text('paragraph').nullish(),
  id: rowIdSchema,
})

export const gapSchema = z.object({ gap: text('paragraph'), id: rowIdSchema })

export const analogousRegimeSchema = z.object({ regime: text('line'), lesson: text('paragraph'), id: rowIdSchema })

/** `building-blocks`: the seven components of an international AI governance regime. */
export const buildingBlockSchema = z.object({
  ...frameworkDocumentFields,
  currentEfforts: z.array(currentEffortSchema).nullish(),
  gaps: z.array(gapSchema).nullish(),
  analogousRegimes: z.array(analogousRegimeSchema).nullish(),
  relatedRisks: relationListSchema(riskSummarySchema),
  relatedBenefits: relationListSchema(benefitSummarySchema),
})

export type BuildingBlock = z.infer<typeof buildingBlockSchema>
export type CurrentEffort = z.infer<typeof currentEffortSchema>
export type EffortStatus = z.infer<typeof effortStatusSchema>
export type Gap = z.infer<typeof gapSchema>
export type AnalogousRegime = z.infer<typeof analogousRegimeSchema>
