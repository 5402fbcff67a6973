import { z } from 'zod'

import { globalFields, rowIdSchema } from './common'

/** The `site` global: name, navigation, contact and footer. */
export const siteSchema = z.object({
  ...globalFields,
  siteName: z.string(),
  tagline: z.string().nullish(),
  navigation: z.array(z.object({ label: z.string(), href: z.string(), id: rowIdSchema })).nullish(),
  contact: z.object({
    heading: z.string(),
    people: z.array(z.object({ name: z.string(), id: rowIdSchema })).nullish(),
    team: z.string().nullish(),
    organisation: z.string().nullish(),
    email: z.string().nullish(),
  }),
  footer: z.object({
    closingLine: z.string().nullish(),
    copyright: z.string(),
    maintainedBy: z.string().nullish(),
  }),
})

export type Site = z.infer<typeof siteSchema>
