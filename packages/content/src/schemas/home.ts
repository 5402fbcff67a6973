import { z } from 'zod'

import { globalFields, relationListSchema, rowIdSchema } from './common'
import { citationSummarySchema, mediaEntrySummarySchema } from './summaries'

export const homeSectionSchema = z.enum(['why', 'benefits-and-risks', 'building-blocks', 'media', 'contact'])

/** The `home` global: hero, section texts and the order of sections. */
export const homeSchema = z.object({
  ...globalFields,
  hero: z.object({
    heading: z.string(),
    lede: z.string(),
  }),
  why: z.object({
    heading: z.string(),
    reasons: z.array(z.object({ text: z.string(), id: rowIdSchema })).nullish(),
  }),
  benefitsAndRisks: z.object({
    heading: z.string(),
    intro: z.string().nullish(),
    benefitsHeading: z.string(),
    risksHeading: z.string(),
  }),
  buildingBlocks: z.object({
    heading: z.string(),
    intro: z.string(),
    basis: z.string().nullish(),
    citations: relationListSchema(citationSummarySchema),
  }),
  media: z
    .object({
      heading: z.string().nullish(),
      entries: relationListSchema(mediaEntrySummarySchema),
    })
    .nullish(),
  sections: z.array(z.object({ section: homeSectionSchema, id: rowIdSchema })).nullish(),
})

export type Home = z.infer<typeof homeSchema>
export type HomeSection = z.infer<typeof homeSectionSchema>
