import { z } from 'zod'

import { homeSections, vocabularySchema } from '../rules'
import { globalFields, relationListSchema, rowIdSchema, text, translatedFields } from './common'
import { citationSummarySchema, mediaEntrySummarySchema } from './summaries'

export const homeSectionSchema = vocabularySchema(homeSections)

/** The `home` global: hero, section texts and the order of sections. */
export const homeSchema = z.object({
  ...globalFields,
  hero: z.object({
    heading: text('heading'),
    lede: text('lede'),
  }),
  why: z.object({
    heading: text('heading'),
    reasons: z.array(z.object({ text: text('paragraph'), id: rowIdSchema })).nullish(),
  }),
  benefitsAndRisks: z.object({
    heading: text('heading'),
    intro: text('paragraph').nullish(),
    benefitsHeading: text('label'),
    risksHeading: text('label'),
  }),
  buildingBlocks: z.object({
    heading: text('heading'),
    intro: text('paragraph'),
    basis: text('paragraph').nullish(),
    citations: relationListSchema(citationSummarySchema),
  }),
  media: z
    .object({
      heading: text('heading').nullish(),
      entries: relationListSchema(mediaEntrySummarySchema),
    })
    .nullish(),
  sections: z.array(z.object({ section: homeSectionSchema, id: rowIdSchema })).nullish(),
  ...translatedFields,
})

export type Home = z.infer<typeof homeSchema>
export type HomeSection = z.infer<typeof homeSectionSchema>
