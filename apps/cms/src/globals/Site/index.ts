import { textLimits } from '@global-ai-governance/content'
import type { GlobalConfig } from 'payload'

import { validateEmail, validateLinkUrl } from '../../fields/validators'
import { translatable } from '../../fields/content'
import { globalEditorialWorkflow } from '../../lib/editorialWorkflow'
import { globalPreview } from '../../preview'
import { reviewFields } from '../../fields/review'

export const Site: GlobalConfig = {
  slug: 'site',
  label: 'Site settings',
  admin: { group: 'Settings', ...globalPreview('site') },
  ...globalEditorialWorkflow,
  fields: [
    translatable({ name: 'siteName', type: 'text', required: true, maxLength: textLimits.label }),
    { name: 'tagline', type: 'text', localized: true, maxLength: textLimits.heading },
    {
      name: 'navigation',
      type: 'array',
      localized: true,
      labels: { singular: 'Link', plural: 'Links' },
      fields: [
        { name: 'label', type: 'text', required: true, maxLength: textLimits.menuLabel },
        {
          name: 'href',
          label: 'Address',
          type: 'text',
          required: true,
          // The menu follows the link rule of rich text: a page of this site (/building-blocks), or an https, email or phone address.
          validate: (value: unknown) => (value === null || value === undefined || value === '' ? 'Enter a path on this site such as /building-blocks, or a full https:// address.' : validateLinkUrl(value)),
        },
      ],
    },
    {
      name: 'contact',
      type: 'group',
      fields: [
        translatable({ name: 'heading', type: 'text', required: true, maxLength: textLimits.label }),
        {
          name: 'people',
          type: 'array',
          labels: { singular: 'Person', plural: 'People' },
          fields: [{ name: 'name', type: 'text', required: true, maxLength: textLimits.personName }],
        },
        { name: 'team', type: 'text', localized: true, maxLength: textLimits.name },
        { name: 'organisation', type: 'text', localized: true, maxLength: textLimits.name },
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
        { name: 'closingLine', type: 'text', localized: true, maxLength: textLimits.heading },
        translatable({ name: 'copyright', type: 'text', required: true, maxLength: textLimits.heading }),
        { name: 'maintainedBy', type: 'text', localized: true, maxLength: textLimits.line },
      ],
    },
    ...reviewFields,
  ],
}
