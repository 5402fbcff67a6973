import { z } from 'zod'

import { actorKinds, httpsUrlSchema, vocabularySchema } from '../rules'
import { changeNoteFields, documentFields, joinSchema, slugSchema, text, translatedFields } from './common'
import { seoSchema } from './seo'
import { initiativeSummarySchema } from './summaries'

export const actorKindSchema = vocabularySchema(actorKinds)

/** `actors`: organisations and groups of states that lead or take part in initiatives. */
export const actorSchema = z.object({
  ...documentFields,
  name: text('name'),
  slug: slugSchema,
  shortName: text('label').nullish(),
  kind: actorKindSchema,
  url: httpsUrlSchema.nullish(),
  summary: text('summary').nullish(),
  /** A join: the initiatives that name this actor (initiatives.actors). */
  initiatives: joinSchema(initiativeSummarySchema).nullish(),
  seo: seoSchema.nullish(),
  ...changeNoteFields,
  ...translatedFields,
})

export type Actor = z.infer<typeof actorSchema>
export type ActorKind = z.infer<typeof actorKindSchema>
