import { textLimits } from '@global-ai-governance/content'
import type { Field } from 'payload'

import { translatable } from './content'

/**
 * The public note of an update, kept with the version it is published in.
 * Pages list the published versions that carry one ("Show all updates");
 * a note published again unchanged is listed once, at its first publication.
 */
export const changeNoteField: Field = translatable({
  name: 'changeNote',
  label: 'Public change note',
  type: 'textarea',
  maxLength: textLimits.line,
  admin: {
    position: 'sidebar',
    description:
      'Optional. Say what changed for readers when you publish a real update (“Updated the status of the Scientific Panel”). Shown on the page and in the feed. Leave it as it is for small corrections.',
  },
})
