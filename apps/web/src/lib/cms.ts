// The web app's one door to content: every read goes through the typed
// client of @global-ai-governance/content, over the CMS's public REST API.
import 'server-only'

import {
  ContentNotFoundError,
  ContentRequestError,
  createContentClient,
  isSlug,
  populatedFields,
  readTags,
  searchLimits,
  showsEnglish,
  type Locale,
  type ReadTarget,
  type SearchResult,
  type TranslationStatus,
} from '@global-ai-governance/content'
import { draftMode } from 'next/headers'

const cmsUrl = process.env.CMS_URL ?? 'http://127.0.0.1:3001'

const client = createContentClient({ baseUrl: cmsUrl, defaultDepth: 0, timeoutMs: 10_000 })

// Cached by tag so a publish can refresh exactly the pages that show it
// (packages/content invalidation.ts decides which tags each read carries).
const cached = (target: ReadTarget) => ({ init: { cache: 'force-cache' as const, next: { tags: readTags(target) } } })

/*
 * Draft preview. Staff who opened a signed preview link have Next's draft mode
 * on; their pages read the latest drafts with the site's own read-only preview
 * key (PREVIEW_API_KEY, a "previewer" user in the CMS), never an editor's
 * session, and never through the shared cache.
 */
const previewApiKey = process.env.PREVIEW_API_KEY
const previewClient = previewApiKey ? createContentClient({ baseUrl: cmsUrl, defaultDepth: 0, timeoutMs: 10_000, apiKey: previewApiKey }) : null

/** True while this request is a staff member's draft preview. */
export async function isPreview(): Promise<boolean> {
  if (!previewClient) return false
  try {
    return (await draftMode()).isEnabled
  } catch {
    // Outside a request (build time, unit tests): never a preview.
    return false
  }
}

/** Where this request reads from: published and cached for visitors; the latest drafts, uncached, in a preview. */
async function source(target: ReadTarget) {
  if (previewClient && (await isPreview())) return { api: previewClient, options: { draft: true, init: { cache: 'no-store' as const } } }
  return { api: client, options: cached(target) }
}

// Every read that shows a title and summary also asks which of them show English (the CMS computes it).
const summaryFields = { ...populatedFields['building-blocks'], translationStatus: true } as const

// Pages name a group only by its title and description: a populated share image would be a whole media document.
const seoFields = { title: true, description: true } as const


/** True when the document's title or summary shows the English text in `locale` (its page says so). */
export const isUntranslated = (doc: { translationStatus?: TranslationStatus | null }, locale: Locale): boolean =>
  showsEnglish(doc.translationStatus, locale, ['title', 'summary'])

/** The document, or null when no published document has that slug. */
async function orNotFound<T>(read: () => Promise<T>): Promise<T | null> {
  try {
    return await read()
  } catch (error) {
    if (error instanceof ContentNotFoundError) return null
    throw error
  }
}

type Summarised = 'building-blocks' | 'risks' | 'benefits'

/**
 * A collection's index in editorial order: title, slug and summary, each marked
 * `lang: 'en'` when that text is the English fallback, so pages can say so.
 */
async function summariesIn(collection: Summarised, locale: Locale) {
  const { api, options } = await source({ collection })
  const list = await api.list(collection, { locale, depth: 0, sort: 'order', limit: 100, select: summaryFields, ...options })
  return list.docs.map(({ translationStatus, ...doc }) => ({ ...doc, lang: isUntranslated({ translationStatus }, locale) ? ('en' as const) : undefined }))
}

export async function getHomePageContent(locale: Locale) {
  const home = await source({ global: 'home' })
  const media = await source({ collection: 'media-entries' })
  const [homePage, site, buildingBlocks, risks, benefits, mediaEntries] = await Promise.all([
    home.api.global('home', { locale, depth: 1, ...home.options }),
    getSite(locale),
    summariesIn('building-blocks', locale),
    summariesIn('risks', locale),
    summariesIn('benefits', locale),
    media.api.list('media-entries', { locale, sort: 'order', limit: 100, ...media.options }),
  ])
  return { home: homePage, site, buildingBlocks, risks, benefits, mediaEntries: mediaEntries.docs }
}

export type HomePageContent = Awaited<ReturnType<typeof getHomePageContent>>

export async function getSite(locale: Locale) {
  const { api, options } = await source({ global: 'site' })
  return api.global('site', { locale, ...options })
}

/** Building blocks in editorial order: title, slug and definition only. */
export async function getBuildingBlocks(locale: Locale) {
  return summariesIn('building-blocks', locale)
}

/**
 * One building block with what its page shows. Depth 1 populates the related
 * risks, benefits and citations with their `defaultPopulate` summaries only.
 */
