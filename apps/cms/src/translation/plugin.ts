import type { CollectionBeforeChangeHook, CollectionBeforeReadHook, Field, GlobalBeforeChangeHook, GlobalBeforeReadHook, JSONField, Plugin, UIField } from 'payload'

import { staffOnlyField } from '../access/roles'
import { advanceClock, localizedTextPaths, translationStatusOf, type TranslationClock } from './status'

/**
 * `translationStatus`: per language, the texts that show English (see
 * ./status.ts). Read-only and never stored; the public may read it, since it
 * says only which texts are translated.
 */
const translationStatusField: JSONField = {
  name: 'translationStatus',
  type: 'json',
  virtual: true,
  access: { create: () => false, update: () => false },
  admin: { hidden: true },
}

/** When each text last changed, per language: what "out of date" is computed from. Staff read it; nobody writes it. */
const translationClockField: JSONField = {
  name: 'translationClock',
  type: 'json',
  access: { read: staffOnlyField, create: () => false, update: () => false },
  admin: { hidden: true },
}

/** The admin's view of the status: a "Translations" column in lists and a panel in the edit view's sidebar. */
const translationsField: UIField = {
  name: 'translations',
  type: 'ui',
  label: 'Translations',
  admin: {
    position: 'sidebar',
    components: { Cell: '/components/TranslationCell#TranslationCell', Field: '/components/TranslationPanel#TranslationPanel' },
  },
}

type FieldList = Parameters<typeof localizedTextPaths>[0]

const englishSource = '/components/EnglishSource#EnglishSource'
const withSource = new Set(['text', 'textarea', 'richText'])

/** Every translatable text shows its English under it while another language is edited (components/EnglishSource.tsx). */
function withEnglishSource(fields: Field[], inLocalized = false): Field[] {
  return fields.map((field): Field => {
    const localized = inLocalized || ('localized' in field && field.localized === true)
    if (withSource.has(field.type) && localized && 'name' in field) {
      const admin = (field as { admin?: { components?: { afterInput?: unknown[] } } }).admin
      return { ...field, admin: { ...admin, components: { ...admin?.components, afterInput: [...(admin?.components?.afterInput ?? []), englishSource] } } } as Field
    }
    if (field.type === 'tabs') return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: withEnglishSource(tab.fields, localized) })) }
    if ('fields' in field && Array.isArray(field.fields)) return { ...field, fields: withEnglishSource(field.fields, localized) } as Field
    return field
  })
}

const statusHook = (fields: Field[]) => {
  const paths = localizedTextPaths(fields as unknown as FieldList)
  return (({ doc }: { doc: Record<string, unknown> }) => {
    const status = translationStatusOf(doc, paths, doc.translationClock as TranslationClock | null)
    return status ? { ...doc, translationStatus: status } : doc
  }) as CollectionBeforeReadHook & GlobalBeforeReadHook
}

// Stamps the texts a save changes, in the language it saves (never in "all", which no editor uses).
const clockHook = (fields: Field[]) => {
  const paths = localizedTextPaths(fields as unknown as FieldList)
  return (({ data, originalDoc, req }: { data: Record<string, unknown>; originalDoc?: Record<string, unknown>; req: { locale?: string | null; context?: Record<string, unknown> } }) => {
    const locale = req.locale
    if (!locale || locale === 'all') return data
    // A revert to the published texts takes the published clock back too (translation/revertLocale.ts).
    const reverted = req.context?.revertedLocaleClock as { locale: string; clock: Record<string, string> | null } | undefined
    if (reverted && reverted.locale === locale) {
      const { [locale]: _current, ...others } = (originalDoc?.translationClock as TranslationClock | null) ?? {}
      return { ...data, translationClock: reverted.clock ? { ...others, [locale]: reverted.clock } : others }
    }
    const clock = advanceClock(originalDoc?.translationClock as TranslationClock | null, { locale, paths, data, original: originalDoc, now: new Date().toISOString() })
    return clock ? { ...data, translationClock: clock } : data
  }) as CollectionBeforeChangeHook & GlobalBeforeChangeHook
}

/**
 * Adds the translation status to the collections and globals that are pages
 * of the site, whose title or headings show English when untranslated. It
 * runs in `beforeRead`, where every language is still there.
 */
export const translationStatus =
  ({ collections, globals }: { collections: readonly string[]; globals: readonly string[] }): Plugin =>
  (config) => {
    const withStatus = <T extends { slug: string; fields: Field[]; hooks?: { beforeRead?: unknown[]; beforeChange?: unknown[] } }>(entity: T): T => ({
      ...entity,
      fields: [...withEnglishSource(entity.fields), translationsField, translationStatusField, translationClockField],
      hooks: {
        ...entity.hooks,
        beforeChange: [...(entity.hooks?.beforeChange ?? []), clockHook(entity.fields)],
        beforeRead: [...(entity.hooks?.beforeRead ?? []), statusHook(entity.fields)],
      },
    })
    return {
      ...config,
      collections: config.collections?.map((collection) => {
        if (!collections.includes(collection.slug)) return collection
        const columns = collection.admin?.defaultColumns
        // Lists show where each language stands, after the columns the collection chose.
        return { ...withStatus(collection), admin: { ...collection.admin, ...(columns ? { defaultColumns: [...columns, 'translations'] } : {}) } }
      }),
      globals: config.globals?.map((global) => (globals.includes(global.slug) ? withStatus(global) : global)),
    }
  }
