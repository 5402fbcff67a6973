import { initiativeKinds, initiativeStatuses, populatedFields, selectOptions, textLimits } from '@global-ai-governance/content'
import type { CollectionConfig } from 'payload'

import { httpsUrlField, summaryField, titleField, translatable } from '../../fields/content'
import { partialDateField, validatePartialDate } from '../../fields/partialDate'
import { validateHttpsUrl } from '../../fields/validators'
import { changeNoteField } from '../../fields/changeNote'
import { reviewFields } from '../../fields/review'
import { seoFields } from '../../fields/seo'
import { slugField } from '../../fields/slug'
import { editorialWorkflow } from '../../lib/editorialWorkflow'
import { collectionPreview } from '../../preview'
import { computeKeyDate } from './keyDate'
import { datesProblem } from './validation'

/** A key date of known precision; the placeholder shows that a year or a month is enough. */
const keyDateField = (name: string, label: string, description: string) => {
  const field = partialDateField(name, label, description)
  return { ...field, admin: { ...field.admin, placeholder: 'YYYY, YYYY-MM or YYYY-MM-DD' } }
}

const keyDatesMalformed = (dates: unknown): boolean => {
  const { announced, adopted, inForce } = (dates ?? {}) as Record<string, unknown>
  return [announced, adopted, inForce].some((value) => validatePartialDate(value) !== true)
}

/**
 * Current efforts: treaties, resolutions, laws, standards, declarations,
 * commitments, reports, bodies and programmes, each tied to the building
 * blocks it serves and the risks it addresses, with official sources.
 */
export const Initiatives: CollectionConfig = {
  slug: 'initiatives',
  labels: { singular: 'Initiative', plural: 'Initiatives' },
  admin: {
    ...collectionPreview('initiatives'),
    useAsTitle: 'title',
    defaultColumns: ['title', 'kind', 'status', 'keyDate', '_status', 'reviewStatus'],
    listSearchableFields: ['title', 'officialTitle', 'identifier'],
    group: 'Current efforts',
    description: 'Current efforts. Name only what is documented; give an official source for each.',
  },
  defaultSort: '-keyDate',
  defaultPopulate: { ...populatedFields.initiatives },
  ...editorialWorkflow,
  fields: [
    titleField,
    slugField(),
    translatable({
      name: 'officialTitle',
      label: 'Official title',
      type: 'text',
      maxLength: textLimits.line,
      admin: { description: 'As the instrument itself gives it.' },
    }),
    {
      name: 'identifier',
      type: 'text',
      maxLength: textLimits.line,
      index: true,
      admin: { description: 'Where one exists: A/RES/78/265, CETS No. 225, Regulation (EU) 2024/1689, ISO/IEC 42001:2023.' },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'kind',
          type: 'select',
          required: true,
          index: true,
          options: selectOptions(initiativeKinds),
          admin: { width: '33%', description: 'What sort of instrument or effort it is.' },
        },
        {
          name: 'status',
          // Not plain "Status": the list and the actors' tables also show Payload's draft/published
          // "Status" column, and two columns of one name left editors guessing which was which.
          label: 'Initiative status',
          type: 'select',
          required: true,
          index: true,
          // Payload's own enum for drafts (`_status`) would take the default name.
          enumName: 'enum_initiatives_stage',
          options: selectOptions(initiativeStatuses),
          admin: { width: '33%', description: 'Where it stands now (not whether this page is published).' },
        },
        {
          name: 'statusCheckedOn',
          label: 'Status checked on',
          type: 'date',
          required: true,
          admin: {
            width: '33%',
            // Payload's day-only default ("MMM dd") hides the year; a check two years old read as this year's.
            date: { pickerAppearance: 'dayOnly', displayFormat: 'yyyy-MM-dd' },
            description: 'The day the status was last checked (YYYY-MM-DD): the page says it holds "as of" this day.',
          },
        },
      ],
    },
    {
      name: 'dates',
      label: 'Key dates',
      type: 'group',
      admin: { description: 'As precise as is known: 2024, 2024-05 or 2024-05-21. At least one.' },
      validate: (value: unknown, { siblingData }: { siblingData?: Record<string, unknown> }) =>
        datesProblem(value as Parameters<typeof datesProblem>[0], siblingData?.status) ?? true,
      fields: [
        {
          type: 'row',
          fields: [
            keyDateField('announced', 'Announced', 'First made public or proposed.'),
            keyDateField('adopted', 'Adopted', 'Adopted, signed, published or founded.'),
            keyDateField('inForce', 'In force', 'Entered into force or began to apply.'),
          ],
        },
      ],
    },
    {
      name: 'keyDate',
      label: 'Key date',
      type: 'text',
      index: true,
      maxLength: 10,
      access: { create: () => false, update: () => false },
      hooks: { beforeChange: [computeKeyDate] },
      // Computed from the key dates: when one of them is malformed, that field says so, and the
      // read-only key date (which editors cannot change) is not flagged as a second error.
      validate: (value: unknown, { siblingData }: { siblingData?: Record<string, unknown> }) =>
        keyDatesMalformed(siblingData?.dates) ? true : validatePartialDate(value),
      admin: { readOnly: true, position: 'sidebar', description: 'Set from the key dates: in force, else adopted, else announced.' },
    },
    {
      name: 'buildingBlocks',
      label: 'Building blocks it serves',
      type: 'relationship',
      relationTo: 'building-blocks',
      hasMany: true,
      required: true,
      minRows: 1,
      index: true,
      admin: { description: 'At least one: the building blocks of the framework it puts in place or supports.' },
    },
    {
      name: 'risks',
      label: 'Risks it addresses',
      type: 'relationship',
      relationTo: 'risks',
      hasMany: true,
      index: true,
      admin: { description: 'Optional: the risks it is meant to reduce.' },
    },
    {
      name: 'actors',
      type: 'relationship',
      relationTo: 'actors',
      hasMany: true,
      index: true,
      admin: {
        description: 'Who leads it or takes part: organisations and groups of states. To find one, type part of its full name (for the OECD, "Organisation").',
      },
    },
    summaryField('What it is and what it does, in one to three sentences.'),
    translatable({
      name: 'limits',
      label: 'Limits',
      type: 'textarea',
      maxLength: textLimits.paragraph,
      admin: { description: 'What it does not do: is it binding, who is outside it, what it leaves out.' },
    }),
    {
      name: 'sources',
      type: 'array',
      labels: { singular: 'Source', plural: 'Sources' },
      admin: { description: 'Official pages only (the instrument, the body’s own site, the official journal). https only.' },
      fields: [
        translatable({ name: 'title', type: 'text', required: true, maxLength: textLimits.line }),
        {
          ...httpsUrlField('url', 'Address'),
          required: true,
          // The shared https check lets an empty address through; a source needs one.
          validate: (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? validateHttpsUrl(value) : 'Give the address of the source (https).'),
        },
      ],
    },
    {
      name: 'relatedInitiatives',
      label: 'Related initiatives',
      type: 'relationship',
      relationTo: 'initiatives',
      hasMany: true,
      admin: { description: 'Predecessors, successors, parent instruments, companions.' },
    },
    seoFields,
    changeNoteField,
    ...reviewFields,
  ],
}
