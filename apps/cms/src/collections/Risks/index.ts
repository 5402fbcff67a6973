import type { CollectionConfig } from 'payload'

import { forbidPublishByContributors, publishedOrStaff, saveAsRoleAllows } from '../../access/content'
import { publishersOnly, staffOnly } from '../../access/roles'
import { bodyField, citationsField, summaryField, titleField } from '../../fields/content'
import { orderField } from '../../fields/ordering'
import { seoFields } from '../../fields/seo'
import { slugField } from '../../fields/slug'
import { publicVersions } from '../../lib/drafts'

export const Risks: CollectionConfig = {
  slug: 'risks',
  labels: { singular: 'Risk', plural: 'Risks' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'order', '_status', 'updatedAt'],
    group: 'Framework',
  },
  defaultSort: 'order',
  defaultPopulate: { title: true, slug: true, summary: true, order: true },
  access: {
    read: publishedOrStaff,
    readVersions: staffOnly,
    create: saveAsRoleAllows,
    update: saveAsRoleAllows,
    delete: publishersOnly,
  },
  versions: publicVersions,
  hooks: { beforeChange: [forbidPublishByContributors] },
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
  ],
}
