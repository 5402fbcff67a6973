import { populatedFields, type DocumentPageCollection } from '@global-ai-governance/content'
import type { CollectionConfig, Field } from 'payload'

import { changeNoteField } from '../fields/changeNote'
import { bodyField, citationsField, summaryField, titleField } from '../fields/content'
import { orderField } from '../fields/ordering'
import { reviewFields } from '../fields/review'
import { seoFields } from '../fields/seo'
import { slugField } from '../fields/slug'
import { editorialWorkflow } from '../lib/editorialWorkflow'
import { collectionPreview } from '../preview'

type FrameworkCollection = Extract<DocumentPageCollection, 'building-blocks' | 'risks' | 'benefits'>

type FrameworkDocument = {
  slug: FrameworkCollection
  labels: { singular: string; plural: string }
  /** What the collection holds, shown above its list. */
  description?: string
  /** Help under the summary field: what the one-paragraph summary should say. */
  summaryHelp: string
  /** Fields of this kind of document, shown after the body. */
  fields: Field[]
}

/**
 * Building blocks, risks and benefits: the framework's three kinds of page.
 * Each has a title, slug, place in the order, summary and body, then fields
 * of its own, its references and SEO, and the shared editorial workflow.
 */
export const frameworkDocument = ({ slug, labels, description, summaryHelp, fields }: FrameworkDocument): CollectionConfig => ({
  slug,
  labels,
  admin: {
    ...collectionPreview(slug),
    useAsTitle: 'title',
    defaultColumns: ['title', 'order', '_status', 'reviewStatus', 'updatedAt'],
    group: 'Framework',
    description,
  },
  defaultSort: 'order',
  // What a related block, risk or benefit shows where it is listed (packages/content summaries.ts).
  defaultPopulate: { ...populatedFields[slug] },
  ...editorialWorkflow,
  fields: [titleField, slugField(), orderField, summaryField(summaryHelp), bodyField, ...fields, citationsField, seoFields, changeNoteField, ...reviewFields],
})
