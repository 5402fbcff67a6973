import { z } from 'zod'

import { citationTypes, httpsUrlSchema, vocabularySchema } from '../rules'
import { changeNoteFields, documentFields, slugSchema, text, timestampSchema } from './common'
import { citationAuthorSchema } from './summaries'

export const citationTypeSchema = vocabularySchema(citationTypes)

/** `citations`: bibliographic references. Titles are not localized; `note` is. */
export const citationSchema = z.object({
  ...documentFields,
  type: citationTypeSchema,
  title: text('workTitle').nullish(),
  authors: z.array(citationAuthorSchema).nullish(),
  year: z.number().int(),
  containerTitle: text('line').nullish(),
  publisher: text('line').nullish(),
  url: httpsUrlSchema.nullish(),
  doi: z.string().nullish(),
  accessed: timestampSchema.nullish(),
  note: text('note').nullish(),
  slug: slugSchema,
  ...changeNoteFields,
})

export type Citation = z.infer<typeof citationSchema>
export type CitationType = z.infer<typeof citationTypeSchema>
