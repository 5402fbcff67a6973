import type { CollectionConfig, GlobalConfig } from 'payload'

import {
  forbidGlobalPublishByContributors,
  forbidPublishByContributors,
  keepContributorsToDrafts,
  keepContributorsToGlobalDrafts,
  publishedOrStaff,
  saveAsRoleAllows,
} from '../access/content'
import { publishersOnly, staffOnly } from '../access/roles'
import { keepEditLockAfterAutosave, keepGlobalEditLockAfterAutosave } from '../hooks/keepEditLock'
import { globalReviewWorkflow, reviewWorkflow } from '../hooks/reviewWorkflow'
import { serializeDocumentSaves, serializeGlobalSaves } from '../hooks/serializeSaves'
import { revalidateCollectionAfterChange, revalidateCollectionAfterDelete, revalidateGlobalAfterChange } from '../hooks/revalidateWeb'
import { publicVersions } from './drafts'

/**
 * What every public collection shares: the public reads published documents
 * only, staff write drafts, only editors and admins publish or delete, and
 * every save is kept as a version, with its place in review (ready, sent
 * back; see fields/review.ts). Public changes (publish, unpublish,
 * delete) ask the web to refresh the pages that show them. Concurrent saves
 * of one document wait for each other (hooks/serializeSaves.ts).
 */
export const editorialWorkflow = {
  access: {
    read: publishedOrStaff,
    readVersions: staffOnly,
    create: saveAsRoleAllows,
    update: saveAsRoleAllows,
    delete: publishersOnly,
  },
  versions: publicVersions,
  hooks: {
    beforeOperation: [keepContributorsToDrafts, serializeDocumentSaves],
    beforeChange: [forbidPublishByContributors, reviewWorkflow],
    afterChange: [revalidateCollectionAfterChange, keepEditLockAfterAutosave],
    afterDelete: [revalidateCollectionAfterDelete],
  },
} satisfies Partial<CollectionConfig>

/** The same rules for the home and site globals. */
export const globalEditorialWorkflow = {
  access: { read: publishedOrStaff, readVersions: staffOnly, update: saveAsRoleAllows },
  versions: publicVersions,
  hooks: {
    beforeOperation: [keepContributorsToGlobalDrafts, serializeGlobalSaves],
    beforeChange: [forbidGlobalPublishByContributors, globalReviewWorkflow],
    afterChange: [revalidateGlobalAfterChange, keepGlobalEditLockAfterAutosave],
  },
} satisfies Partial<GlobalConfig>
