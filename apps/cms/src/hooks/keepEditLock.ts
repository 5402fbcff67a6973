import type { CollectionAfterChangeHook, GlobalAfterChangeHook, PayloadRequest } from 'payload'

import { isStaff } from '../access/roles'

/*
 * Document locking with autosave. Payload removes a document's edit lock on
 * every save, autosave included (payloadcms/payload#11604), so with drafts
 * saving themselves every few seconds a second editor would never be told
 * that someone is working on the document. After an autosave by a staff
 * member, this puts that editor's lock back, exactly as the admin's form
 * state creates it; a real save (publish, "save draft") still releases it.
 */
const isAutosave = (req: PayloadRequest) => {
  const flag = (req.query as Record<string, unknown> | undefined)?.autosave
  return flag === true || flag === 'true'
}

async function relock(req: PayloadRequest, target: { document: { relationTo: string; value: number | string } } | { globalSlug: string }) {
  if (!req.user || !isStaff(req.user) || !isAutosave(req)) return
  if (!req.payload.collections['payload-locked-documents']) return
  await req.payload.db.create({
    collection: 'payload-locked-documents',
    data: { ...target, user: { relationTo: req.user.collection, value: req.user.id } },
    req,
    returning: false,
  })
}

export const keepEditLockAfterAutosave: CollectionAfterChangeHook = async ({ doc, collection, req }) => {
  if (collection.lockDocuments !== false) await relock(req, { document: { relationTo: collection.slug, value: doc.id } })
  return doc
}

export const keepGlobalEditLockAfterAutosave: GlobalAfterChangeHook = async ({ doc, global, req }) => {
  if (global.lockDocuments !== false) await relock(req, { globalSlug: global.slug })
  return doc
}
