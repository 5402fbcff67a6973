import type { Access, CollectionBeforeChangeHook, CollectionBeforeOperationHook, GlobalBeforeChangeHook, GlobalBeforeOperationHook } from 'payload'
import { Forbidden } from 'payload'

import { canPublish, canReadDrafts, isStaff } from './roles'

/**
 * Anonymous readers see published documents only. `read: () => true` on a
 * collection with drafts would hand unpublished drafts to anyone, also with
 * `?draft=true`, so the rule is a query constraint rather than a yes. Staff and
 * the site's preview credential read drafts.
 */
export const publishedOrStaff: Access = ({ req: { user } }) => {
  if (canReadDrafts(user)) return true
  return { _status: { equals: 'published' } }
}

/**
 * Staff may save; only editors and admins may publish. A contributor's write
 * must say it is a draft: a PATCH without `_status` on a published document
 * would otherwise change the live text. Without data (the admin asking what
 * the user may do in general) the answer is yes, so the form stays editable.
 */
export const saveAsRoleAllows: Access = ({ req: { user }, data }) => {
  if (!isStaff(user)) return false
  if (canPublish(user) || data === undefined) return true
  return (data as { _status?: unknown })._status === 'draft'
}

// No user means trusted server code (seed, scheduled publish jobs); anonymous
// API requests never get this far because the access rule refuses them.
const refuseContributorPublish = (status: unknown, user: Parameters<typeof canPublish>[0]) => {
  if (status === 'published' && user && !canPublish(user)) {
    throw new Forbidden()
  }
}

/** Second line behind the access rule, on the merged data Payload is about to write. */
export const forbidPublishByContributors: CollectionBeforeChangeHook = ({ data, req }) => {
  refuseContributorPublish(data?._status, req.user)
  return data
}

export const forbidGlobalPublishByContributors: GlobalBeforeChangeHook = ({ data, req }) => {
  refuseContributorPublish(data?._status, req.user)
  return data
}

/*
 * A contributor's change always goes into a draft version (`?draft=true`, what the
 * admin's Save draft and autosave send). A plain update writes the live row, so
 * `{"_status":"draft"}` without it unpublished a live page: the one status change
 * the publish check above does not see.
 */
const refuseContributorLiveWrite = (operation: string, draft: unknown, user: Parameters<typeof canPublish>[0]) => {
  // Restoring a version writes the live row too, unless it is restored as a draft.
  if ((operation === 'update' || operation === 'restoreVersion') && user && isStaff(user) && !canPublish(user) && draft !== true) {
    throw new Forbidden()
  }
}

export const keepContributorsToDrafts: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  refuseContributorLiveWrite(operation, (args as { draft?: unknown } | undefined)?.draft, req.user)
  return args
}

export const keepContributorsToGlobalDrafts: GlobalBeforeOperationHook = ({ args, operation, req }) => {
  refuseContributorLiveWrite(operation, (args as { draft?: unknown } | undefined)?.draft, req.user)
  return args
}
