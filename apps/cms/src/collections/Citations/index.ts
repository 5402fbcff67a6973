import { authorKinds, citationTypes, populatedFields, selectOptions, textLimits } from '@global-ai-governance/content'
import type { CollectionConfig } from 'payload'

import { httpsUrlField } from '../../fields/content'
import { slugField } from '../../fields/slug'
import { normalizeDoi, validateDoi, validateYear } from '../../fields/validators'
import { editorialWorkflow } from '../../lib/editorialWorkflow'
import { collectionPreview } from '../../preview'
import { validateAuthorNames } from './authors'
import { citationKeySource } from './citationKey'
import { changeNoteField } from '../../fields/changeNote'
import { reviewFields } from '../../fields/review'

export const Citations: CollectionConfig = {
  slug: 'citations',
  labels: { singular: 'Reference', plural: 'References' },
  admin: {
    ...collectionPreview('citations'),
    useAsTitle: 'slug',
    defaultColumns: ['slug', 'title', 'year', '_status', 'reviewStatus'],
    group: 'Sources',
    description: 'Bibliographic references that pages cite.',
  },
  defaultSort: 'slug',
  defaultPopulate: { ...populatedFields.citations },
  ...editorialWorkflow,
  fields: [
    { name: 'type', type: 'select', required: true, defaultValue: 'report', options: selectOptions(citationTypes) },
    // Bibliographic titles stay in the language of publication, so they are not localized.
    { name: 'title', type: 'text', maxLength: textLimits.workTitle, admin: { description: 'Leave empty until the exact title is known.' } },
    {
      name: 'authors',
      type: 'array',
      minRows: 1,
      labels: { singular: 'Author', plural: 'Authors' },
      admin: { description: 'In the order the work lists them.' },
      validate: validateAuthorNames,
      fields: [
        {
          name: 'kind',
          type: 'select',
          required: true,
          defaultValue: 'person',
          options: selectOptions(authorKinds),
        },
        {
          type: 'row',
          fields: [
            { name: 'given', label: 'Given names', type: 'text', maxLength: textLimits.personName, admin: { condition: (_, sibling) => sibling?.kind !== 'organization' } },
            {
              name: 'family',
              label: 'Family name',
              type: 'text',
              maxLength: textLimits.personName,
              admin: { condition: (_, sibling) => sibling?.kind !== 'organization' },
              validate: (value: unknown, { siblingData }: { siblingData: Record<string, unknown> }) =>
                siblingData?.kind === 'organization' || (typeof value === 'string' && value.trim() !== '')
                  ? true
                  : 'A person needs a family name.',
            },
            {
              name: 'name',
              label: 'Organisation name',
              type: 'text',
              maxLength: textLimits.name,
              admin: { condition: (_, sibling) => sibling?.kind === 'organization' },
              validate: (value: unknown, { siblingData }: { siblingData: Record<string, unknown> }) =>
                siblingData?.kind !== 'organization' || (typeof value === 'string' && value.trim() !== '')
                  ? true
                  : 'An organisation needs a name.',
            },
          ],
        },
      ],
    },
    {
      name: 'year',
      type: 'number',
      required: true,
      // A custom validator replaces Payload's, "required" included: without this a reference was published
      // without a year, which the site cannot show (its references page and exports failed).
      validate: (value: unknown) => (value === null || value === undefined || value === '' ? 'Enter the year of publication.' : validateYear(value)),
    },
    { name: 'containerTitle', label: 'Journal, series or website', type: 'text', maxLength: textLimits.line },
    { name: 'publisher', type: 'text', maxLength: textLimits.line },
    httpsUrlField('url', 'Link', 'Where the work can be read, https only.'),
    {
      name: 'doi',
      label: 'DOI',
      type: 'text',
      validate: validateDoi,
      hooks: { beforeChange: [({ value }) => (typeof value === 'string' && value ? normalizeDoi(value) : value)] },
      admin: { description: 'For example 10.2139/ssrn.4579773' },
    },
    { name: 'accessed', label: 'Date accessed', type: 'date', admin: { date: { pickerAppearance: 'dayOnly' } } },
    { name: 'note', type: 'textarea', localized: true, maxLength: textLimits.note },
    slugField(citationKeySource),
    changeNoteField,
    ...reviewFields,
  ],
}
