import { mediaKinds, populatedFields, selectOptions, textLimits } from '@global-ai-governance/content'
import type { CollectionConfig } from 'payload'

import { bodyField, httpsUrlField, summaryField, titleField, translatable } from '../../fields/content'
import { orderField } from '../../fields/ordering'
import { seoFields } from '../../fields/seo'
import { slugField } from '../../fields/slug'
import { editorialWorkflow } from '../../lib/editorialWorkflow'
import { collectionPreview } from '../../preview'
import { changeNoteField } from '../../fields/changeNote'
import { reviewFields } from '../../fields/review'

export const MediaEntries: CollectionConfig = {
  slug: 'media-entries',
  labels: { singular: 'Film or podcast', plural: 'Films and podcasts' },
  admin: {
    ...collectionPreview('media-entries'),
    useAsTitle: 'title',
    defaultColumns: ['title', 'kind', 'order', '_status', 'reviewStatus'],
    group: 'Sources',
  },
  defaultSort: 'order',
  defaultPopulate: { ...populatedFields['media-entries'] },
  ...editorialWorkflow,
  fields: [
    { name: 'kind', type: 'select', required: true, options: selectOptions(mediaKinds) },
    titleField,
    slugField(),
    orderField,
    summaryField('What the film or podcast is about, in two or three sentences.'),
    bodyField,
    { name: 'publisher', type: 'text', localized: true, maxLength: textLimits.name },
    {
      name: 'partners',
      type: 'array',
      labels: { singular: 'Partner', plural: 'Partners' },
      fields: [translatable({ name: 'name', type: 'text', required: true, maxLength: textLimits.name })],
    },
    httpsUrlField('watchUrl', 'Watch or listen at', 'The public page of the film or podcast, https only.'),
    httpsUrlField(
      'embedUrl',
      'Embed address',
      'Player address, https only. The site loads it only after the visitor chooses to play it.',
    ),
    { name: 'poster', type: 'upload', relationTo: 'media' },
    {
      name: 'questions',
      label: 'Questions addressed',
      type: 'array',
      localized: true,
      labels: { singular: 'Question', plural: 'Questions' },
      fields: [{ name: 'question', type: 'text', required: true, maxLength: textLimits.question }],
    },
    {
      name: 'relatedBuildingBlocks',
      label: 'Building blocks discussed',
      type: 'relationship',
      relationTo: 'building-blocks',
      hasMany: true,
    },
    seoFields,
    changeNoteField,
    ...reviewFields,
  ],
}
