import { isLocale, type Locale } from '@global-ai-governance/content'
import type { Endpoint, FlattenedField, PayloadRequest, Plugin } from 'payload'

import { changeEntities } from '../lib/plugins'

/*
 * "Revert this language to published": the language's texts go back to what
 * is published, in a new DRAFT version. Nothing is published, and no other
 * language changes.
 *
 * Payload's own "Revert to published" reads the published document in one
 * language and saves it back as a publish. Texts that language never had
 * published are missing from what it reads, so the save took them from the
 * latest draft: the language's unpublished draft went live. This reverts by
 * naming every text of the language, null where nothing is published.
 */

type Data = Record<string, unknown>
type Row = Data & { id?: string | null; blockType?: string }

const hasLocalized = (fields: readonly FlattenedField[]): boolean =>
  fields.some((field) => field.localized || ('flattenedFields' in field && hasLocalized(field.flattenedFields)) || ('blocks' in field && field.blocks.some((block) => hasLocalized(block.flattenedFields))))

const subfields = (field: FlattenedField, row: Row): readonly FlattenedField[] => {
  if ('blocks' in field) return field.blocks.find((block) => block.slug === row.blockType)?.flattenedFields ?? []
  return 'flattenedFields' in field ? field.flattenedFields : []
}

/**
 * The data that puts one language's texts back to `published` over the latest
 * `draft`: every localized field as published (null where it never was), and
 * the draft's rows of shared lists (their order, ids and shared fields kept),
 * each with its localized fields as published in the row of the same id.
 */
export function publishedTextsOf(fields: readonly FlattenedField[], published: Data | null | undefined, draft: Data | null | undefined): Data {
  const data: Data = {}
  for (const field of fields) {
    if (!('name' in field) || !hasLocalized([field])) continue
    if (field.localized) {
      data[field.name] = published?.[field.name] ?? null
    } else if (field.type === 'group' || field.type === 'tab') {
      data[field.name] = publishedTextsOf(field.flattenedFields, published?.[field.name] as Data | undefined, draft?.[field.name] as Data | undefined)
    } else if (field.type === 'array' || field.type === 'blocks') {
      const publishedRows = (published?.[field.name] as Row[] | null | undefined) ?? []
      data[field.name] = ((draft?.[field.name] as Row[] | null | undefined) ?? []).map((row) => {
        const twin = publishedRows.find((each) => each.id === row.id)
        return { ...row, ...publishedTextsOf(subfields(field, row), twin, row) }
      })
    }
  }
  return data
}

type Target = { collection: string; id: string } | { global: string }

/**
 * The texts go back to what is published, and so does the language's clock:
 * a reverted translation is as old as the published one, not "saved now"
 * (which would hide that the English changed since). translation/plugin.ts reads it.
 */
const markRevert = (req: PayloadRequest, published: Data, locale: Locale) => {
  const clock = (published.translationClock as Record<string, Record<string, string>> | null | undefined)?.[locale] ?? null
  req.context = { ...req.context, revertedLocaleClock: { locale, clock } }
}

const refuse = (status: number, message: string) => Response.json({ errors: [{ message }] }, { status, headers: { 'Cache-Control': 'no-store' } })

async function revert(req: PayloadRequest, target: Target): Promise<Response> {
  const { payload, user } = req
  if (!user) return refuse(401, 'Sign in to revert a language.')
  let locale: unknown
  try {
    locale = ((await req.json?.()) as { locale?: unknown } | undefined)?.locale
  } catch {
    return refuse(400, 'Send JSON: {"locale": "fr"}.')
  }
  if (typeof locale !== 'string' || !isLocale(locale)) return refuse(400, `Say which language to revert: one of en, fr, es, ar, zh, ru (got ${JSON.stringify(locale ?? null)}).`)
  const language = locale as Locale
  const read = { locale: language, fallbackLocale: false as const, depth: 0, req, overrideAccess: false, user }

  if ('global' in target) {
    const config = payload.globals.config.find((each) => each.slug === target.global)
    if (!config) return refuse(404, 'Not Found')
    const slug = target.global as Parameters<typeof payload.findGlobal>[0]['slug']
    const [published, draft] = (await Promise.all([payload.findGlobal({ ...read, slug, draft: false }), payload.findGlobal({ ...read, slug, draft: true })])) as unknown as [Data, Data]
    if (published._status !== 'published') return refuse(409, 'This page has never been published: there is nothing to revert to.')
    const data = { ...publishedTextsOf(config.flattenedFields, published, draft), _status: 'draft' }
    markRevert(req, published, language)
    const result = await payload.updateGlobal({ ...read, slug, draft: true, data } as Parameters<typeof payload.updateGlobal>[0])
    return Response.json({ message: `Reverted ${language} to the published text, as a draft.`, result }, { headers: { 'Cache-Control': 'no-store' } })
  }

  const collection = payload.collections[target.collection as keyof typeof payload.collections]
  if (!collection) return refuse(404, 'Not Found')
  const slug = target.collection as Parameters<typeof payload.findByID>[0]['collection']
  let published: Data
  let draft: Data
  try {
    ;[published, draft] = (await Promise.all([payload.findByID({ ...read, collection: slug, id: target.id, draft: false }), payload.findByID({ ...read, collection: slug, id: target.id, draft: true })])) as unknown as [Data, Data]
  } catch (error) {
    if ((error as { status?: number }).status === 404) return refuse(404, 'Not Found')
    throw error
  }
  if (published._status !== 'published') return refuse(409, 'This document has never been published: there is nothing to revert to.')
  const data = { ...publishedTextsOf(collection.config.flattenedFields, published, draft), _status: 'draft' }
  markRevert(req, published, language)
  const doc = await payload.update({ ...read, collection: slug, id: target.id, draft: true, data } as Parameters<typeof payload.update>[0])
  return Response.json({ message: `Reverted ${language} to the published text, as a draft.`, doc }, { headers: { 'Cache-Control': 'no-store' } })
}

/** `POST /api/<collection>/<id>/revert-locale` with `{"locale": "fr"}`. Staff only; the document's update access decides. */
export const revertLocaleEndpoint = (collection: string): Endpoint => ({
  path: '/:id/revert-locale',
  method: 'post',
  handler: async (req) => revert(req, { collection, id: String((req.routeParams as { id?: unknown } | undefined)?.id ?? '') }),
})

/** `POST /api/globals/<global>/revert-locale` with `{"locale": "fr"}`. */
export const revertGlobalLocaleEndpoint = (global: string): Endpoint => ({
  path: '/revert-locale',
  method: 'post',
  handler: async (req) => revert(req, { global }),
})

const statusComponent = '/components/LanguageStatus#LanguageStatus'

/**
 * Adds the endpoints to the collections and globals whose texts are
 * translated, and puts the admin's status line with a per-language revert in
 * place of Payload's.
 */
export const revertLocale = (scope: { collections: readonly string[]; globals: readonly string[] }): Plugin =>
  changeEntities(scope, {
    collection: (entity) => ({
      ...entity,
      endpoints: [...(entity.endpoints || []), revertLocaleEndpoint(entity.slug)],
      admin: { ...entity.admin, components: { ...entity.admin?.components, edit: { ...entity.admin?.components?.edit, Status: statusComponent } } },
    }),
    global: (entity) => ({
      ...entity,
      endpoints: [...(entity.endpoints || []), revertGlobalLocaleEndpoint(entity.slug)],
      admin: { ...entity.admin, components: { ...entity.admin?.components, elements: { ...entity.admin?.components?.elements, Status: statusComponent } } },
    }),
  })

