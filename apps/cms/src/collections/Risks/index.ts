import { frameworkDocument } from '../frameworkDocument'

export const Risks = frameworkDocument({
  slug: 'risks',
  labels: { singular: 'Risk', plural: 'Risks' },
  summaryHelp: 'One or two sentences: what the risk is and why it crosses borders.',
  fields: [
    {
      name: 'buildingBlocks',
      label: 'Building blocks that address it',
      type: 'join',
      collection: 'building-blocks',
      on: 'relatedRisks',
      defaultSort: 'order',
      admin: { description: 'Set on each building block under "Risks addressed".' },
    },
    {
      name: 'initiatives',
      label: 'Initiatives that address it',
      type: 'join',
      collection: 'initiatives',
      on: 'risks',
      defaultSort: '-keyDate',
      admin: { description: 'Set on each initiative under "Risks it addresses".' },
    },
  ],
})
