import { changeNoteFields, documentFields, orderSchema, relationListSchema, slugSchema, text, translatedFields } from './common'
import { richTextSchema } from './richText'
import { seoSchema } from './seo'
import { citationSummarySchema } from './summaries'

/** The framework's three kinds of document (building blocks, risks, benefits) share these fields. */
export const frameworkDocumentFields = {
  ...documentFields,
  title: text('title'),
  slug: slugSchema,
  order: orderSchema,
  summary: text('summary'),
  body: richTextSchema.nullish(),
  citations: relationListSchema(citationSummarySchema),
  seo: seoSchema.nullish(),
  ...changeNoteFields,
  ...translatedFields,
}
