import { z } from 'zod'

import { slugSchema, text, timestampSchema } from './common'

/*
 * Change notes. Each public collection has an optional `changeNote` that an
 * editor writes when publishing ("Updated the status of the Scientific
 * Panel"). The CMS keeps it with the published version; pages show "Last
 * updated" and the list of published updates that carry a note, as GOV.UK
 * pages do, and the Atom feed uses them.
 */

/** Collections whose pages show their updates (`GET /api/updates/<collection>/<slug>`). */
export const updatedCollections = ['building-blocks', 'risks', 'benefits', 'initiatives', 'actors', 'media-entries', 'citations'] as const
export type UpdatedCollection = (typeof updatedCollections)[number]

export const changeNoteSchema = text('line')

export const pageUpdateSchema = z.object({
  /** When the version with this note was published. */
  publishedAt: timestampSchema,
  note: changeNoteSchema,
})

/** The answer of `GET /api/updates/<collection>/<slug>?locale=…`: newest first. */
export const pageUpdatesSchema = z.object({
  collection: z.enum(updatedCollections),
  slug: slugSchema,
  /** When the published document last changed. */
  lastUpdated: timestampSchema,
  updates: z.array(pageUpdateSchema),
})

export type PageUpdate = z.infer<typeof pageUpdateSchema>
export type PageUpdates = z.infer<typeof pageUpdatesSchema>
