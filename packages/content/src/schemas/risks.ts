import { z } from 'zod'

import { joinSchema } from './common'
import { frameworkDocumentFields } from './framework'
import { buildingBlockSummarySchema } from './summaries'

/** `risks`: the nine risks. `buildingBlocks` is a join (building-blocks.relatedRisks). */
export const riskSchema = z.object({
  ...frameworkDocumentFields,
  buildingBlocks: joinSchema(buildingBlockSummarySchema).nullish(),
})

export type Risk = z.infer<typeof riskSchema>
