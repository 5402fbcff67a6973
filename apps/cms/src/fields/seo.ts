import type { GroupField } from 'payload'

/** What search engines and link previews show; falls back to the title and summary on the site. */
export const seoFields: GroupField = {
  name: 'seo',
  type: 'group',
  label: 'Search and sharing',
  admin: { description: 'Optional. Leave empty to use the title and summary.' },
  fields: [
    { name: 'title', type: 'text', localized: true, maxLength: 70 },
    { name: 'description', type: 'textarea', localized: true, maxLength: 200 },
    { name: 'image', type: 'upload', relationTo: 'media' },
  ],
}
