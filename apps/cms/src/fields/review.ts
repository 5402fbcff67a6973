import type { Field, FieldAccess } from 'payload'

import { canReadDrafts } from '../access/roles'

// Review is internal: the public API never shows where a draft stands or what the note says.
const staffRead: FieldAccess = ({ req: { user } }) => canReadDrafts(user)

/**
 * Where a draft stands in review. A contributor marks it "ready" when done; an
 * editor publishes it (which puts it back to "editing") or sends it back.
 */
export const reviewStates = ['editing', 'ready', 'changes-requested'] as const
export type ReviewState = (typeof reviewStates)[number]

export const reviewFields: Field[] = [
  {
    name: 'reviewStatus',
    label: 'Review',
    type: 'select',
    // Not `required`: the default fills it, and older documents read as "being edited".
    defaultValue: 'editing',
    index: true,
    access: { read: staffRead },
    options: [
      { label: 'Being edited', value: 'editing' },
      { label: 'Ready for review', value: 'ready' },
      { label: 'Sent back: changes requested', value: 'changes-requested' },
    ],
    admin: {
      position: 'sidebar',
      description: 'Contributors: choose “Ready for review” and save the draft when it is done. Editors publish it, or send it back with a note.',
    },
  },
  {
    name: 'reviewNote',
    label: 'Review note',
    type: 'textarea',
    maxLength: 2000,
    access: { read: staffRead },
    admin: { position: 'sidebar', description: 'What to change, or what the reviewer should know.' },
  },
]