export async function getBuildingBlock(locale: Locale, slug: string) {
  // A slug the CMS could not have saved cannot exist: "not found" without asking (and no junk cache keys).
  if (!isSlug(slug)) return null
  // The page also shows titles of risks, benefits and references: the read's tags cover them.
  const { api, options } = await source({ collection: 'building-blocks', slug })
  return orNotFound(() =>
    api.bySlug('building-blocks', slug, {
      locale,
      depth: 1,
      select: {
        title: true,
        slug: true,
        summary: true,
        body: true,
        currentEfforts: true,
        gaps: true,
        analogousRegimes: true,
        relatedRisks: true,
        relatedBenefits: true,
        citations: true,
        seo: seoFields,
        updatedAt: true,
        translationStatus: true,
      },
      ...options,
    }),
  )
}

export async function getRisks(locale: Locale) {
  return summariesIn('risks', locale)
}

// The join lists every block that addresses a risk or supports a benefit; there are only a handful.
const blocksJoin = { buildingBlocks: { limit: 100, sort: 'order' } }

/** One risk, with the building blocks that address it (the `buildingBlocks` join, populated at depth 1). */
export async function getRisk(locale: Locale, slug: string) {
  if (!isSlug(slug)) return null
  const { api, options } = await source({ collection: 'risks', slug })
  return orNotFound(() =>
    api.bySlug('risks', slug, {
      locale,
      depth: 1,
      joins: blocksJoin,
      select: { title: true, slug: true, summary: true, body: true, buildingBlocks: true, citations: true, seo: seoFields, updatedAt: true, translationStatus: true },
      ...options,
    }),
  )
}

export async function getBenefits(locale: Locale) {
  return summariesIn('benefits', locale)
}

/** One benefit, with its SDGs and the building blocks that support it. */
export async function getBenefit(locale: Locale, slug: string) {
  if (!isSlug(slug)) return null
  const { api, options } = await source({ collection: 'benefits', slug })
  return orNotFound(() =>
    api.bySlug('benefits', slug, {
      locale,
      depth: 1,
      joins: blocksJoin,
      select: { title: true, slug: true, summary: true, body: true, sdgs: true, buildingBlocks: true, citations: true, seo: seoFields, updatedAt: true, translationStatus: true },
      ...options,
    }),
  )
}

/**
 * What the matrix needs: every block with the ids of the risks it addresses
 * (depth 0: ids are enough, the titles come from the risks list), and every risk.
 */
export async function getRiskMatrix(locale: Locale) {
  const blockSource = await source({ collection: 'building-blocks' })
  const riskSource = await source({ collection: 'risks' })
  const [blocks, risks] = await Promise.all([
    blockSource.api.list('building-blocks', {
      locale,
      depth: 0,
      sort: 'order',
      limit: 100,
      select: { title: true, slug: true, order: true, relatedRisks: true },
      ...blockSource.options,
    }),
    riskSource.api.list('risks', { locale, depth: 0, sort: 'order', limit: 100, select: { title: true, slug: true, order: true }, joins: false, ...riskSource.options }),
  ])
  return { buildingBlocks: blocks.docs, risks: risks.docs }
}

// Sitemap and feed: tagged like the pages, and refreshed at least every five minutes.
const cachedFor = (seconds: number, target: ReadTarget) => ({ init: { cache: 'force-cache' as const, next: { tags: readTags(target), revalidate: seconds } } })

export const seoRevalidateSeconds = 300

/** Every published page's slug and last change, for the sitemap (slugs are the same in every language). */
export async function getSitemapSources() {
  const dated = { slug: true, updatedAt: true, _status: true } as const
  const newestOnly = { locale: 'en', depth: 0, sort: '-updatedAt', limit: 1, select: { updatedAt: true, _status: true } } as const
  const [buildingBlocks, risks, benefits, citations, mediaEntries, site] = await Promise.all([
    client.list('building-blocks', { locale: 'en', depth: 0, sort: 'order', limit: 1000, select: dated, ...cachedFor(seoRevalidateSeconds, { collection: 'building-blocks' }) }),
    client.list('risks', { locale: 'en', depth: 0, sort: 'order', limit: 1000, select: dated, joins: false, ...cachedFor(seoRevalidateSeconds, { collection: 'risks' }) }),
    client.list('benefits', { locale: 'en', depth: 0, sort: 'order', limit: 1000, select: dated, joins: false, ...cachedFor(seoRevalidateSeconds, { collection: 'benefits' }) }),
    client.list('citations', { ...newestOnly, ...cachedFor(seoRevalidateSeconds, { collection: 'citations' }) }),
    client.list('media-entries', { ...newestOnly, ...cachedFor(seoRevalidateSeconds, { collection: 'media-entries' }) }),
    client.global('site', { locale: 'en', depth: 0, select: { updatedAt: true }, ...cachedFor(seoRevalidateSeconds, { global: 'site' }) }),
  ])
  return {
    buildingBlocks: buildingBlocks.docs,
    risks: risks.docs,
    benefits: benefits.docs,
    citations: citations.docs,
    mediaEntries: mediaEntries.docs,
    siteUpdatedAt: site.updatedAt ?? null,
  }
}

