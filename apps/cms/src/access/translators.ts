import { defaultLocale, localeDefinitions } from '@global-ai-governance/content'
import type { Access, CollectionBeforeChangeHook, CollectionBeforeOperationHook, Field, FieldAccess, GlobalBeforeChangeHook, GlobalBeforeOperationHook, Plugin } from 'payload'
import { APIError } from 'payload'

import { changeEntities } from '../lib/plugins'
import { valueAt } from '../translation/status'
import { isTranslator, translatorLanguages } from './roles'

/*
 * Translators: drafts of the texts in their languages, nothing else. The API
 * enforces it (the admin only follows): a save in another language, in
 * English or in every language at once is refused with the reason; fields
 * every language shares (slugs, order, relations, addresses) are read-only to
 * them; they create and delete nothing; publishing is refused as for
 * contributors (access/content.ts).
 */

/** A translator's save outside their languages: their mistake, answered 403 with the reason (logged as info). */
export class TranslatorRefusal extends APIError {
  constructor(message: string) {
    super(message, 403, null, true)
    this.name = 'TranslatorRefusal'
  }
}

const languageName = (code: string) => localeDefinitions.find((each) => each.code === code)?.label ?? code

type OperationArgs = { locale?: unknown; publishSpecificLocale?: unknown; unpublishAllLocales?: unknown } | undefined

const refuseOutsideLanguages = (operation: string, args: OperationArgs, reqLocale: unknown, user: Parameters<typeof translatorLanguages>[0]) => {
  const languages = translatorLanguages(user)
  if (!languages) return
  if (operation === 'create') throw new TranslatorRefusal('Translators translate documents that exist; an editor creates new ones.')
  if (operation === 'delete' || operation === 'deleteByID') throw new TranslatorRefusal('Translators cannot delete documents.')
  // A version holds every language: restoring one rewrites them all.
  if (operation === 'restoreVersion') throw new TranslatorRefusal('Restoring a version changes every language: ask an editor, or use "Revert to published" for your language.')
  if (operation !== 'update' && operation !== 'updateByID') return
  // Payload switches the save's language to publishSpecificLocale after these hooks: never for translators (they do not publish).
  if (args?.publishSpecificLocale || args?.unpublishAllLocales) throw new TranslatorRefusal('Translators save drafts; an editor publishes.')
  const locale = args?.locale ?? reqLocale
  const assigned = languages.map(languageName).join(', ') || 'no language yet (an admin assigns them)'
  if (typeof locale !== 'string' || locale === 'all' || locale === defaultLocale || !languages.includes(locale)) {
    const which = typeof locale === 'string' && locale !== 'all' ? languageName(locale) : 'every language at once'
    throw new TranslatorRefusal(`You translate into ${assigned}. This save is in ${which}: switch the language above the form to one of yours.`)
  }
}

export const keepTranslatorsToTheirLanguages: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  refuseOutsideLanguages(operation, args as OperationArgs, req.locale, req.user)
  return args
}

export const keepTranslatorsToTheirGlobalLanguages: GlobalBeforeOperationHook = ({ args, operation, req }) => {
  refuseOutsideLanguages(operation, args as OperationArgs, req.locale, req.user)
  return args
}

/** Paths of the lists every language shares (not localized, inside no localized field), whose rows hold texts. */
function sharedListPaths(fields: Field[], prefix = ''): string[] {
  return fields.flatMap((field): string[] => {
    if ('localized' in field && field.localized) return []
    if (field.type === 'tabs') return field.tabs.flatMap((tab) => sharedListPaths(tab.fields, 'name' in tab && tab.name ? `${prefix}${tab.name}.` : prefix))
    if ((field.type === 'array' || field.type === 'blocks') && 'name' in field) return hasLocalized(field) ? [`${prefix}${field.name}`] : []
    if (field.type === 'group' && 'name' in field && field.name) return sharedListPaths(field.fields, `${prefix}${field.name}.`)
    if ('fields' in field && Array.isArray(field.fields)) return sharedListPaths(field.fields, prefix)
    return []
  })
}

const rowIds = (value: unknown, path: string): string | undefined => {
  const rows = valueAt(value, path)
  return Array.isArray(rows) ? rows.map((row) => (row && typeof row === 'object' ? String((row as { id?: unknown }).id ?? '') : '')).join(',') : undefined
}

