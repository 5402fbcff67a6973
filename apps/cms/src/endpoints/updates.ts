import { isLocale, isSlug, updatedCollections, type UpdatedCollection } from '@global-ai-governance/content'
import type { Endpoint } from 'payload'

const noStore = { 'Cache-Control': 'no-store' }
const cacheable = { 'Cache-Control': 'public, max-age=60' }

type Version = { updatedAt: string; version?: { changeNote?: string | null; _status?: string } }

/**
 * The published versions of one version's notes, newest first; a note kept
 * unchanged across several publishes counts once, at its first publication.
 */
export function updatesFrom(versions: Version[]): { publishedAt: string; note: string }[] {
  const oldestFirst = [...versions].sort((a, b) => a.updatedAt.localeCompare(b.updatedAt))
  const updates: { publishedAt: string; note: string }[] = []
  let previous: string | null = null
  for (const entry of oldestFirst) {
    const note = entry.version?.changeNote?.trim() || null
    if (note && note !== previous) updates.push({ publishedAt: new Date(entry.updatedAt).toISOString(), note })
    previous = note
  }
  return updates.reverse()
}

/**
 * `GET /api/updates/<collection>/<slug>?locale=…`: what a page shows under
 * "Last updated" and "Show all updates". Versions are staff-only in the REST
 * API; this answers only for a published document, with only the date and
 * note of its published versions — never a draft, a review note or an author.
 */
export const updatesEndpoint: Endpoint = {
  path: '/updates/:collection/:slug',
  method: 'get',
  handler: async (req) => {
    const { collection, slug } = (req.routeParams ?? {}) as { collection?: string; slug?: string }
    const locale = new URL(req.url ?? '', 'http://localhost').searchParams.get('locale') ?? 'en'
    if (!updatedCollections.includes(collection as UpdatedCollection)) {
      return Response.json({ errors: [{ message: `No public updates for "${String(collection)}". Use one of: ${updatedCollections.join(', ')}.` }] }, { status: 404, headers: noStore })
    }
    if (!isLocale(locale)) return Response.json({ errors: [{ message: `Unknown locale "${locale}".` }] }, { status: 400, headers: noStore })
    if (!isSlug(slug)) return Response.json({ errors: [{ message: 'Not Found' }] }, { status: 404, headers: noStore })
    const target = collection as UpdatedCollection

    // As the visitor: published documents only (the collection's read access decides).
    const found = await req.payload.find({
      collection: target,
      where: { slug: { equals: slug } },
      limit: 1,
      depth: 0,
      locale,
      // No user: exactly what an anonymous visitor may read.
      overrideAccess: false,
      select: { updatedAt: true },
    })
    const doc = found.docs[0] as { id: number; updatedAt: string } | undefined
    if (!doc) return Response.json({ errors: [{ message: 'Not Found' }] }, { status: 404, headers: noStore })

    const versions = await req.payload.findVersions({
      collection: target,
      where: { and: [{ parent: { equals: doc.id } }, { 'version._status': { equals: 'published' } }] },
      sort: '-updatedAt',
      limit: 500,
      depth: 0,
      locale,
      overrideAccess: true,
      select: { updatedAt: true, version: { changeNote: true, _status: true } },
    } as Parameters<typeof req.payload.findVersions>[0])
    return Response.json(
      { collection: target, slug, lastUpdated: new Date(doc.updatedAt).toISOString(), updates: updatesFrom(versions.docs as unknown as Version[]) },
      { headers: cacheable },
    )
  },
}
