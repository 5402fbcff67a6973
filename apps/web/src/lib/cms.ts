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
  type PageUpdates,
  type ReadTarget,
  type UpdatedCollection,
  type SearchResult,
  type TranslationStatus,
  type Where,
} from '@global-ai-governance/content'
import { draftMode } from 'next/headers'

// Initiatives: index and timeline (see the section of that name below).
import {
  andWhere,
  idsBySlug,
  initiativesSort,
  initiativesWhere,
  pageSize,
  showAllLimit,
  sortsByDate,
  undatedSlice,
  type InitiativeFilters,
} from '@/lib/initiativeFilters'
// Open data (see the section of that name below).
import { emptyFilters } from '@/lib/initiativeFilters'
import type { InitiativeDoc, OpenDataDocuments } from '@/lib/openData'

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


/** True when the document's title or summary (or the `fields` named) shows the English text in `locale` (its page says so). */
export const isUntranslated = (doc: { translationStatus?: TranslationStatus | null }, locale: Locale, fields: readonly string[] = ['title', 'summary']): boolean =>
  showsEnglish(doc.translationStatus, locale, fields)

/** The document, or null when no published document has that slug. */
async function orNotFound<T>(read: () => Promise<T>): Promise<T | null> {
  try {
    return await read()
  } catch (error) {
    if (error instanceof ContentNotFoundError) return null
    throw error
  }
}

/**
 * "Last updated" and the change notes of one published page (never of a draft:
 * a preview shows the published history). Null when the page has none yet or
 * the CMS cannot say: the page still renders, without its history.
 */
