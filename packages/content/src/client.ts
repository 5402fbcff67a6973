import { stringify } from 'qs-esm'

import { ContentNotFoundError, ContentRequestError, excerpt } from './errors'
import type { Locale } from './locales'
import { parseWith } from './parse'
import { searchLimits } from './rules/search'
import {
  collectionSchemas,
  globalSchemas,
  listResponseSchema,
  searchResponseSchema,
  pageUpdatesSchema,
  type PageUpdates,
  type UpdatedCollection,
  type SearchResponse,
  type CollectionSlug,
  type CollectionTypes,
  type GlobalSlug,
  type GlobalTypes,
} from './schemas'
import { schemaForSelect, type SelectFor, type Selected } from './select'

/** Fetch options passed through unchanged, including Next.js' `next: { tags, revalidate }` and `cache`. */
export type ContentRequestInit = Omit<RequestInit, 'method' | 'body'> & {
  next?: { revalidate?: number | false; tags?: string[] } | undefined
}

/** Any fetch: the global one, Next's patched one, or a test double. */
export type FetchLike = (input: string, init?: ContentRequestInit) => Promise<Response>

export interface ContentRequestInfo {
  operation: 'list' | 'byId' | 'global' | 'search' | 'updates'
  collection?: CollectionSlug
  global?: GlobalSlug
  url: string
  draft: boolean
  locale: Locale | undefined
}

export interface ContentClientOptions {
  /** The CMS origin, e.g. `http://localhost:3001`; the client appends `apiPath`. */
  baseUrl: string
  /** Payload's REST route; `/api` unless the CMS config changed `routes.api`. */
  apiPath?: string
  fetch?: FetchLike
  /** A user's JWT (`Authorization: JWT <token>`), e.g. the preview reader's. */
  token?: string
  /** A users API key (`Authorization: users API-Key <key>`). Not together with `token`. */
  apiKey?: string
  defaultLocale?: Locale
  /** Depth when a call does not say; 1 (Payload's own default, 2, is never used). */
  defaultDepth?: number
  /** Abort a request that takes longer (reported as a ContentRequestError). */
  timeoutMs?: number
  /** Extra fetch options for every request, e.g. cache tags derived from the collection. */
  requestInit?: (info: ContentRequestInfo) => ContentRequestInit | undefined
}

/** Payload `where` (qs-encoded into `where[field][operator]=value`). */
export type Where = { [field: string]: unknown; and?: Where[]; or?: Where[] }

export interface ReadOptions<S> {
  locale?: Locale
  /** `false` or 'none' turns the fallback to English off. */
  fallbackLocale?: Locale | 'none' | false
  /** Explicit in every request: the option, else the client's `defaultDepth` (1). */
  depth?: number
  /** Read the latest draft (needs a token or API key that may read drafts). */
  draft?: boolean
  select?: S
  /** Payload `populate`: which fields of related documents to populate, by collection. */
  populate?: Partial<Record<CollectionSlug, Record<string, true>>>
  /** Per-call fetch options, e.g. `{ next: { tags: ['risks'] } }` or `{ cache: 'no-store' }`. */
  init?: ContentRequestInit
}

export interface ListOptions<S> extends ReadOptions<S> {
  where?: Where
  /** Field name, `-field` for descending, or several. */
  sort?: string | string[]
  limit?: number
  page?: number
  /** Payload `joins`: per-join `{ limit, sort, where, count }`, or `false` to skip join fields. */
  joins?: Record<string, { limit?: number; page?: number; sort?: string; where?: Where; count?: boolean }> | false
}

export interface BySlugOptions<S> extends ReadOptions<S> {
  /** Further conditions, combined with the slug by `and`. */
  where?: Where
  joins?: ListOptions<S>['joins']
}

export interface SearchOptions {
  locale?: Locale
  /** 1 to 50; the CMS answers 20 when not given. */
  limit?: number
  /** Per-call fetch options, e.g. `{ cache: 'no-store' }`. */
  init?: ContentRequestInit
}

export interface ListResult<T> {
  docs: T[]
  totalDocs: number
  page: number
  totalPages: number
  hasNextPage: boolean
  hasPrevPage: boolean
  limit: number | undefined
}

type CollectionSelect<C extends CollectionSlug> = SelectFor<CollectionTypes[C]> | undefined
type GlobalSelect<G extends GlobalSlug> = SelectFor<GlobalTypes[G]> | undefined

