import path from 'node:path'

import { textLimits } from '@global-ai-governance/content'
import type { CollectionConfig } from 'payload'

import { canReadDrafts, publishersOnly, staffOnly } from '../../access/roles'
import { revalidateCollectionAfterChange, revalidateCollectionAfterDelete } from '../../hooks/revalidateWeb'

/**
 * Uploaded files. Nothing is public until an editor marks it so: an image
 * for a page still in draft must not be readable by anyone who guesses its URL.
 */
export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: 'File', plural: 'Files' },
  admin: { group: 'Sources', defaultColumns: ['filename', 'alt', 'public', 'updatedAt'] },
  access: {
    read: ({ req: { user } }) => (canReadDrafts(user) ? true : { public: { equals: true } }),
    create: staffOnly,
    update: staffOnly,
    delete: publishersOnly,
  },
  // A change to a public file refreshes the pages that show it.
  hooks: { afterChange: [revalidateCollectionAfterChange], afterDelete: [revalidateCollectionAfterDelete] },
  upload: {
    // Local disk by default (git-ignored apps/cms/media); containers mount a volume at MEDIA_DIR.
    staticDir: process.env.MEDIA_DIR ?? path.resolve(process.cwd(), 'media'),
    mimeTypes: ['image/jpeg', 'image/png', 'image/webp', 'image/avif', 'image/gif', 'audio/mpeg', 'audio/ogg', 'application/pdf'],
    imageSizes: [
      { name: 'thumbnail', width: 400, height: 300, position: 'centre' },
      { name: 'card', width: 768, height: undefined },
      { name: 'wide', width: 1600, height: undefined },
      { name: 'og', width: 1200, height: 630, position: 'centre' },
    ],
    adminThumbnail: 'thumbnail',
    focalPoint: true,
  },
  fields: [
    {
      name: 'alt',
      label: 'Alt text',
      type: 'text',
      localized: true,
      maxLength: textLimits.line,
      validate: (value: unknown, { data }: { data: Record<string, unknown> }) => {
        const mimeType = typeof data?.mimeType === 'string' ? data.mimeType : ''
        if (mimeType.startsWith('image/') && (typeof value !== 'string' || value.trim() === '')) {
          return 'Describe the image for people who cannot see it (alt text is required for images).'
        }
        return true
      },
      admin: { description: 'What the image shows, for screen-reader users. Required for images.' },
    },
    { name: 'caption', type: 'textarea', localized: true, maxLength: textLimits.caption },
    { name: 'credit', type: 'text', localized: true, maxLength: textLimits.name },
    {
      name: 'public',
      label: 'Visible to the public',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      admin: { position: 'sidebar', description: 'Tick once the pages that use this file are published.' },
    },
  ],
}
