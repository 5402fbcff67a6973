import { z } from 'zod'

import { documentFields, orderSchema, relationListSchema, relationSchema, rowIdSchema, slugSchema } from './common'
import { mediaSchema } from './media'
import { richTextSchema } from './richText'
import { seoSchema } from './seo'
import { buildingBlockSummarySchema, mediaKindSchema } from './summaries'

/** `media-entries`: films, podcasts and episodes. */
export const mediaEntrySchema = z.object({
  ...documentFields,
  kind: mediaKindSchema,
  title: z.string(),
  slug: slugSchema,
  order: orderSchema,
  summary: z.string(),
  body: richTextSchema.nullish(),
  publisher: z.string().nullish(),
  partners: z.array(z.object({ name: z.string(), id: rowIdSchema })).nullish(),
  watchUrl: z.string().nullish(),
  embedUrl: z.string().nullish(),
  poster: relationSchema(mediaSchema).nullish(),
  questions: z.array(z.object({ question: z.string(), id: rowIdSchema })).nullish(),
  relatedBuildingBlocks: relationListSchema(buildingBlockSummarySchema),
  seo: seoSchema.nullish(),
})

export type MediaEntry = z.infer<typeof mediaEntrySchema>