export interface ContentClient {
  list<C extends CollectionSlug, const S extends CollectionSelect<C> = undefined>(
    collection: C,
    options?: ListOptions<S>,
  ): Promise<ListResult<Selected<CollectionTypes[C], NoInfer<S>>>>
  /** The one document with that slug; ContentNotFoundError when there is none (or it is not readable). */
  bySlug<C extends CollectionSlug, const S extends CollectionSelect<C> = undefined>(
    collection: C,
    slug: string,
    options?: BySlugOptions<S>,
  ): Promise<Selected<CollectionTypes[C], NoInfer<S>>>
  /** `GET /api/<collection>/<id>`; ContentNotFoundError on 404. */
  byId<C extends CollectionSlug, const S extends CollectionSelect<C> = undefined>(
    collection: C,
    id: number | string,
    options?: ReadOptions<S>,
  ): Promise<Selected<CollectionTypes[C], NoInfer<S>>>
  global<G extends GlobalSlug, const S extends GlobalSelect<G> = undefined>(
    slug: G,
    options?: ReadOptions<S>,
  ): Promise<Selected<GlobalTypes[G], NoInfer<S>>>
  /** Full-text search over the published content: `GET /api/search?q=…&locale=…&limit=…`. */
  search(q: string, options?: SearchOptions): Promise<SearchResponse>
  /** The published updates of one page that carry a change note, newest first: `GET /api/updates/<collection>/<slug>`. */
  updates(collection: UpdatedCollection, slug: string, options?: { locale?: Locale; init?: ContentRequestInit }): Promise<PageUpdates>
}

const isFrameworkSignal = (error: unknown): boolean => {
  if (!error || typeof error !== 'object') return false
  // Next.js control flow (dynamic usage, prerender interruption, postpone) must pass through untouched,
  // and so must the caller's own abort.
  return 'digest' in error || '$$typeof' in error || (error as { name?: unknown }).name === 'AbortError'
}

const mergeHeaders = (...sources: (HeadersInit | undefined)[]): Record<string, string> => {
  const merged: Record<string, string> = {}
  for (const source of sources) {
    if (!source) continue
    new Headers(source).forEach((value, key) => {
      merged[key] = value
    })
  }
  return merged
}

const checkDepth = (depth: number): number => {
  if (!Number.isInteger(depth) || depth < 0) throw new TypeError(`depth must be a whole number >= 0, got ${depth}`)
  return depth
}

