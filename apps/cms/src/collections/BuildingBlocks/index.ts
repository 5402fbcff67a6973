import type { CollectionConfig } from 'payload'

import { bodyField, citationsField, httpsUrlField, summaryField, titleField } from '../../fields/content'
import { orderField } from '../../fields/ordering'
import { seoFields } from '../../fields/seo'
import { slugField } from '../../fields/slug'
import { validateYear } from '../../fields/validators'
import { editorialWorkflow } from '../../lib/editorialWorkflow'
import { collectionPreview } from '../../preview'
import { reviewFields } from '../../fields/review'

export const effortStatuses = [
  { label: 'Proposed', value: 'proposed' },
  { label: 'Under negotiation', value: 'in-negotiation' },
  { label: 'Adopted or signed', value: 'adopted' },
  { label: 'In force or applying', value: 'in-force' },
  { label: 'Operating (an institution or programme at work)', value: 'operating' },
]

export const BuildingBlocks: CollectionConfig = {
  slug: 'building-blocks',
  labels: { singular: 'Building block', plural: 'Building blocks' },
  admin: {
    ...collectionPreview('building-blocks'),
    useAsTitle: 'title',
    defaultColumns: ['title', 'order', '_status', 'reviewStatus', 'updatedAt'],
    group: 'Framework',
    description: 'The components of an international AI governance regime.',
  },
  defaultSort: 'order',
  defaultPopulate: { title: true, slug: true, summary: true, order: true },
  ...editorialWorkflow,
  fields: [
    titleField,
    slugField(),
    orderField,
    summaryField('The one-paragraph definition shown on the home page and the index.'),
    bodyField,
    {
      name: 'currentEfforts',
      label: 'Current efforts',
      type: 'array',
      localized: true,
      labels: { singular: 'Current effort', plural: 'Current efforts' },
      admin: { initCollapsed: true, description: 'Initiatives under way. Name only what is documented.' },
      fields: [
        { name: 'initiative', type: 'text', required: true, maxLength: 300 },
        { name: 'actors', type: 'text', maxLength: 300, admin: { description: 'Who leads or takes part.' } },
        {
          type: 'row',
          fields: [
            { name: 'year', type: 'number', validate: (value: unknown) => validateYear(value) },
            { name: 'status', type: 'select', options: effortStatuses },
          ],
        },
        httpsUrlField('link', 'Link', 'Official page, https only. Leave empty if unsure.'),
        { name: 'note', type: 'textarea', maxLength: 1200 },
      ],
    },
    {
      name: 'gaps',
      type: 'array',
      localized: true,
      labels: { singular: 'Gap', plural: 'Gaps' },
      admin: { description: 'What current efforts leave undone.' },
      fields: [{ name: 'gap', type: 'textarea', required: true, maxLength: 1200 }],
    },
    {
      name: 'analogousRegimes',
      label: 'Analogous regimes',
      type: 'array',
      localized: true,
      labels: { singular: 'Analogous regime', plural: 'Analogous regimes' },
      fields: [
        { name: 'regime', type: 'text', required: true, maxLength: 300 },
        { name: 'lesson', type: 'textarea', required: true, maxLength: 1200 },
      ],
    },
    {
      name: 'relatedRisks',
      label: 'Risks addressed',
      type: 'relationship',
      relationTo: 'risks',
      hasMany: true,
    },
    {
      name: 'relatedBenefits',
      label: 'Benefits supported',
      type: 'relationship',
      relationTo: 'benefits',
      hasMany: true,
    },
    citationsField,
    seoFields,
    ...reviewFields,
  ],
}
