import { z } from 'zod'

import { linkSchema } from '../rules'
import { globalFields, rowIdSchema, text, translatedFields } from './common'

/** The `site` global: name, navigation, contact and footer. */
export const siteSchema = z.object({
  ...globalFields,
  siteName: text('label'),
  tagline: text('heading').nullish(),
  navigation: z.array(z.object({ label: text('menuLabel'), href: linkSchema, id: rowIdSchema })).nullish(),
  contact: z.object({
    heading: text('label'),
    people: z.array(z.object({ name: text('personName'), id: rowIdSchema })).nullish(),
    team: text('name').nullish(),
    organisation: text('name').nullish(),
    email: z.string().nullish(),
  }),
  footer: z.object({
    closingLine: text('heading').nullish(),
    copyright: text('heading'),
    maintainedBy: text('line').nullish(),
  }),
  ...translatedFields,
})

export type Site = z.infer<typeof siteSchema>
