import type { CollectionConfig } from 'payload'

import { bodyField, citationsField, summaryField, titleField } from '../../fields/content'
import { orderField } from '../../fields/ordering'
import { seoFields } from '../../fields/seo'
import { slugField } from '../../fields/slug'
import { validateSdgs } from '../../fields/validators'
import { editorialWorkflow } from '../../lib/editorialWorkflow'
import { collectionPreview } from '../../preview'
import { reviewFields } from '../../fields/review'

export const Benefits: CollectionConfig = {
  slug: 'benefits',
  labels: { singular: 'Benefit', plural: 'Benefits' },
  admin: {
    ...collectionPreview('benefits'),
    useAsTitle: 'title',
    defaultColumns: ['title', 'order', '_status', 'reviewStatus', 'updatedAt'],
    group: 'Framework',
  },
  defaultSort: 'order',
  defaultPopulate: { title: true, slug: true, summary: true, order: true },
  ...editorialWorkflow,
  fields: [
    titleField,
    slugField(),
    orderField,
    summaryField('One or two sentences: what the benefit is and who could share it.'),
    bodyField,
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
    citationsField,
    seoFields,
    ...reviewFields,
  ],
}
