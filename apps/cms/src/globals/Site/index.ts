import type { GlobalConfig } from 'payload'

import { validateEmail, validateHttpsUrl } from '../../fields/validators'
import { translatable } from '../../fields/content'
import { globalEditorialWorkflow } from '../../lib/editorialWorkflow'
import { globalPreview } from '../../preview'
import { reviewFields } from '../../fields/review'

const validateHref = (value: unknown): true | string => {
  if (typeof value === 'string' && /^\/(?!\/)/.test(value)) return true
  const https = validateHttpsUrl(value)
  return https === true && value ? true : 'Use a path on this site such as /building-blocks, or a full https:// address.'
}

export const Site: GlobalConfig = {
  slug: 'site',
  label: 'Site settings',
  admin: { group: 'Settings', ...globalPreview('site') },
  ...globalEditorialWorkflow,
  fields: [
    translatable({ name: 'siteName', type: 'text', required: true, maxLength: 120 }),
    { name: 'tagline', type: 'text', localized: true, maxLength: 200 },
    {
      name: 'navigation',
      type: 'array',
      localized: true,
      labels: { singular: 'Link', plural: 'Links' },
      fields: [
        { name: 'label', type: 'text', required: true, maxLength: 60 },
        { name: 'href', label: 'Address', type: 'text', required: true, validate: validateHref },
      ],
    },
    {
      name: 'contact',
      type: 'group',
      fields: [
        translatable({ name: 'heading', type: 'text', required: true, maxLength: 120 }),
        {
          name: 'people',
          type: 'array',
          labels: { singular: 'Person', plural: 'People' },
          fields: [{ name: 'name', type: 'text', required: true, maxLength: 120 }],
        },
        { name: 'team', type: 'text', localized: true, maxLength: 200 },
        { name: 'organisation', type: 'text', localized: true, maxLength: 200 },
        {
          name: 'email',
          type: 'email',
          validate: validateEmail,
          admin: { description: "The team's public address. Not shown on the site until it is set." },
        },
      ],
    },
    {
      name: 'footer',
      type: 'group',
      fields: [
        { name: 'closingLine', type: 'text', localized: true, maxLength: 200 },
        translatable({ name: 'copyright', type: 'text', required: true, maxLength: 200 }),
        { name: 'maintainedBy', type: 'text', localized: true, maxLength: 300 },
      ],
    },
    ...reviewFields,
  ],
}
