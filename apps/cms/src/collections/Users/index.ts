import { defaultLocale, localeDefinitions } from '@global-ai-governance/content'
import type { Access, CollectionBeforeChangeHook, CollectionConfig } from 'payload'

import { adminsOnly, adminsOnlyField, hasRole, isStaff, roles } from '../../access/roles'
import { previewUserAfterFirstStaff } from '../../lib/previewUser'

// The preview credential changes nothing, its own record included (its key, its email).
const adminsOrStaffSelf: Access = ({ req: { user } }) => {
  if (!isStaff(user)) return false
  if (hasRole(user, 'admin')) return true
  return { id: { equals: user!.id } }
}

// Staff see their own record; admins see everyone. Anonymous requests see nobody.
const adminsOrSelf: Access = ({ req: { user } }) => {
  if (!user) return false
  if (hasRole(user, 'admin')) return true
  return { id: { equals: user.id } }
}

// The account created on the first-run screen must be able to manage the others.
const firstUserIsAdmin: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const { totalDocs } = await req.payload.count({ collection: 'users', req, overrideAccess: true })
  return totalDocs === 0 ? { ...data, role: 'admin' } : data
}

export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: 'Staff member', plural: 'Staff' },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'email', 'role'], group: 'Settings' },
  auth: {
    maxLoginAttempts: 5,
    lockTime: 15 * 60 * 1000,
    tokenExpiration: 8 * 60 * 60,
    // The public site's preview reads drafts with a key of its own (a "previewer" user), never an editor's session.
    useAPIKey: true,
    cookies: { sameSite: 'Lax', secure: process.env.NODE_ENV === 'production' && process.env.COOKIE_SECURE !== 'false' },
  },
  access: {
    // The admin panel is for staff; the preview credential only reads through the API.
    admin: ({ req: { user } }) => isStaff(user),
    read: adminsOrSelf,
    create: adminsOnly,
    update: adminsOrStaffSelf,
    delete: adminsOnly,
    unlock: adminsOnly,
  },
  hooks: { beforeChange: [firstUserIsAdmin], afterChange: [previewUserAfterFirstStaff] },
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 120 },
    {
      name: 'role',
      type: 'select',
      required: true,
      defaultValue: 'contributor',
      saveToJWT: true,
      options: roles.map((role) => ({ label: role[0]!.toUpperCase() + role.slice(1), value: role })),
      access: { create: adminsOnlyField, update: adminsOnlyField },
      admin: {
        position: 'sidebar',
        description:
          'Admin: staff and settings. Editor: edit and publish. Contributor: edit drafts only. Translator: edit drafts of the texts in their languages only. Previewer: the public site’s preview key (reads drafts, cannot sign in to the admin or change anything).',
      },
    },
    {
      name: 'languages',
      label: 'Languages they translate into',
      type: 'select',
      hasMany: true,
      saveToJWT: true,
      options: localeDefinitions.filter(({ code }) => code !== defaultLocale).map(({ code, label }) => ({ label, value: code })),
      access: { create: adminsOnlyField, update: adminsOnlyField },
      admin: { position: 'sidebar', condition: (data) => data?.role === 'translator', description: 'A translator edits drafts in these languages only; editors publish them.' },
      validate: (value: unknown, { siblingData }: { siblingData?: { role?: unknown } }) =>
        siblingData?.role === 'translator' && (!Array.isArray(value) || value.length === 0) ? 'Choose at least one language this translator works in.' : true,
    },
  ],
}
