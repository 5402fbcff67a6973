import { z } from 'zod'

import { httpsUrlSchema } from '../rules'
import { changeNoteFields, documentFields, orderSchema, relationListSchema, relationSchema, rowIdSchema, slugSchema, text, translatedFields } from './common'
import { mediaSchema } from './media'
import { richTextSchema } from './richText'
import { seoSchema } from './seo'
import { buildingBlockSummarySchema, mediaKindSchema } from './summaries'

/** `media-entries`: films, podcasts and episodes. */
export const mediaEntrySchema = z.object({
  ...documentFields,
  kind: mediaKindSchema,
  title: text('title'),
  slug: slugSchema,
  order: orderSchema,
  summary: text('summary'),
  body: richTextSchema.nullish(),
  publisher: text('name').nullish(),
  partners: z.array(z.object({ name: text('name'), id: rowIdSchema })).nullish(),
  watchUrl: httpsUrlSchema.nullish(),
  embedUrl: httpsUrlSchema.nullish(),
  poster: relationSchema(mediaSchema).nullish(),
  questions: z.array(z.object({ question: text('question'), id: rowIdSchema })).nullish(),
  relatedBuildingBlocks: relationListSchema(buildingBlockSummarySchema),
  seo: seoSchema.nullish(),
  ...changeNoteFields,
  ...translatedFields,
})

export type MediaEntry = z.infer<typeof mediaEntrySchema>
