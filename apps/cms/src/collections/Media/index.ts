import fs from 'node:fs/promises'
import path from 'node:path'

import { textLimits } from '@global-ai-governance/content'
import type { CollectionAfterErrorHook, CollectionConfig } from 'payload'

import { canReadDrafts, publishersOnly, staffOnly } from '../../access/roles'
import { notForTranslators } from '../../access/translators'
import { revalidateCollectionAfterChange, revalidateCollectionAfterDelete } from '../../hooks/revalidateWeb'
import { mediaBucket } from '../../lib/mediaBucket'

// Local disk by default (git-ignored apps/cms/media); containers mount a volume at MEDIA_DIR.
const staticDir = process.env.MEDIA_DIR ?? path.resolve(process.cwd(), 'media')

const noSuchFile = (filename: unknown) => ({ errors: [{ message: `There is no file "${String(filename)}".` }] })

// What fs says for a name that cannot be a file here: none, a folder on the way, too long, a NUL in it.
const notAFile = new Set(['ENOENT', 'ENOTDIR', 'ENAMETOOLONG', 'ERR_INVALID_ARG_VALUE', 'ERR_INVALID_ARG_TYPE'])

/**
 * GET /api/media/file/<name> for a name with no file on disk (never uploaded, or
 * its document deleted): a 404 that says so. Payload would answer 500
 * "Something went wrong." to anyone allowed to read every file (staff).
 * Runs after Payload's access check; a file that is there is served by Payload.
 */
const missingFileIsNotFound = async (filename: string): Promise<Response | undefined> => {
  // (turbopackIgnore: the uploads folder is data, not code the build should trace.)
  const folder = path.resolve(/*turbopackIgnore: true*/ staticDir)
  const filePath = path.resolve(/*turbopackIgnore: true*/ folder, filename)
  // Payload refuses names that leave the folder (400); leave those to it.
  if (!filePath.startsWith(folder + path.sep)) return undefined
  const notFound = () => Response.json(noSuchFile(filename), { status: 404, headers: { 'Cache-Control': 'no-store' } })
  try {
    return (await fs.stat(/*turbopackIgnore: true*/ filePath)).isFile() ? undefined : notFound()
  } catch (error) {
    if (notAFile.has((error as NodeJS.ErrnoException).code ?? '')) return notFound()
    throw error
  }
}

/**
 * Errors of GET /api/media/file/<name> that are the address's fault:
 * - To anyone who may not read every file, Payload answers 403 for a file
 *   address whose document it cannot find, whether there is none or it is not
 *   public: both become the same 404, so the answer neither suggests that a
 *   private file exists nor calls a missing one forbidden.
 */
const fileAddressErrors: CollectionAfterErrorHook = ({ error, req }) => {
  const filename = req.routeParams?.filename
  if (typeof filename !== 'string') return
  const status = (error as { status?: unknown }).status
  if (status === 403) return { status: 404, response: noSuchFile(filename) }
}

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
    // Translators translate texts; files (and whether one is public) are for the rest of the staff.
    create: notForTranslators(staffOnly),
    update: notForTranslators(staffOnly),
    delete: publishersOnly,
  },
  // A change to a public file refreshes the pages that show it.
  hooks: {
    afterChange: [revalidateCollectionAfterChange],
    afterDelete: [revalidateCollectionAfterDelete],
    afterError: [fileAddressErrors],
  },
  upload: {
    staticDir,
    // A handler that answers nothing lets Payload serve the file (Payload's type wants Promise<void> for that).
    // With a bucket (lib/mediaStorage.ts) the storage plugin's handler answers, 404 included.
    handlers: mediaBucket() ? [] : [(_req, { params }) => missingFileIsNotFound(params.filename) as Promise<void>],
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
