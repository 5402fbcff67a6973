// The web app's one door to content: every read goes through the typed
// client of @global-ai-governance/content, over the CMS's public REST API.
import 'server-only'

import { cacheTags, createContentClient } from '@global-ai-governance/content'

import type { Locale } from './locales'

const cmsUrl = process.env.CMS_URL ?? 'http://127.0.0.1:3001'

const client = createContentClient({ baseUrl: cmsUrl, defaultDepth: 0, timeoutMs: 10_000 })

// Cached by tag so a publish can refresh exactly the pages that show it.
const cached = (...tags: string[]) => ({ init: { cache: 'force-cache' as const, next: { tags } } })

const summaryFields = { title: true, slug: true, summary: true, order: true } as const

export async function getHomePageContent(locale: Locale) {
  const [home, site, buildingBlocks, risks, benefits, mediaEntries] = await Promise.all([
    client.global('home', { locale, depth: 1, ...cached(cacheTags.global('home'), cacheTags.collection('citations'), cacheTags.collection('media-entries')) }),
    client.global('site', { locale, ...cached(cacheTags.global('site')) }),
    client.list('building-blocks', { locale, sort: 'order', limit: 100, select: summaryFields, ...cached(cacheTags.collection('building-blocks')) }),
    client.list('risks', { locale, sort: 'order', limit: 100, select: summaryFields, ...cached(cacheTags.collection('risks')) }),
    client.list('benefits', { locale, sort: 'order', limit: 100, select: summaryFields, ...cached(cacheTags.collection('benefits')) }),
    client.list('media-entries', { locale, sort: 'order', limit: 100, ...cached(cacheTags.collection('media-entries')) }),
  ])
  return { home, site, buildingBlocks: buildingBlocks.docs, risks: risks.docs, benefits: benefits.docs, mediaEntries: mediaEntries.docs }
}

export type HomePageContent = Awaited<ReturnType<typeof getHomePageContent>>

export async function getSite(locale: Locale) {
  return client.global('site', { locale, ...cached(cacheTags.global('site')) })
}
