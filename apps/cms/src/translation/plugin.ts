import type { CollectionBeforeReadHook, Field, GlobalBeforeReadHook, JSONField, Plugin } from 'payload'

import { localizedTextPaths, translationStatusOf } from './status'

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

type FieldList = Parameters<typeof localizedTextPaths>[0]

const statusHook = (fields: Field[]) => {
  const paths = localizedTextPaths(fields as unknown as FieldList)
  return (({ doc }: { doc: Record<string, unknown> }) => {
    const status = translationStatusOf(doc, paths)
    return status ? { ...doc, translationStatus: status } : doc
  }) as CollectionBeforeReadHook & GlobalBeforeReadHook
}

/**
 * Adds the translation status to the collections and globals that are pages
 * of the site, whose title or headings show English when untranslated. It
 * runs in `beforeRead`, where every language is still there.
 */
export const translationStatus =
  ({ collections, globals }: { collections: readonly string[]; globals: readonly string[] }): Plugin =>
  (config) => {
    const withStatus = <T extends { slug: string; fields: Field[]; hooks?: { beforeRead?: unknown[] } }>(entity: T): T => ({
      ...entity,
      fields: [...entity.fields, translationStatusField],
      hooks: { ...entity.hooks, beforeRead: [...(entity.hooks?.beforeRead ?? []), statusHook(entity.fields)] },
    })
    return {
      ...config,
      collections: config.collections?.map((collection) => (collections.includes(collection.slug) ? withStatus(collection) : collection)),
      globals: config.globals?.map((global) => (globals.includes(global.slug) ? withStatus(global) : global)),
    }
  }
