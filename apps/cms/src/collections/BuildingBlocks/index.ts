import { textLimits } from '@global-ai-governance/content'

import { frameworkDocument } from '../frameworkDocument'

export const BuildingBlocks = frameworkDocument({
  slug: 'building-blocks',
  labels: { singular: 'Building block', plural: 'Building blocks' },
  description: 'The components of an international AI governance regime.',
  summaryHelp: 'The one-paragraph definition shown on the home page and the index.',
  fields: [
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
    {
      name: 'initiatives',
      label: 'Current efforts',
      type: 'join',
      collection: 'initiatives',
      on: 'buildingBlocks',
      defaultSort: '-keyDate',
      admin: { description: 'Initiatives that serve this block: set on each initiative under "Building blocks it serves".' },
    },
  ],
})
