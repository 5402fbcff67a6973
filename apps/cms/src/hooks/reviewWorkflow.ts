import type { CollectionBeforeChangeHook, GlobalBeforeChangeHook, PayloadRequest } from 'payload'
import { ValidationError } from 'payload'

import { canPublish } from '../access/roles'

type Reviewed = { _status?: unknown; reviewStatus?: unknown; reviewNote?: unknown }

function applyReviewRules<T extends Reviewed>(data: T, previous: unknown, req: PayloadRequest, where: { collection?: string; global?: string }): T {
  // A publish ends the review round: the next draft starts again as "being edited".
  if (data._status === 'published') return { ...data, reviewStatus: 'editing', reviewNote: null }
  const before = (previous as Reviewed | undefined)?.reviewStatus
  if (data.reviewStatus === 'changes-requested' && before !== 'changes-requested' && req.user && !canPublish(req.user)) {
    throw new ValidationError({
      ...where,
      errors: [{ path: 'reviewStatus', message: 'Only editors and admins can send a draft back. Choose “Ready for review” when it is done.' }],
    })
  }
  return data
}

export const reviewWorkflow: CollectionBeforeChangeHook = ({ data, originalDoc, req, collection }) =>
  data ? applyReviewRules(data, originalDoc, req, { collection: collection.slug }) : data

export const globalReviewWorkflow: GlobalBeforeChangeHook = ({ data, originalDoc, req, global }) =>
  data ? applyReviewRules(data, originalDoc, req, { global: global.slug }) : data
