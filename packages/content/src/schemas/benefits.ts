import { z } from 'zod'

import { joinSchema } from './common'
import { frameworkDocumentFields } from './framework'
import { buildingBlockSummarySchema } from './summaries'

/** A UN Sustainable Development Goal number. */
export const sdgSchema = z.number().int().min(1).max(17)

/** `benefits`: the seven benefits. `buildingBlocks` is a join (building-blocks.relatedBenefits). */
export const benefitSchema = z.object({
  ...frameworkDocumentFields,
  sdgs: z.array(sdgSchema).nullish(),
  buildingBlocks: joinSchema(buildingBlockSummarySchema).nullish(),
})

export type Benefit = z.infer<typeof benefitSchema>
