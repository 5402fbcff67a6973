import type { CollectionConfig, GlobalConfig } from 'payload'

import {
  forbidGlobalPublishByContributors,
  forbidPublishByContributors,
  publishedOrStaff,
  saveAsRoleAllows,
} from '../access/content'
import { publishersOnly, staffOnly } from '../access/roles'
import { revalidateCollectionAfterChange, revalidateCollectionAfterDelete, revalidateGlobalAfterChange } from '../hooks/revalidateWeb'
import { publicVersions } from './drafts'

/**
 * What every public collection shares: the public reads published documents
 * only, staff write drafts, only editors and admins publish or delete, and
 * every save is kept as a version. Public changes (publish, unpublish,
 * delete) ask the web to refresh the pages that show them.
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
    beforeChange: [forbidPublishByContributors],
    afterChange: [revalidateCollectionAfterChange],
    afterDelete: [revalidateCollectionAfterDelete],
  },
} satisfies Partial<CollectionConfig>

/** The same rules for the home and site globals. */
export const globalEditorialWorkflow = {
  access: { read: publishedOrStaff, readVersions: staffOnly, update: saveAsRoleAllows },
  versions: publicVersions,
  hooks: { beforeChange: [forbidGlobalPublishByContributors], afterChange: [revalidateGlobalAfterChange] },
} satisfies Partial<GlobalConfig>
