import { textLimits } from '@global-ai-governance/content'
import type { GroupField } from 'payload'

/** What search engines and link previews show; falls back to the title and summary on the site. */
export const seoFields: GroupField = {
  name: 'seo',
  type: 'group',
  label: 'Search and sharing',
  admin: { description: 'Optional. Leave empty to use the title and summary.' },
  fields: [
    { name: 'title', type: 'text', localized: true, maxLength: textLimits.seoTitle },
    { name: 'description', type: 'textarea', localized: true, maxLength: textLimits.seoDescription },
    { name: 'image', type: 'upload', relationTo: 'media' },
  ],
}
