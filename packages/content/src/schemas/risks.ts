import { z } from 'zod'

import { joinSchema } from './common'
import { frameworkDocumentFields } from './framework'
import { buildingBlockSummarySchema, initiativeSummarySchema } from './summaries'

/** `risks`: the nine risks. `buildingBlocks` and `initiatives` are joins (building-blocks.relatedRisks, initiatives.risks). */
export const riskSchema = z.object({
  ...frameworkDocumentFields,
  buildingBlocks: joinSchema(buildingBlockSummarySchema).nullish(),
  initiatives: joinSchema(initiativeSummarySchema).nullish(),
})

export type Risk = z.infer<typeof riskSchema>