/**
 * A list every language shares (an initiative's sources) keeps its rows when
 * a translator saves: adding, removing or reordering rows would change every
 * language. Their texts inside the rows are theirs to translate.
 */
const keepSharedRows = (fields: Field[]) => {
  const paths = sharedListPaths(fields)
  return (({ data, originalDoc, req }: { data: Record<string, unknown>; originalDoc?: Record<string, unknown>; req: { user?: unknown } }) => {
    if (!isTranslator(req.user as Parameters<typeof isTranslator>[0]) || !originalDoc) return data
    for (const path of paths) {
      const sent = rowIds(data, path)
      if (sent !== undefined && sent !== rowIds(originalDoc, path)) {
        throw new TranslatorRefusal(`The rows of "${path}" are the same in every language: translate their texts, and ask an editor to add, remove or reorder rows.`)
      }
    }
    return data
  }) as CollectionBeforeChangeHook & GlobalBeforeChangeHook
}

/** Creating is for editors, contributors and admins; translators work on what exists. */
export const notForTranslators =
  (access: Access): Access =>
  (args) =>
    isTranslator(args.req.user) ? false : access(args)

const sharedFieldAccess =
  (existing?: FieldAccess): FieldAccess =>
  (args) =>
    isTranslator(args.req.user) ? false : existing ? existing(args) : true

// What a translator may still set on any document: where it stands in review.
const reviewFieldNames = new Set(['reviewStatus', 'reviewNote'])

const hasLocalized = (field: Field): boolean =>
  ('localized' in field && field.localized === true) ||
  ('fields' in field && Array.isArray(field.fields) && field.fields.some(hasLocalized)) ||
  ('tabs' in field && field.tabs.some((tab) => tab.fields.some(hasLocalized))) ||
  ('blocks' in field && Array.isArray(field.blocks) && field.blocks.some((block) => typeof block === 'object' && block.fields.some(hasLocalized)))

/** Every field that is the same in all languages becomes read-only to translators (containers of texts stay open). */
export function sharedFieldsReadOnlyToTranslators(fields: Field[]): Field[] {
  return fields.map((field): Field => {
    if ('localized' in field && field.localized) return field
    if ('name' in field && reviewFieldNames.has(field.name)) return field
    if ('virtual' in field && field.virtual) return field
    if (field.type === 'tabs') return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: sharedFieldsReadOnlyToTranslators(tab.fields) })) }
    if (hasLocalized(field)) {
      if (field.type === 'blocks') return field
      if ('fields' in field) return { ...field, fields: sharedFieldsReadOnlyToTranslators(field.fields) } as Field
      return field
    }
    if (field.type === 'ui') return field
    if (!('name' in field)) {
      return 'fields' in field ? ({ ...field, fields: sharedFieldsReadOnlyToTranslators(field.fields) } as Field) : field
    }
    const access = 'access' in field ? field.access : undefined
    return { ...field, access: { ...access, update: sharedFieldAccess(access?.update) } } as Field
  })
}

/** Applies the translator rules to the collections and globals staff edit. */
export const translatorAccess = (scope: { collections: readonly string[]; globals: readonly string[] }): Plugin =>
  changeEntities(scope, {
    collection: (entity) => ({
      ...entity,
      fields: sharedFieldsReadOnlyToTranslators(entity.fields),
      access: { ...entity.access, create: notForTranslators(entity.access?.create ?? (() => true)), delete: notForTranslators(entity.access?.delete ?? (() => true)) },
      hooks: {
        ...entity.hooks,
        beforeOperation: [keepTranslatorsToTheirLanguages, ...(entity.hooks?.beforeOperation ?? [])],
        beforeChange: [keepSharedRows(entity.fields), ...(entity.hooks?.beforeChange ?? [])],
      },
    }),
    global: (entity) => ({
      ...entity,
      fields: sharedFieldsReadOnlyToTranslators(entity.fields),
      hooks: {
        ...entity.hooks,
        beforeOperation: [keepTranslatorsToTheirGlobalLanguages, ...(entity.hooks?.beforeOperation ?? [])],
        beforeChange: [keepSharedRows(entity.fields), ...(entity.hooks?.beforeChange ?? [])],
      },
    }),
  })
