import { z } from 'zod'

import { httpsUrlSchema, initiativeStatuses, initiativeKinds, partialDateSchema, vocabularySchema } from '../rules'
import { changeNoteFields, documentFields, relationListSchema, rowIdSchema, slugSchema, text, timestampSchema, translatedFields } from './common'
import { seoSchema } from './seo'
import { actorSummarySchema, buildingBlockSummarySchema, initiativeSummarySchema, riskSummarySchema } from './summaries'

export const initiativeKindSchema = vocabularySchema(initiativeKinds)
export const initiativeStatusSchema = vocabularySchema(initiativeStatuses)

/** When it was announced, adopted and entered into force, each as precise as is known. */
export const keyDatesSchema = z.object({
  announced: partialDateSchema.nullish(),
  adopted: partialDateSchema.nullish(),
  inForce: partialDateSchema.nullish(),
})

/** An official page that documents the initiative. */
export const initiativeSourceSchema = z.object({ title: text('line'), url: httpsUrlSchema, id: rowIdSchema })

/** `initiatives`: the current efforts of the tracker, each tied to the building blocks it serves. */
export const initiativeSchema = z.object({
  ...documentFields,
  title: text('title'),
  slug: slugSchema,
  officialTitle: text('line').nullish(),
  identifier: text('line').nullish(),
  kind: initiativeKindSchema,
  status: initiativeStatusSchema,
  /** The day an editor last checked the status: the page says "as of" this date. */
  statusCheckedOn: timestampSchema,
  dates: keyDatesSchema.nullish(),
  /** The date that places it in time (computed by the CMS: in force, else adopted, else announced). */
  keyDate: partialDateSchema.nullish(),
  buildingBlocks: relationListSchema(buildingBlockSummarySchema),
  risks: relationListSchema(riskSummarySchema),
  actors: relationListSchema(actorSummarySchema),
  summary: text('summary'),
  limits: text('paragraph').nullish(),
  sources: z.array(initiativeSourceSchema).nullish(),
  relatedInitiatives: relationListSchema(initiativeSummarySchema),
  seo: seoSchema.nullish(),
  ...changeNoteFields,
  ...translatedFields,
})

export type Initiative = z.infer<typeof initiativeSchema>
export type InitiativeKind = z.infer<typeof initiativeKindSchema>
export type InitiativeStatus = z.infer<typeof initiativeStatusSchema>
export type KeyDates = z.infer<typeof keyDatesSchema>
export type InitiativeSource = z.infer<typeof initiativeSourceSchema>
