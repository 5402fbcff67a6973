import { homeSections, selectOptions, textLimits } from '@global-ai-governance/content'
import type { GlobalConfig } from 'payload'

import { translatable } from '../../fields/content'
import { globalEditorialWorkflow } from '../../lib/editorialWorkflow'
import { globalPreview } from '../../preview'
import { reviewFields } from '../../fields/review'

const heading = (defaultHelp?: string) =>
  translatable({ name: 'heading', type: 'text', required: true, maxLength: textLimits.heading, admin: defaultHelp ? { description: defaultHelp } : undefined })

export const Home: GlobalConfig = {
  slug: 'home',
  label: 'Home page',
  admin: { group: 'Pages', ...globalPreview('home') },
  ...globalEditorialWorkflow,
  fields: [
    {
      name: 'hero',
      type: 'group',
      fields: [heading('The headline at the top of the site.'), translatable({ name: 'lede', type: 'textarea', required: true, maxLength: textLimits.lede })],
    },
    {
      name: 'why',
      label: 'Why global governance',
      type: 'group',
      fields: [
        heading(),
        {
          name: 'reasons',
          type: 'array',
          localized: true,
          minRows: 1,
          labels: { singular: 'Reason', plural: 'Reasons' },
          fields: [{ name: 'text', type: 'textarea', required: true, maxLength: textLimits.paragraph }],
        },
      ],
    },
    {
      name: 'benefitsAndRisks',
      label: 'Benefits and risks',
      type: 'group',
      fields: [
        heading(),
        { name: 'intro', type: 'textarea', localized: true, maxLength: textLimits.paragraph },
        translatable({ name: 'benefitsHeading', type: 'text', required: true, maxLength: textLimits.label }),
        translatable({ name: 'risksHeading', type: 'text', required: true, maxLength: textLimits.label }),
      ],
    },
    {
      name: 'buildingBlocks',
      label: 'Building blocks',
      type: 'group',
      fields: [
        heading(),
        translatable({ name: 'intro', type: 'textarea', required: true, maxLength: textLimits.paragraph }),
        {
          name: 'basis',
          type: 'textarea',
          localized: true,
          maxLength: textLimits.paragraph,
          admin: { description: 'The sentence that names the analyses the building blocks come from.' },
        },
        { name: 'citations', label: 'References for this section', type: 'relationship', relationTo: 'citations', hasMany: true },
      ],
    },
    {
      name: 'media',
      label: 'Films and podcasts',
      type: 'group',
      fields: [
        { name: 'heading', type: 'text', localized: true, maxLength: textLimits.heading },
        { name: 'entries', type: 'relationship', relationTo: 'media-entries', hasMany: true, admin: { description: 'In the order shown.' } },
      ],
    },
    {
      name: 'sections',
      label: 'Order of sections',
      type: 'array',
      labels: { singular: 'Section', plural: 'Sections' },
      admin: { description: 'Drag to reorder the sections below the headline. A section left out is not shown.' },
      fields: [{ name: 'section', type: 'select', required: true, options: selectOptions(homeSections) }],
      validate: (value: unknown) => {
        if (!Array.isArray(value)) return true
        const names = value.map((row) => (row as { section?: string }).section)
        return new Set(names).size === names.length ? true : 'Each section may appear only once.'
      },
    },
    ...reviewFields,
  ],
}
