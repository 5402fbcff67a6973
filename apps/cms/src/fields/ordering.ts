import type { NumberField } from 'payload'

/** Position in the fixed order the site shows (1 comes first). */
export const orderField: NumberField = {
  name: 'order',
  type: 'number',
  required: true,
  min: 1,
  max: 999,
  index: true,
  admin: { position: 'sidebar', step: 1, description: 'Position on the site; 1 comes first.' },
}
