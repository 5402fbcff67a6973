import { randomBytes } from 'node:crypto'

import type { CollectionAfterChangeHook, Payload, PayloadRequest } from 'payload'

import { staffRoles } from '../access/roles'

export const PREVIEW_USER_EMAIL = 'site-preview@example.org'

/**
 * The public site's preview credential: a "previewer" user whose API key is
 * `apiKey`, the PREVIEW_API_KEY both apps are given. Creates it, or gives the
 * existing one this key; touches no other user. Run as the CMS starts, so one
 * generated secret in the environment is all an operator sets up.
 */
export async function ensurePreviewUser(payload: Payload, apiKey: string, req?: Partial<PayloadRequest>): Promise<'created' | 'updated' | 'unchanged'> {
  if (apiKey.length < 32) throw new Error('The preview API key must be at least 32 characters.')
  // The stored key is encrypted: ask Payload whether this key already signs in as the preview user.
  const signsIn = async () => {
    const { user } = await payload.auth({ headers: new Headers({ authorization: `users API-Key ${apiKey}` }) })
    return user?.email === PREVIEW_USER_EMAIL && user.role === 'previewer'
  }
  if (await signsIn()) return 'unchanged'
  const { docs } = await payload.find({
    collection: 'users',
    where: { email: { equals: PREVIEW_USER_EMAIL } },
    overrideAccess: true,
    limit: 1,
    req,
  })
  const existing = docs[0]
  const data = { role: 'previewer' as const, enableAPIKey: true, apiKey }
  if (existing) {
    await payload.update({ collection: 'users', id: existing.id, data, overrideAccess: true, req })
    return 'updated'
  }
  try {
    await payload.create({
      collection: 'users',
      overrideAccess: true,
      // Nobody signs in as this user: the password is random and never shown.
      data: { ...data, email: PREVIEW_USER_EMAIL, name: 'Public site preview', password: randomBytes(24).toString('base64url') },
      req,
    })
  } catch (error) {
    // Another CMS instance, starting at the same moment, created it first (its email is unique).
    if (await signsIn()) return 'unchanged'
    throw error
  }
  return 'created'
}

const countStaff = async (payload: Payload, req?: Partial<PayloadRequest>) =>
  (await payload.count({ collection: 'users', where: { role: { in: [...staffRoles] } }, overrideAccess: true, req })).totalDocs

async function setUpPreviewUser(payload: Payload, apiKey: string, req?: Partial<PayloadRequest>) {
  const outcome = await ensurePreviewUser(payload, apiKey, req)
  if (outcome !== 'unchanged') payload.logger.info(`Preview user ${PREVIEW_USER_EMAIL}: ${outcome}`)
}

/**
 * With PREVIEW_API_KEY set, makes sure its user exists, but only once a staff
 * member does: before that the admin must offer its "create the first user"
 * screen, which a preview user would hide.
 */
export async function ensurePreviewUserFromEnvironment(payload: Payload, req?: Partial<PayloadRequest>): Promise<void> {
  const apiKey = process.env.PREVIEW_API_KEY
  if (apiKey && (await countStaff(payload, req)) > 0) await setUpPreviewUser(payload, apiKey, req)
}

/** The first staff account also brings the preview user into being (later ones leave it alone). */
export const previewUserAfterFirstStaff: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  const apiKey = process.env.PREVIEW_API_KEY
  if (operation !== 'create' || doc.role === 'previewer' || !apiKey) return doc
  if ((await countStaff(req.payload, req)) === 1) await setUpPreviewUser(req.payload, apiKey, req)
  return doc
}
