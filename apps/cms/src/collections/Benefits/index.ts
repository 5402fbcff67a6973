import { validateSdgs } from '../../fields/validators'
import { frameworkDocument } from '../frameworkDocument'

export const Benefits = frameworkDocument({
  slug: 'benefits',
  labels: { singular: 'Benefit', plural: 'Benefits' },
  summaryHelp: 'One or two sentences: what the benefit is and who could share it.',
  fields: [
    {
      name: 'sdgs',
      label: 'Sustainable Development Goals',
      type: 'number',
      hasMany: true,
      min: 1,
      max: 17,
      validate: (value: unknown) => validateSdgs(value),
      admin: { description: 'Numbers of the UN goals this benefit advances (1 to 17).' },
    },
    {
      name: 'buildingBlocks',
      label: 'Building blocks that support it',
      type: 'join',
      collection: 'building-blocks',
      on: 'relatedBenefits',
      defaultSort: 'order',
      admin: { description: 'Set on each building block under "Benefits supported".' },
    },
  ],
})
