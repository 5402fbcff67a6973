import { z } from 'zod'

import { documentFields, joinSchema, orderSchema, relationListSchema, slugSchema } from './common'
import { richTextSchema } from './richText'
import { seoSchema } from './seo'
import { buildingBlockSummarySchema, citationSummarySchema } from './summaries'

/** A UN Sustainable Development Goal number. */
export const sdgSchema = z.number().int().min(1).max(17)

/** `benefits`: the seven benefits. `buildingBlocks` is a join (building-blocks.relatedBenefits). */
export const benefitSchema = z.object({
  ...documentFields,
  title: z.string(),
  slug: slugSchema,
  order: orderSchema,
  summary: z.string(),
  body: richTextSchema.nullish(),
  sdgs: z.array(sdgSchema).nullish(),
  buildingBlocks: joinSchema(buildingBlockSummarySchema).nullish(),
  citations: relationListSchema(citationSummarySchema),
  seo: seoSchema.nullish(),
})

export type Benefit = z.infer<typeof benefitSchema>