export const createContentClient = (options: ContentClientOptions): ContentClient => {
  const { token, apiKey, defaultLocale, timeoutMs, requestInit } = options
  if (token && apiKey) throw new TypeError('createContentClient: give either token or apiKey, not both')
  if (!options.baseUrl) throw new TypeError('createContentClient: baseUrl is required')
  const apiRoot = `${options.baseUrl.replace(/\/+$/, '')}/${(options.apiPath ?? '/api').replace(/^\/+|\/+$/g, '')}`
  const defaultDepth = checkDepth(options.defaultDepth ?? 1)
  // Looked up at call time, so Next's patched global fetch is the one used.
  const fetchImpl: FetchLike = options.fetch ?? ((input, init) => globalThis.fetch(input, init as RequestInit))
  const authorization = token ? `JWT ${token}` : apiKey ? `users API-Key ${apiKey}` : undefined

  const readParams = (opts: ReadOptions<unknown>) => ({
    depth: checkDepth(opts.depth ?? defaultDepth),
    locale: opts.locale ?? defaultLocale,
    'fallback-locale': opts.fallbackLocale === false ? 'none' : opts.fallbackLocale,
    draft: opts.draft === true ? 'true' : undefined,
    select: opts.select,
    populate: opts.populate,
  })

  const buildUrl = (path: string, params: Record<string, unknown>): string => {
    const defined = Object.fromEntries(Object.entries(params).filter(([, value]) => value !== undefined))
    return `${apiRoot}${path}${stringify(defined, { addQueryPrefix: true })}`
  }

  const request = async (
    url: string,
    info: Omit<ContentRequestInfo, 'url'>,
    callInit: ContentRequestInit | undefined,
  ): Promise<{ status: number; body: unknown } | { status: 404; body: undefined }> => {
    const fromFactory = requestInit?.({ ...info, url }) ?? {}
    const init: ContentRequestInit = {
      ...fromFactory,
      ...callInit,
      headers: mergeHeaders(
        { accept: 'application/json' },
        authorization ? { authorization } : undefined,
        fromFactory.headers,
        callInit?.headers,
      ),
    }
    if (timeoutMs !== undefined) {
      const timeout = AbortSignal.timeout(timeoutMs)
      init.signal = init.signal ? AbortSignal.any([init.signal, timeout]) : timeout
    }

    let response: Response
    try {
      response = await fetchImpl(url, init)
    } catch (error) {
      if ((error as { name?: unknown })?.name === 'TimeoutError') {
        throw new ContentRequestError({ url, reason: `no answer within ${timeoutMs} ms`, cause: error })
      }
      if (isFrameworkSignal(error)) throw error
      const message = error instanceof Error ? error.message : String(error)
      throw new ContentRequestError({ url, reason: `network error: ${message}`, cause: error })
    }

    let text: string
    try {
      text = await response.text()
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error)
      throw new ContentRequestError({ url, status: response.status, reason: `could not read the answer: ${message}`, cause: error })
    }
    if (response.status === 404 && (info.operation === 'byId' || info.operation === 'updates')) return { status: 404, body: undefined }
    if (!response.ok) {
      throw new ContentRequestError({
        url,
        status: response.status,
        statusText: response.statusText,
        bodyExcerpt: excerpt(text.trim()) || undefined,
      })
    }
    try {
      return { status: response.status, body: JSON.parse(text) as unknown }
    } catch (error) {
      throw new ContentRequestError({
        url,
        status: response.status,
        reason: 'the answer is not JSON',
        bodyExcerpt: excerpt(text.trim()) || undefined,
        cause: error,
      })
    }
  }

  const list = async (collection: CollectionSlug, opts: ListOptions<unknown> = {}) => {
    const url = buildUrl(`/${collection}`, {
      ...readParams(opts),
      where: opts.where,
      sort: Array.isArray(opts.sort) ? opts.sort.join(',') : opts.sort,
      limit: opts.limit,
      page: opts.page,
      joins: opts.joins,
    })
    const { body } = await request(
      url,
      { operation: 'list', collection, draft: opts.draft === true, locale: opts.locale ?? defaultLocale },
      opts.init,
    )
    const envelope = parseWith(listResponseSchema, body, { typeName: collection, kind: 'list', url })
    const schema = schemaForSelect(collectionSchemas[collection], opts.select as Record<string, unknown> | undefined)
    return {
      docs: envelope.docs.map((doc) => parseWith(schema, doc, { typeName: collection, url })),
      totalDocs: envelope.totalDocs,
      page: envelope.page ?? 1,
      totalPages: envelope.totalPages,
      hasNextPage: envelope.hasNextPage,
      hasPrevPage: envelope.hasPrevPage ?? false,
      limit: envelope.limit,
    }
  }

  const client = {
    list,

    async bySlug(collection: CollectionSlug, slug: string, opts: BySlugOptions<unknown> = {}) {
      if (typeof slug !== 'string' || slug === '') throw new TypeError('bySlug: slug must be a non-empty string')
      const bySlug: Where = { slug: { equals: slug } }
      const result = await list(collection, {
        ...opts,
        where: opts.where ? { and: [bySlug, opts.where] } : bySlug,
        limit: 1,
      })
      const doc = result.docs[0]
      if (doc === undefined) throw new ContentNotFoundError({ typeName: collection, document: slug })
      return doc
    },

    async byId(collection: CollectionSlug, id: number | string, opts: ReadOptions<unknown> = {}) {
      const url = buildUrl(`/${collection}/${encodeURIComponent(String(id))}`, readParams(opts))
      const answer = await request(
        url,
        { operation: 'byId', collection, draft: opts.draft === true, locale: opts.locale ?? defaultLocale },
        opts.init,
      )
      if (answer.body === undefined) throw new ContentNotFoundError({ typeName: collection, document: id })
      const schema = schemaForSelect(collectionSchemas[collection], opts.select as Record<string, unknown> | undefined)
      return parseWith(schema, answer.body, { typeName: collection, url })
    },

    async global(slug: GlobalSlug, opts: ReadOptions<unknown> = {}) {
      const url = buildUrl(`/globals/${slug}`, readParams(opts))
      const { body } = await request(
        url,
        { operation: 'global', global: slug, draft: opts.draft === true, locale: opts.locale ?? defaultLocale },
        opts.init,
      )
      const schema = schemaForSelect(globalSchemas[slug], opts.select as Record<string, unknown> | undefined)
      return parseWith(schema, body, { typeName: slug, kind: 'global', url })
    },

    async search(q: string, opts: SearchOptions = {}) {
      if (typeof q !== 'string' || q.trim() === '') throw new TypeError('search: q must be a non-empty string')
      if (q.trim().length > searchLimits.maxQueryLength) throw new TypeError(`search: q must be at most ${searchLimits.maxQueryLength} characters`)
      if (opts.limit !== undefined && (!Number.isInteger(opts.limit) || opts.limit < 1 || opts.limit > searchLimits.maxLimit)) {
        throw new TypeError(`search: limit must be a whole number from 1 to ${searchLimits.maxLimit}, got ${opts.limit}`)
      }
      const locale = opts.locale ?? defaultLocale
      const url = buildUrl('/search', { q: q.trim(), locale, limit: opts.limit })
      const { body } = await request(url, { operation: 'search', draft: false, locale }, opts.init)
      return parseWith(searchResponseSchema, body, { typeName: 'search', kind: 'list', url })
    },

    async updates(collection: UpdatedCollection, slug: string, opts: { locale?: Locale; init?: ContentRequestInit } = {}) {
      const locale = opts.locale ?? defaultLocale
      const url = buildUrl(`/updates/${collection}/${encodeURIComponent(slug)}`, { locale })
      const answer = await request(url, { operation: 'updates', collection, draft: false, locale }, opts.init)
      if (answer.body === undefined) throw new ContentNotFoundError({ typeName: collection, document: slug })
      return parseWith(pageUpdatesSchema, answer.body, { typeName: `${collection} updates`, url })
    },
  }

  // The implementation is checked against the schemas at run time; the public
  // interface carries the per-slug types.
  return client as unknown as ContentClient
}
