import type { Access, FieldAccess, PayloadRequest } from 'payload'

/**
 * Roles, from most to least powerful.
 * - admin: manages users and settings, edits and publishes everything
 * - editor: edits and publishes content
 * - contributor: edits drafts, can never publish
 * - translator: edits drafts of the texts in the languages assigned to them
 *   (never English, never what every language shares), can never publish
 * - previewer: not a person but the public site's preview credential (an API
 *   key): reads drafts so staff can preview them, writes nothing, and cannot
 *   open the admin
 */
export const staffRoles = ['admin', 'editor', 'contributor', 'translator'] as const
export const roles = [...staffRoles, 'previewer'] as const
export type Role = (typeof roles)[number]

type MaybeUser = PayloadRequest['user']

export const hasRole = (user: MaybeUser, ...allowed: Role[]): boolean => {
  const role = (user as { role?: unknown } | null | undefined)?.role
  return typeof role === 'string' && (allowed as string[]).includes(role)
}

export const isStaff = (user: MaybeUser): boolean => hasRole(user, ...staffRoles)
/** Staff, and the site's preview credential. */
export const canReadDrafts = (user: MaybeUser): boolean => hasRole(user, ...roles)
export const canPublish = (user: MaybeUser): boolean => hasRole(user, 'admin', 'editor')

export const staffOnly: Access = ({ req: { user } }) => isStaff(user)
export const staffOnlyField: FieldAccess = ({ req: { user } }) => isStaff(user)
export const adminsOnly: Access = ({ req: { user } }) => hasRole(user, 'admin')
export const adminsOnlyField: FieldAccess = ({ req: { user } }) => hasRole(user, 'admin')
export const publishersOnly: Access = ({ req: { user } }) => canPublish(user)

/** The languages a translator may edit; null for every other role (their access does not depend on the language). */
export const translatorLanguages = (user: MaybeUser): readonly string[] | null => {
  if (!hasRole(user, 'translator')) return null
  const languages = (user as { languages?: unknown } | null | undefined)?.languages
  return Array.isArray(languages) ? languages.filter((each): each is string => typeof each === 'string') : []
}

export const isTranslator = (user: MaybeUser): boolean => hasRole(user, 'translator')
