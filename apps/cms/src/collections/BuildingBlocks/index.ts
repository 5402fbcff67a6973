import { effortStatuses, selectOptions, textLimits } from '@global-ai-governance/content'

import { httpsUrlField } from '../../fields/content'
import { validateYear } from '../../fields/validators'
import { frameworkDocument } from '../frameworkDocument'

export const BuildingBlocks = frameworkDocument({
  slug: 'building-blocks',
  labels: { singular: 'Building block', plural: 'Building blocks' },
  description: 'The components of an international AI governance regime.',
  summaryHelp: 'The one-paragraph definition shown on the home page and the index.',
  fields: [
    {
      name: 'currentEfforts',
      label: 'Current efforts',
      type: 'array',
      localized: true,
      labels: { singular: 'Current effort', plural: 'Current efforts' },
      admin: { initCollapsed: true, description: 'Initiatives under way. Name only what is documented.' },
      fields: [
        { name: 'initiative', type: 'text', required: true, maxLength: textLimits.line },
        { name: 'actors', type: 'text', maxLength: textLimits.line, admin: { description: 'Who leads or takes part.' } },
        {
          type: 'row',
          fields: [
            { name: 'year', type: 'number', validate: (value: unknown) => validateYear(value) },
            { name: 'status', type: 'select', options: selectOptions(effortStatuses) },
          ],
        },
        httpsUrlField('link', 'Link', 'Official page, https only. Leave empty if unsure.'),
        { name: 'note', type: 'textarea', maxLength: textLimits.paragraph },
      ],
    },
    {
      name: 'gaps',
      type: 'array',
      localized: true,
      labels: { singular: 'Gap', plural: 'Gaps' },
      admin: { description: 'What current efforts leave undone.' },
      fields: [{ name: 'gap', type: 'textarea', required: true, maxLength: textLimits.paragraph }],
    },
    {
      name: 'analogousRegimes',
      label: 'Analogous regimes',
      type: 'array',
      localized: true,
      labels: { singular: 'Analogous regime', plural: 'Analogous regimes' },
      fields: [
        { name: 'regime', type: 'text', required: true, maxLength: textLimits.line },
        { name: 'lesson', type: 'textarea', required: true, maxLength: textLimits.paragraph },
      ],
    },
    { name: 'relatedRisks', label: 'Risks addressed', type: 'relationship', relationTo: 'risks', hasMany: true },
    { name: 'relatedBenefits', label: 'Benefits supported', type: 'relationship', relationTo: 'benefits', hasMany: true },
  ],
})
