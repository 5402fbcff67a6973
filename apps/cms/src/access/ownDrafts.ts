import type { Access, CollectionBeforeChangeHook, CollectionBeforeDeleteHook, Plugin, RelationshipField } from 'payload'
import { APIError } from 'payload'

import { changeEntities } from '../lib/plugins'
import { canPublish, hasRole, staffOnlyField } from './roles'

/** Who made the document: set once when it is created, never changed afterwards (stampCreator). Staff read it. */
const createdByField: RelationshipField = {
  name: 'createdBy',
  label: 'Created by',
  type: 'relationship',
  relationTo: 'users',
  access: { read: staffOnlyField },
  admin: { readOnly: true, position: 'sidebar', condition: (data) => Boolean(data?.createdBy) },
}

// Whatever a request sends for it: the creator on create, the stored value on every later save.
const stampCreator: CollectionBeforeChangeHook = ({ data, operation, originalDoc, req }) => {
  if (operation === 'create') return { ...data, createdBy: req.user?.collection === 'users' ? req.user.id : null }
  const stored = originalDoc?.createdBy
  return { ...data, createdBy: typeof stored === 'object' && stored !== null ? (stored as { id: number }).id : (stored ?? null) }
}

/**
 * Editors and admins delete as before; a contributor may delete a draft they created
 * (a query constraint, so the admin offers Delete only there).
 */
const deleteOwnDrafts =
  (existing: Access): Access =>
  async (args) => {
    const allowed = await existing(args)
    const { user } = args.req
    if (allowed === true || !user || !hasRole(user, 'contributor')) return allowed
    return { and: [{ _status: { equals: 'draft' } }, { createdBy: { equals: user.id } }] }
  }

class PublishedBefore extends APIError {
  constructor() {
    super('This document has been published before, so it has a history on the site: ask an editor to unpublish or delete it.', 403, undefined, true)
  }
}

/** A draft that was once live (then unpublished) is not the contributor's to throw away. */
const onlyNeverPublished: CollectionBeforeDeleteHook = async ({ collection, id, req }) => {
  if (!req.user || canPublish(req.user)) return
  const published = await req.payload.findVersions({
    collection: collection.slug as 'risks',
    where: { and: [{ parent: { equals: id } }, { 'version._status': { equals: 'published' } }] },
    limit: 1,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  if (published.docs.length > 0) throw new PublishedBefore()
}

/** Lets a contributor discard a document they started and nobody has published. */
export const contributorsDiscardOwnDrafts = ({ collections }: { collections: readonly string[] }): Plugin =>
  changeEntities(
    { collections },
    {
      collection: (entity) => ({
        ...entity,
        fields: [...entity.fields, createdByField],
        access: { ...entity.access, delete: deleteOwnDrafts(entity.access?.delete ?? (() => false)) },
        hooks: {
          ...entity.hooks,
          beforeChange: [stampCreator, ...(entity.hooks?.beforeChange ?? [])],
          beforeDelete: [onlyNeverPublished, ...(entity.hooks?.beforeDelete ?? [])],
        },
      }),
    },
  )
