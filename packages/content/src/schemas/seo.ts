import { z } from 'zod'

import { relationSchema, text } from './common'
import { mediaSchema } from './media'

/** The `seo` group of every page-like collection. Media has no defaultPopulate: populated images are whole. */
export const seoSchema = z.object({
  title: text('seoTitle').nullish(),
  description: text('seoDescription').nullish(),
  image: relationSchema(mediaSchema).nullish(),
})

export type Seo = z.infer<typeof seoSchema>
