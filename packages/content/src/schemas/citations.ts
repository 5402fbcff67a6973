import { z } from 'zod'

import { documentFields, slugSchema, timestampSchema } from './common'
import { citationAuthorSchema } from './summaries'

export const citationTypeSchema = z.enum(['article-journal', 'report', 'paper', 'book', 'chapter', 'webpage'])

/** `citations`: bibliographic references. Titles are not localized; `note` is. */
export const citationSchema = z.object({
  ...documentFields,
  type: citationTypeSchema,
  title: z.string().nullish(),
  authors: z.array(citationAuthorSchema).nullish(),
  year: z.number().int(),
  containerTitle: z.string().nullish(),
  publisher: z.string().nullish(),
  url: z.string().nullish(),
  doi: z.string().nullish(),
  accessed: timestampSchema.nullish(),
  note: z.string().nullish(),
  slug: slugSchema,
})

export type Citation = z.infer<typeof citationSchema>
export type CitationType = z.infer<typeof citationTypeSchema>