export async function getPageUpdates(collection: UpdatedCollection, locale: Locale, slug: string): Promise<PageUpdates | null> {
  if (!isSlug(slug)) return null
  try {
    return await client.updates(collection, slug, { locale, ...cached({ collection, slug }) })
  } catch (error) {
    if (error instanceof ContentNotFoundError) return null
    if (error && typeof error === 'object' && 'digest' in error) throw error
    console.error(`Could not read the updates of ${collection}/${slug}`, error)
    return null
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
      joins: { initiatives: initiativesJoin },
      select: {
        title: true,
        slug: true,
        summary: true,
        body: true,
        initiatives: true,
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
// A page lists the newest initiatives of its block, risk or actor and links to all of them in the tracker.
const initiativesJoin = { limit: 25, sort: '-keyDate', count: true }

/** One risk, with the building blocks that address it (the `buildingBlocks` join, populated at depth 1). */
export async function getRisk(locale: Locale, slug: string) {
  if (!isSlug(slug)) return null
  const { api, options } = await source({ collection: 'risks', slug })
  return orNotFound(() =>
    api.bySlug('risks', slug, {
      locale,
      depth: 1,
      joins: { ...blocksJoin, initiatives: initiativesJoin },
      select: { title: true, slug: true, summary: true, body: true, buildingBlocks: true, initiatives: true, citations: true, seo: seoFields, updatedAt: true, translationStatus: true },
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
  // One read of every published initiative's blocks and risks: the matrix counts them per cell.
  const initiativeSource = await source({ collection: 'initiatives' })
  const [blocks, risks, initiatives] = await Promise.all([
    blockSource.api.list('building-blocks', {
      locale,
      depth: 0,
      sort: 'order',
      limit: 100,
      select: { title: true, slug: true, order: true, relatedRisks: true },
      joins: false,
      ...blockSource.options,
    }),
    riskSource.api.list('risks', { locale, depth: 0, sort: 'order', limit: 100, select: { title: true, slug: true, order: true }, joins: false, ...riskSource.options }),
    initiativeSource.api.list('initiatives', { depth: 0, limit: 5000, select: { buildingBlocks: true, risks: true }, ...initiativeSource.options }),
  ])
  return { buildingBlocks: blocks.docs, risks: risks.docs, initiatives: initiatives.docs }
}

// Sitemap and feed: tagged like the pages, and refreshed at least every five minutes.
const cachedFor = (seconds: number, target: ReadTarget) => ({ init: { cache: 'force-cache' as const, next: { tags: readTags(target), revalidate: seconds } } })

export const seoRevalidateSeconds = 300

/** Every published page's slug and last change, for the sitemap (slugs are the same in every language). */
export async function getSitemapSources() {
  const dated = { slug: true, updatedAt: true, _status: true } as const
  const newestOnly = { locale: 'en', depth: 0, sort: '-updatedAt', limit: 1, select: { updatedAt: true, _status: true } } as const
  const [buildingBlocks, risks, benefits, initiatives, actors, citations, mediaEntries, site] = await Promise.all([
    client.list('building-blocks', { locale: 'en', depth: 0, sort: 'order', limit: 1000, select: dated, joins: false, ...cachedFor(seoRevalidateSeconds, { collection: 'building-blocks' }) }),
    client.list('risks', { locale: 'en', depth: 0, sort: 'order', limit: 1000, select: dated, joins: false, ...cachedFor(seoRevalidateSeconds, { collection: 'risks' }) }),
    client.list('benefits', { locale: 'en', depth: 0, sort: 'order', limit: 1000, select: dated, joins: false, ...cachedFor(seoRevalidateSeconds, { collection: 'benefits' }) }),
    client.list('initiatives', { locale: 'en', depth: 0, sort: 'slug', limit: 5000, select: dated, ...cachedFor(seoRevalidateSeconds, { collection: 'initiatives' }) }),
    client.list('actors', { locale: 'en', depth: 0, sort: 'slug', limit: 1000, select: dated, joins: false, ...cachedFor(seoRevalidateSeconds, { collection: 'actors' }) }),
    client.list('citations', { ...newestOnly, ...cachedFor(seoRevalidateSeconds, { collection: 'citations' }) }),
    client.list('media-entries', { locale: 'en', depth: 0, sort: 'order', limit: 1000, select: dated, ...cachedFor(seoRevalidateSeconds, { collection: 'media-entries' }) }),
    client.global('site', { locale: 'en', depth: 0, select: { updatedAt: true }, ...cachedFor(seoRevalidateSeconds, { global: 'site' }) }),
  ])
  return {
    buildingBlocks: buildingBlocks.docs,
    risks: risks.docs,
    benefits: benefits.docs,
    initiatives: initiatives.docs,
    actors: actors.docs,
    citations: citations.docs,
    mediaEntries: mediaEntries.docs,
    siteUpdatedAt: site.updatedAt ?? null,
  }
}

/** The `limit` most recently changed published documents of each kind feeding the Atom feed, in English. */
export async function getRecentChanges(limit: number) {
  const read = { locale: 'en', depth: 0, sort: '-updatedAt', limit, select: { title: true, slug: true, summary: true, changeNote: true, updatedAt: true, _status: true } } as const
  const [buildingBlocks, risks, benefits, initiatives, mediaEntries] = await Promise.all([
    client.list('building-blocks', { ...read, joins: false, ...cachedFor(seoRevalidateSeconds, { collection: 'building-blocks' }) }),
    client.list('risks', { ...read, joins: false, ...cachedFor(seoRevalidateSeconds, { collection: 'risks' }) }),
    client.list('benefits', { ...read, joins: false, ...cachedFor(seoRevalidateSeconds, { collection: 'benefits' }) }),
    client.list('initiatives', { ...read, ...cachedFor(seoRevalidateSeconds, { collection: 'initiatives' }) }),
    client.list('media-entries', { ...read, ...cachedFor(seoRevalidateSeconds, { collection: 'media-entries' }) }),
  ])
  return [
    ...buildingBlocks.docs.map((doc) => ({ ...doc, kind: 'building-blocks' as const })),
    ...risks.docs.map((doc) => ({ ...doc, kind: 'risks' as const })),
    ...benefits.docs.map((doc) => ({ ...doc, kind: 'benefits' as const })),
    ...initiatives.docs.map((doc) => ({ ...doc, kind: 'initiatives' as const })),
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

/** One film, podcast or episode with the building blocks it relates to (their summaries). */
export async function getMediaEntry(locale: Locale, slug: string) {
  if (!isSlug(slug)) return null
  const { api, options } = await source({ collection: 'media-entries', slug })
  return orNotFound(() =>
    api.bySlug('media-entries', slug, {
      locale,
      depth: 1,
      select: {
        kind: true,
        title: true,
        slug: true,
        summary: true,
        body: true,
        publisher: true,
        partners: true,
        watchUrl: true,
        embedUrl: true,
        questions: true,
        relatedBuildingBlocks: true,
        seo: seoFields,
        updatedAt: true,
        translationStatus: true,
      },
      ...options,
    }),
  )
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

// ---------------------------------------------------------------------------
// Initiatives: index and timeline (app/[locale]/initiatives, app/[locale]/timeline).
// The index's filters are parsed and checked in lib/initiativeFilters.ts; only
// checked values and ids of documents read here reach the CMS.

/** What the index shows of each initiative (and no more: 1,000 of them stay a small read). */
const initiativeListFields = { title: true, slug: true, kind: true, status: true, keyDate: true, identifier: true, actors: true, translationStatus: true } as const

/** What the timeline shows of each initiative. */
const initiativeTimelineFields = { title: true, slug: true, kind: true, status: true, keyDate: true, translationStatus: true } as const

/** "en" when the title shown is the English fallback (its element says so). */
const titleLang = (doc: { translationStatus?: TranslationStatus | null }, locale: Locale): 'en' | undefined =>
  showsEnglish(doc.translationStatus, locale, ['title']) ? 'en' : undefined

/**
 * The choices of the index's filters: every building block and risk (editorial
 * order) and every actor (by name), with the ids their slugs stand for. One
 * cached read each; joins left out (a block's initiatives are not needed here).
 */
export async function getInitiativeFilterOptions(locale: Locale) {
  const blockSource = await source({ collection: 'building-blocks' })
  const riskSource = await source({ collection: 'risks' })
  const actorSource = await source({ collection: 'actors' })
  const [buildingBlocks, risks, actors] = await Promise.all([
    blockSource.api.list('building-blocks', { locale, depth: 0, sort: 'order', limit: 100, select: { title: true, slug: true }, joins: false, ...blockSource.options }),
    riskSource.api.list('risks', { locale, depth: 0, sort: 'order', limit: 100, select: { title: true, slug: true }, joins: false, ...riskSource.options }),
    actorSource.api.list('actors', { locale, depth: 0, sort: 'name', limit: 1000, select: { name: true, slug: true, shortName: true }, joins: false, ...actorSource.options }),
  ])
  return { buildingBlocks: buildingBlocks.docs, risks: risks.docs, actors: actors.docs }
}

export type InitiativeFilterOptions = Awaited<ReturnType<typeof getInitiativeFilterOptions>>

/**
 * One page of the index (or every result with `all`), filtered and sorted.
 * Sorted by date, the dated initiatives come first and the undated after them
 * whichever way the dates run (a database puts empty values first in a
 * descending sort): the two are read apart and the page is filled from both.
 * A text filter's answers are not cached (endless variations); the rest are,
 * by tag. `page` beyond the last page answers no documents: the caller asks
 * again for the last page.
 */
export async function getInitiativesList(locale: Locale, filters: InitiativeFilters, options: InitiativeFilterOptions) {
  const where = initiativesWhere(filters, { block: idsBySlug(options.buildingBlocks), risk: idsBySlug(options.risks), actor: idsBySlug(options.actors) })
  const size = filters.all ? showAllLimit : pageSize
  const page = filters.all ? 1 : filters.page
  const sort = initiativesSort(filters.sort)
  const { api, options: sourceOptions } = await source({ collection: 'initiatives' })
  const readOptions = filters.q ? { ...sourceOptions, init: { cache: 'no-store' as const } } : sourceOptions
  const read = (condition: Where | undefined, order: string[], limit: number, pageNumber: number) =>
    api.list('initiatives', { locale, depth: 1, where: condition, sort: order, limit, page: pageNumber, select: initiativeListFields, ...readOptions })

  let docs: Awaited<ReturnType<typeof read>>['docs']
  let totalDocs: number
  if (!sortsByDate(filters.sort)) {
    const result = await read(where, sort, size, page)
    docs = result.docs
    totalDocs = result.totalDocs
  } else {
    // A year filter leaves no undated initiative: one read is enough.
    const mayBeUndated = filters.from === null && filters.to === null
    const [dated, undatedHead] = await Promise.all([
      read(andWhere(where, { keyDate: { exists: true } }), sort, size, page),
      mayBeUndated ? read(andWhere(where, { keyDate: { exists: false } }), ['title'], 1, 1) : null,
    ])
    const undatedTotal = undatedHead?.totalDocs ?? 0
    docs = dated.docs
    totalDocs = dated.totalDocs + undatedTotal
    const { offset, count } = undatedSlice(dated.totalDocs, page, size)
    if (count > 0 && offset < undatedTotal) {
      // The slice [offset, offset + count) read as at most two of Payload's own pages of `size`.
      const first = Math.floor(offset / size) + 1
      const last = Math.floor((offset + count - 1) / size) + 1
      const undatedWhere = andWhere(where, { keyDate: { exists: false } })
      const pages = await Promise.all([first, ...(last > first ? [last] : [])].map((number) => read(undatedWhere, ['title'], size, number)))
      const start = offset - (first - 1) * size
      docs = [...docs, ...pages.flatMap((result) => result.docs).slice(start, start + count)]
    }
  }
  return {
    docs: docs.map((doc) => ({ ...doc, lang: titleLang(doc, locale) })),
    totalDocs,
    page,
    totalPages: Math.max(1, Math.ceil(totalDocs / size)),
    pageSize: size,
  }
}

export type InitiativesList = Awaited<ReturnType<typeof getInitiativesList>>
export type InitiativeListItem = InitiativesList['docs'][number]

/** Every published initiative for the timeline, oldest key date first (undated ones too: the page lists them last). */
export async function getInitiativesTimeline(locale: Locale) {
  const { api, options } = await source({ collection: 'initiatives' })
  const read = (page: number) =>
    api.list('initiatives', { locale, depth: 0, sort: ['keyDate', 'title'], limit: 500, page, select: initiativeTimelineFields, ...options })
  const first = await read(1)
  const rest = await Promise.all(Array.from({ length: Math.max(0, first.totalPages - 1) }, (_, index) => read(index + 2)))
  return [first, ...rest].flatMap((result) => result.docs).map((doc) => ({ ...doc, lang: titleLang(doc, locale) }))
}

export type TimelineInitiative = Awaited<ReturnType<typeof getInitiativesTimeline>>[number]

// ---------------------------------------------------------------------------
// Open data (app/[locale]/data/*: CSV and JSON files of the public tables).
// Always the anonymous published reads (`client`, never the preview client: a
// staff member's download holds no draft either), tagged like the pages so a
// publish refreshes them, and kept at most five minutes. Each read selects the
// exported fields only (lib/openData.ts defines the columns).

/** What the page of an initiative and its open-data record show of it. */
const initiativeFields = {
    title: true,
    slug: true,
    officialTitle: true,
    identifier: true,
    kind: true,
    status: true,
    statusCheckedOn: true,
    dates: true,
    keyDate: true,
    buildingBlocks: true,
    risks: true,
    actors: true,
    summary: true,
    limits: true,
    sources: true,
    relatedInitiatives: true,
    updatedAt: true,
  translationStatus: true,
} as const

/** One read of up to this many documents; bigger tables are read page by page. */
const openDataPageSize = 5000

const openDataFields = {
  initiatives: { ...initiativeFields, _status: true },
  'building-blocks': {
    title: true,
    slug: true,
    order: true,
    summary: true,
    gaps: true,
    analogousRegimes: true,
    relatedRisks: true,
    relatedBenefits: true,
    citations: true,
    updatedAt: true,
    _status: true,
    translationStatus: true,
  },
  risks: { title: true, slug: true, order: true, summary: true, citations: true, updatedAt: true, _status: true, translationStatus: true },
  benefits: { title: true, slug: true, order: true, summary: true, sdgs: true, citations: true, updatedAt: true, _status: true, translationStatus: true },
  actors: { name: true, slug: true, shortName: true, kind: true, url: true, summary: true, updatedAt: true, _status: true, translationStatus: true },
  citations: {
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
    updatedAt: true,
    _status: true,
  },
} as const

/** Every page of a list read (one page unless a table outgrows `openDataPageSize`). */
async function everyPage<T>(read: (page: number) => Promise<{ docs: T[]; totalPages: number }>): Promise<T[]> {
  const first = await read(1)
  const rest = await Promise.all(Array.from({ length: Math.max(0, first.totalPages - 1) }, (_, index) => read(index + 2)))
  return [first, ...rest].flatMap((result) => result.docs)
}

const openDataRead = (target: ReadTarget) => cachedFor(seoRevalidateSeconds, target)

/**
 * Published initiatives in the order of the index (lib/initiativeFilters.ts):
 * filtered by `filters` (slugs turned into ids with the lists given), sorted as
 * the index sorts, dated before undated when sorted by date. A text filter's
 * answers are not cached (endless variations).
 */
export async function getOpenDataInitiatives(
  locale: Locale,
  filters: InitiativeFilters,
  lists: Pick<OpenDataDocuments, 'buildingBlocks' | 'risks' | 'actors'>,
): Promise<InitiativeDoc[]> {
  const where = initiativesWhere(filters, { block: idsBySlug(lists.buildingBlocks), risk: idsBySlug(lists.risks), actor: idsBySlug(lists.actors) })
  const cache = filters.q ? { init: { cache: 'no-store' as const } } : openDataRead({ collection: 'initiatives' })
  const read = (condition: Where | undefined, sort: string[]) =>
    everyPage((page) =>
      client.list('initiatives', { locale, depth: 0, where: condition, sort, limit: openDataPageSize, page, select: openDataFields.initiatives, ...cache }),
    )
  const sort = initiativesSort(filters.sort)
  if (!sortsByDate(filters.sort)) return read(where, sort)
  const mayBeUndated = filters.from === null && filters.to === null
  const [dated, undated] = await Promise.all([
    read(andWhere(where, { keyDate: { exists: true } }), sort),
    mayBeUndated ? read(andWhere(where, { keyDate: { exists: false } }), ['title']) : [],
  ])
  return [...dated, ...undated]
}

/** Every public table, published documents only: building blocks, risks and benefits in editorial order, actors by name, references by slug, initiatives as the index lists them. */
export async function getOpenData(locale: Locale): Promise<OpenDataDocuments> {
  const list = { locale, depth: 0, limit: openDataPageSize } as const
  const [buildingBlocks, risks, benefits, actors, references] = await Promise.all([
    everyPage((page) =>
      client.list('building-blocks', { ...list, page, sort: 'order', select: openDataFields['building-blocks'], joins: false, ...openDataRead({ collection: 'building-blocks' }) }),
    ),
    everyPage((page) => client.list('risks', { ...list, page, sort: 'order', select: openDataFields.risks, joins: false, ...openDataRead({ collection: 'risks' }) })),
    everyPage((page) => client.list('benefits', { ...list, page, sort: 'order', select: openDataFields.benefits, joins: false, ...openDataRead({ collection: 'benefits' }) })),
    everyPage((page) => client.list('actors', { ...list, page, sort: 'name', select: openDataFields.actors, joins: false, ...openDataRead({ collection: 'actors' }) })),
    everyPage((page) => client.list('citations', { ...list, page, sort: 'slug', select: openDataFields.citations, ...openDataRead({ collection: 'citations' }) })),
  ])
  const initiatives = await getOpenDataInitiatives(locale, emptyFilters(), { buildingBlocks, risks, actors })
  return { initiatives, buildingBlocks, risks, benefits, actors, references }
}

// ---------------------------------------------------------------------------
// Initiatives and actors: pages.

/** One initiative with what its page shows: its blocks, risks, actors and related initiatives as summaries (depth 1). */
export async function getInitiative(locale: Locale, slug: string) {
  if (!isSlug(slug)) return null
  const { api, options } = await source({ collection: 'initiatives', slug })
  return orNotFound(() =>
    api.bySlug('initiatives', slug, {
      locale,
      depth: 1,
      select: { ...initiativeFields, seo: seoFields },
      ...options,
    }),
  )
}

/** Every actor, by name, with how many published initiatives name it (the join's count). */
export async function getActors(locale: Locale) {
  const { api, options } = await source({ collection: 'actors' })
  const result = await api.list('actors', {
    locale,
    depth: 0,
    sort: 'name',
    limit: 1000,
    joins: { initiatives: { limit: 1, count: true } },
    select: { name: true, slug: true, shortName: true, kind: true, initiatives: true, translationStatus: true },
    ...options,
  })
  return result.docs.map(({ initiatives, translationStatus, ...actor }) => ({
    ...actor,
    initiativeCount: initiatives?.totalDocs ?? initiatives?.docs.length ?? 0,
    lang: isUntranslated({ translationStatus }, locale, actorNameField) ? ('en' as const) : undefined,
  }))
}

/** An actor is named, not titled: its name is what shows English when untranslated. */
export const actorNameField = ['name'] as const

/** One actor with its newest initiatives (the join, populated with summaries). */
export async function getActor(locale: Locale, slug: string) {
  if (!isSlug(slug)) return null
  const { api, options } = await source({ collection: 'actors', slug })
  return orNotFound(() =>
    api.bySlug('actors', slug, {
      locale,
      depth: 1,
      joins: { initiatives: initiativesJoin },
      select: { name: true, slug: true, shortName: true, kind: true, url: true, summary: true, initiatives: true, seo: seoFields, updatedAt: true, translationStatus: true },
      ...options,
    }),
  )
}
