import { z } from 'zod'

import { textLimits, type TextLimit } from '../rules/text'
import { translationStatusSchema } from '../translation'

export { slugSchema } from '../rules/slug'

/** Payload's Postgres adapter uses serial ids: numbers on the wire. */
export const idSchema = z.number().int().positive()

/** createdAt, updatedAt and date fields: ISO 8601 strings (`Date#toISOString`). */
export const timestampSchema = z.iso.datetime({ offset: true })

export const statusSchema = z.enum(['published', 'draft'])

/** Text of one kind (rules/text.ts): no longer than the CMS lets an editor save it. */
export const text = (kind: TextLimit) => z.string().max(textLimits[kind])

/** Fields every document of a collection with drafts carries. */
export const documentFields = {
  id: idSchema,
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
  _status: statusSchema.nullish(),
}

/** The editor's public note on the latest published update (see updates.ts). */
export const changeNoteFields = {
  changeNote: text('line').nullish(),
}

/** Documents with texts that must be translated carry their translation status (computed by the CMS). */
export const translatedFields = {
  translationStatus: translationStatusSchema.nullish(),
}

/** The id Payload gives each row of an array field (a string, may be absent). */
export const rowIdSchema = z.string().nullish()

export const orderSchema = z.number().int().min(1).max(999)

/**
 * A relationship or upload value: the related document's id at depth 0 (or
 * when the reader may not see that document: Payload keeps the id then), the
 * populated document (or its `defaultPopulate` summary) at depth 1 and more.
 */
export const relationSchema = <T extends z.ZodType>(populated: T) => z.union([idSchema, populated])

/** `hasMany` relationship: an array of relation values, or null/absent when empty. */
export const relationListSchema = <T extends z.ZodType>(populated: T) => z.array(relationSchema(populated)).nullish()

/** A join field: the documents pointing at this one, paginated. */
export const joinSchema = <T extends z.ZodType>(populated: T) =>
  z.object({
    docs: z.array(relationSchema(populated)),
    hasNextPage: z.boolean(),
    totalDocs: z.number().int().nonnegative().optional(),
  })

/** Global documents also carry their slug as `globalType`. */
export const globalFields = {
  id: idSchema,
  globalType: z.string().nullish(),
  createdAt: timestampSchema.nullish(),
  updatedAt: timestampSchema.nullish(),
  _status: statusSchema.nullish(),
}
