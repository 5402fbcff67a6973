import type { Access, FieldAccess, PayloadRequest } from 'payload'

/**
 * Staff roles, from most to least powerful.
 * - admin: manages users and settings, edits and publishes everything
 * - editor: edits and publishes content
 * - contributor: edits drafts, can never publish
 */
export const roles = ['admin', 'editor', 'contributor'] as const
export type Role = (typeof roles)[number]

type MaybeUser = PayloadRequest['user']

export const hasRole = (user: MaybeUser, ...allowed: Role[]): boolean => {
  const role = (user as { role?: unknown } | null | undefined)?.role
  return typeof role === 'string' && (allowed as string[]).includes(role)
}

export const isStaff = (user: MaybeUser): boolean => hasRole(user, ...roles)
export const canPublish = (user: MaybeUser): boolean => hasRole(user, 'admin', 'editor')

export const staffOnly: Access = ({ req: { user } }) => isStaff(user)
export const adminsOnly: Access = ({ req: { user } }) => hasRole(user, 'admin')
export const adminsOnlyField: FieldAccess = ({ req: { user } }) => hasRole(user, 'admin')
export const publishersOnly: Access = ({ req: { user } }) => canPublish(user)