/** The `limit` most recently changed published documents of each kind feeding the Atom feed, in English. */
export async function getRecentChanges(limit: number) {
  const read = { locale: 'en', depth: 0, sort: '-updatedAt', limit, select: { title: true, slug: true, summary: true, updatedAt: true, _status: true } } as const
  const [buildingBlocks, risks, benefits, mediaEntries] = await Promise.all([
    client.list('building-blocks', { ...read, ...cachedFor(seoRevalidateSeconds, { collection: 'building-blocks' }) }),
    client.list('risks', { ...read, joins: false, ...cachedFor(seoRevalidateSeconds, { collection: 'risks' }) }),
    client.list('benefits', { ...read, joins: false, ...cachedFor(seoRevalidateSeconds, { collection: 'benefits' }) }),
    client.list('media-entries', { ...read, ...cachedFor(seoRevalidateSeconds, { collection: 'media-entries' }) }),
  ])
  return [
    ...buildingBlocks.docs.map((doc) => ({ ...doc, kind: 'building-blocks' as const })),
    ...risks.docs.map((doc) => ({ ...doc, kind: 'risks' as const })),
    ...benefits.docs.map((doc) => ({ ...doc, kind: 'benefits' as const })),
    ...mediaEntries.docs.map((doc) => ({ ...doc, kind: 'media-entries' as const })),
  ]
}

// ---------------------------------------------------------------------------
// References, media and contact pages.

const citationFields = {
  slug: true,
  type: true,
  title: true,
  authors: true,
  year: true,
  containerTitle: true,
  publisher: true,
  url: true,
  doi: true,
  accessed: true,
  note: true,
} as const

/** Every published citation (the bibliography and its exports), in slug order; the page sorts them APA-wise. */
export async function getCitations(locale: Locale) {
  const { api, options } = await source({ collection: 'citations' })
  const result = await api.list('citations', {
    locale,
    depth: 0,
    sort: 'slug',
    limit: 1000,
    select: citationFields,
    ...options,
  })
  return result.docs
}

/** One citation (published, or its draft in a preview), or null. */
export async function getCitation(locale: Locale, slug: string) {
  if (!isSlug(slug)) return null
  const { api, options } = await source({ collection: 'citations', slug })
  return orNotFound(() => api.bySlug('citations', slug, { locale, depth: 0, select: citationFields, ...options }))
}

/** Films, podcasts and episodes in editorial order, with what the media page shows (no poster, no relations). */
export async function getMediaEntries(locale: Locale) {
  const { api, options } = await source({ collection: 'media-entries' })
  const result = await api.list('media-entries', {
    locale,
    depth: 0,
    sort: 'order',
    limit: 100,
    select: { kind: true, title: true, slug: true, order: true, summary: true, publisher: true, partners: true, watchUrl: true, embedUrl: true, questions: true },
    ...options,
  })
  return result.docs
}

/** The home page's parts whose heading shows English in `locale` (from the CMS's translation status). */
export type HomeFallbacks = Record<'hero' | 'why' | 'benefitsAndRisks' | 'buildingBlocks' | 'media', boolean>

const homeParts = ['hero', 'why', 'benefitsAndRisks', 'buildingBlocks', 'media'] as const

export const homeFallbacks = (home: { translationStatus?: TranslationStatus | null }, locale: Locale): HomeFallbacks =>
  Object.fromEntries(homeParts.map((part) => [part, showsEnglish(home.translationStatus, locale, [`${part}.heading`])])) as HomeFallbacks

export type SearchOutcome =
  | { status: 'results'; results: SearchResult[] }
  /** The visitor's query cannot be searched (the CMS refused it, or it is over the length limit). */
  | { status: 'invalid'; reason: 'unsearchable' | 'too-long' }
  | { status: 'error' }

/**
 * Full-text search in the CMS, never cached for long (the answer depends on the query).
 * A failing CMS is an outcome the page shows, not a crash; so is a query it cannot search.
 */
export async function searchContent(locale: Locale, query: string): Promise<SearchOutcome> {
  if (query.length > searchLimits.maxQueryLength) return { status: 'invalid', reason: 'too-long' }
  try {
    const answer = await client.search(query, { locale, limit: 20, init: { cache: 'no-store' } })
    return { status: 'results', results: answer.results }
  } catch (error) {
    // Next.js control flow passes through untouched.
    if (error && typeof error === 'object' && 'digest' in error) throw error
    // The CMS refuses a query it cannot search with a 400 and its reason (control characters…);
    // a lone surrogate cannot even be put in an address (URIError). The query's fault, not an outage.
    if ((error instanceof ContentRequestError && error.status === 400) || error instanceof URIError) {
      console.warn(`Search refused: ${error.message}`)
      return { status: 'invalid', reason: 'unsearchable' }
    }
    console.error('Search failed', error)
    return { status: 'error' }
  }
}
