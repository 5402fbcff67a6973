import { z } from 'zod'

import { documentFields, joinSchema, orderSchema, relationListSchema, slugSchema } from './common'
import { richTextSchema } from './richText'
import { seoSchema } from './seo'
import { buildingBlockSummarySchema, citationSummarySchema } from './summaries'

/** `risks`: the nine risks. `buildingBlocks` is a join (building-blocks.relatedRisks). */
export const riskSchema = z.object({
  ...documentFields,
  title: z.string(),
  slug: slugSchema,
  order: orderSchema,
  summary: z.string(),
  body: richTextSchema.nullish(),
  buildingBlocks: joinSchema(buildingBlockSummarySchema).nullish(),
  citations: relationListSchema(citationSummarySchema),
  seo: seoSchema.nullish(),
})

export type Risk = z.infer<typeof riskSchema>
