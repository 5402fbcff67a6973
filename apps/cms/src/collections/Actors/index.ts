import { actorKinds, populatedFields, selectOptions, textLimits } from '@global-ai-governance/content'
import type { CollectionConfig } from 'payload'

import { httpsUrlField, translatable } from '../../fields/content'
import { changeNoteField } from '../../fields/changeNote'
import { reviewFields } from '../../fields/review'
import { seoFields } from '../../fields/seo'
import { slugField } from '../../fields/slug'
import { editorialWorkflow } from '../../lib/editorialWorkflow'
import { collectionPreview } from '../../preview'

/** Organisations and groups of states that lead or take part in initiatives (the tracker filters by them). */
export const Actors: CollectionConfig = {
  slug: 'actors',
  labels: { singular: 'Actor', plural: 'Actors' },
  admin: {
    ...collectionPreview('actors'),
    useAsTitle: 'name',
    defaultColumns: ['name', 'shortName', 'kind', '_status'],
    // Editors know most actors by their abbreviation (OECD, G7).
    listSearchableFields: ['name', 'shortName'],
    group: 'Current efforts',
  },
  defaultSort: 'name',
  defaultPopulate: { ...populatedFields.actors },
  ...editorialWorkflow,
  fields: [
    translatable({
      name: 'name',
      type: 'text',
      required: true,
      maxLength: textLimits.name,
      admin: { description: 'The full official name: Organisation for Economic Co-operation and Development.' },
    }),
    slugField((data) => (typeof data.name === 'string' ? data.name : undefined)),
    translatable({
      name: 'shortName',
      label: 'Short name',
      type: 'text',
      maxLength: textLimits.label,
      admin: { description: 'The abbreviation people know: OECD, CoE, G7.' },
    }),
    {
      name: 'kind',
      type: 'select',
      required: true,
      index: true,
      options: selectOptions(actorKinds),
      admin: { description: 'What sort of actor it is; the tracker groups and filters by it.' },
    },
    httpsUrlField('url', 'Official site', 'https only.'),
    translatable({
      name: 'summary',
      type: 'textarea',
      maxLength: textLimits.summary,
      admin: { description: 'Optional: who they are and what part they play, in one or two sentences.' },
    }),
    {
      name: 'initiatives',
      type: 'join',
      collection: 'initiatives',
      on: 'actors',
      defaultSort: '-keyDate',
      admin: {
        description: 'Set on each initiative under "Actors".',
        defaultColumns: ['title', 'kind', 'status', 'keyDate', '_status'],
      },
    },
    seoFields,
    changeNoteField,
    ...reviewFields,
  ],
}
