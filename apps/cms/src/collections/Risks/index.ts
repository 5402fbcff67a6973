import type { CollectionConfig } from 'payload'

import { bodyField, citationsField, summaryField, titleField } from '../../fields/content'
import { orderField } from '../../fields/ordering'
import { seoFields } from '../../fields/seo'
import { slugField } from '../../fields/slug'
import { editorialWorkflow } from '../../lib/editorialWorkflow'
import { collectionPreview } from '../../preview'
import { reviewFields } from '../../fields/review'

export const Risks: CollectionConfig = {
  slug: 'risks',
  labels: { singular: 'Risk', plural: 'Risks' },
  admin: {
    ...collectionPreview('risks'),
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
    summaryField('One or two sentences: what the risk is and why it crosses borders.'),
    bodyField,
    {
      name: 'buildingBlocks',
      label: 'Building blocks that address it',
      type: 'join',
      collection: 'building-blocks',
      on: 'relatedRisks',
      defaultSort: 'order',
      admin: { description: 'Set on each building block under "Risks addressed".' },
    },
    citationsField,
    seoFields,
    ...reviewFields,
  ],
}
