import { parse as parseQuery } from 'qs-esm'

import buildingBlockFixture from './__fixtures__/building-block.json'
import homeFixture from './__fixtures__/home.json'
import riskFixture from './__fixtures__/risk.json'
import siteFixture from './__fixtures__/site.json'
import { cacheTags } from './invalidation'
import { createContentClient, type ContentRequestInit, type FetchLike } from './client'
import { ContentNotFoundError, ContentParseError, ContentRequestError } from './errors'
import type { BuildingBlock, Risk } from './schemas'

type Call = { url: string; init: ContentRequestInit | undefined }

const json = (body: unknown, status = 200): Response =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } })

const listOf = (docs: unknown[], extra: Record<string, unknown> = {}) => ({
  docs,
  totalDocs: docs.length,
  limit: 10,
  totalPages: docs.length > 0 ? 1 : 0,
  page: 1,
  pagingCounter: 1,
  hasPrevPage: false,
  hasNextPage: false,
  prevPage: null,
  nextPage: null,
  ...extra,
})

/** A stand-in for the network: records each request and answers from a queue. */
const fakeFetch = (...answers: (Response | Error)[]) => {
  const calls: Call[] = []
  const fetch: FetchLike = async (url, init) => {
    calls.push({ url, init })
    const answer = answers.shift()
    if (!answer) throw new Error(`unexpected request ${url}`)
    if (answer instanceof Error) throw answer
    return answer
  }
  return { fetch, calls }
}

const query = (url: string) => parseQuery(new URL(url).search.slice(1))
const path = (url: string) => new URL(url).pathname
const headersOf = (call: Call | undefined) => new Headers(call?.init?.headers)

const clone = <T>(value: T): T => structuredClone(value)

describe('list', () => {
  it('requests /api/<collection> with an explicit depth of 1 and no draft flag by default', async () => {
    const { fetch, calls } = fakeFetch(json(listOf([clone(riskFixture)])))
    const client = createContentClient({ baseUrl: 'http://cms.test:3001/', fetch })
    const result = await client.list('risks')
    expect(calls).toHaveLength(1)
    expect(path(calls[0]!.url)).toBe('/api/risks')
    expect(query(calls[0]!.url)).toEqual({ depth: '1' })
    expect(result).toEqual({
      docs: [riskFixture],
      totalDocs: 1,
      page: 1,
      totalPages: 1,
      hasNextPage: false,
      hasPrevPage: false,
      limit: 10,
    })
    const first: Risk | undefined = result.docs[0]
    expect(first?.buildingBlocks?.docs).toHaveLength(2)
  })

  it('passes depth, locale, fallback, draft, where, sort, limit, page and select as qs parameters', async () => {
    const { fetch, calls } = fakeFetch(json(listOf([{ id: 1, title: 'Red lines', slug: 'red-lines' }], { page: 2, totalPages: 3, hasNextPage: true })))
    const client = createContentClient({ baseUrl: 'http://cms.test', fetch, defaultLocale: 'en' })
    const result = await client.list('building-blocks', {
      depth: 0,
      locale: 'ar',
      fallbackLocale: false,
      draft: true,
      where: { order: { less_than: 4 }, or: [{ slug: { equals: 'red-lines' } }, { slug: { like: 'safety' } }] },
      sort: ['order', '-title'],
      limit: 5,
      page: 2,
      select: { title: true, slug: true },
    })
    const url = calls[0]!.url
    expect(url).toContain('where%5Border%5D%5Bless_than%5D=4')
    expect(query(url)).toEqual({
      depth: '0',
      locale: 'ar',
      'fallback-locale': 'none',
      draft: 'true',
      select: { title: 'true', slug: 'true' },
      where: { order: { less_than: '4' }, or: [{ slug: { equals: 'red-lines' } }, { slug: { like: 'safety' } }] },
      sort: 'order,-title',
      limit: '5',
      page: '2',
    })
    expect(result.docs).toEqual([{ id: 1, title: 'Red lines', slug: 'red-lines' }])
    expect(result).toMatchObject({ page: 2, totalPages: 3, hasNextPage: true })
    // Selected fields only, at the type level too.
    const title: string | undefined = result.docs[0]?.title
    expect(title).toBe('Red lines')
    // @ts-expect-error body was not selected
    expect(result.docs[0]?.body).toBeUndefined()
  })

  it('uses the client default locale and leaves draft out when draft is false', async () => {
    const { fetch, calls } = fakeFetch(json(listOf([])))
    const client = createContentClient({ baseUrl: 'http://cms.test', fetch, defaultLocale: 'fr', defaultDepth: 2 })
    await client.list('citations', { draft: false })
    expect(query(calls[0]!.url)).toEqual({ depth: '2', locale: 'fr' })
  })

  it('refuses a depth that Payload would not understand', async () => {
    const { fetch, calls } = fakeFetch()
    const client = createContentClient({ baseUrl: 'http://cms.test', fetch })
    await expect(client.list('risks', { depth: -1 })).rejects.toThrow(TypeError)
    expect(calls).toHaveLength(0)
  })

  it('raises a ContentParseError naming the document that does not parse', async () => {
    const broken = { ...clone(buildingBlockFixture), id: 2, slug: 'safety-standards', summary: undefined }
    const { fetch } = fakeFetch(json(listOf([clone(buildingBlockFixture), broken])))
    const client = createContentClient({ baseUrl: 'http://cms.test', fetch })
    const error = await client.list('building-blocks').catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ContentParseError)
    expect((error as ContentParseError).message).toBe(
      'Invalid building-blocks "safety-standards": summary: expected string, received undefined',
    )
    expect((error as ContentParseError).url).toBe('http://cms.test/api/building-blocks?depth=1')
  })

  it('raises a ContentParseError when the answer is not a list', async () => {
    const { fetch } = fakeFetch(json({ message: 'hello' }))
    const client = createContentClient({ baseUrl: 'http://cms.test', fetch })
    await expect(client.list('risks')).rejects.toThrow(
      /^Invalid risks list response: docs: expected array, received undefined/,
    )
  })
})

describe('headers and fetch options', () => {
  it('sends no credentials by default, and asks for JSON', async () => {
    const { fetch, calls } = fakeFetch(json(listOf([])))
    await createContentClient({ baseUrl: 'http://cms.test', fetch }).list('risks')
    expect(headersOf(calls[0]).get('authorization')).toBeNull()
    expect(headersOf(calls[0]).get('accept')).toBe('application/json')
  })

  it('sends a token as "JWT <token>" and an API key as "users API-Key <key>"', async () => {
    const jwt = fakeFetch(json(listOf([])))
    await createContentClient({ baseUrl: 'http://cms.test', fetch: jwt.fetch, token: 'abc.def.ghi' }).list('risks', { draft: true })
    expect(headersOf(jwt.calls[0]).get('authorization')).toBe('JWT abc.def.ghi')

    const key = fakeFetch(json(clone(siteFixture)))
    await createContentClient({ baseUrl: 'http://cms.test', fetch: key.fetch, apiKey: 'k-123' }).global('site')
    expect(headersOf(key.calls[0]).get('authorization')).toBe('users API-Key k-123')

    expect(() => createContentClient({ baseUrl: 'http://cms.test', token: 'a', apiKey: 'b' })).toThrow(TypeError)
  })

  it('passes Next fetch options through unchanged and merges headers', async () => {
    const { fetch, calls } = fakeFetch(json(listOf([clone(riskFixture)])))
    const requestInit = jest.fn((info: unknown) => {
      void info
      return { next: { tags: ['from-factory'] }, headers: { 'x-from': 'factory' } }
    })
    const client = createContentClient({ baseUrl: 'http://cms.test', fetch, token: 't', requestInit })
    const init = { next: { tags: [cacheTags.collection('risks')], revalidate: 3600 }, cache: 'force-cache' as const, headers: { 'x-call': '1' } }
    await client.list('risks', { locale: 'es', init })
    expect(requestInit).toHaveBeenCalledWith({
      operation: 'list',
      collection: 'risks',
      url: 'http://cms.test/api/risks?depth=1&locale=es',
      draft: false,
      locale: 'es',
    })
    const sent = calls[0]!.init!
    expect(sent.next).toBe(init.next)
    expect(sent.cache).toBe('force-cache')
    expect(new Headers(sent.headers).get('x-call')).toBe('1')
    expect(new Headers(sent.headers).get('x-from')).toBe('factory')
    expect(new Headers(sent.headers).get('authorization')).toBe('JWT t')
  })
})

describe('bySlug', () => {
  it('asks for where[slug][equals]=<slug> with limit 1 and returns the parsed document', async () => {
    const { fetch, calls } = fakeFetch(json(listOf([clone(buildingBlockFixture)])))
    const client = createContentClient({ baseUrl: 'http://cms.test', fetch })
    const doc: BuildingBlock = await client.bySlug('building-blocks', 'red-lines', { locale: 'zh', depth: 1 })
    expect(doc.title).toBe('Red lines')
    expect(path(calls[0]!.url)).toBe('/api/building-blocks')
    expect(query(calls[0]!.url)).toEqual({ depth: '1', locale: 'zh', where: { slug: { equals: 'red-lines' } }, limit: '1' })
  })

  it('combines an extra where with the slug', async () => {
    const { fetch, calls } = fakeFetch(json(listOf([clone(riskFixture)])))
    await createContentClient({ baseUrl: 'http://cms.test', fetch }).bySlug('risks', 'bias', { where: { order: { equals: 1 } } })
    expect(query(calls[0]!.url).where).toEqual({ and: [{ slug: { equals: 'bias' } }, { order: { equals: '1' } }] })
  })

  it('raises ContentNotFoundError when no document has the slug', async () => {
    const { fetch } = fakeFetch(json(listOf([])))
    const error = await createContentClient({ baseUrl: 'http://cms.test', fetch })
      .bySlug('risks', 'no-such-risk')
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ContentNotFoundError)
    expect(error).toMatchObject({ typeName: 'risks', document: 'no-such-risk', message: 'No risks "no-such-risk" found' })
  })
})

describe('byId', () => {
  it('requests /api/<collection>/<id> and maps 404 to ContentNotFoundError', async () => {
    const { fetch, calls } = fakeFetch(json(clone(riskFixture)), json({ errors: [{ message: 'Not Found' }] }, 404))
    const client = createContentClient({ baseUrl: 'http://cms.test', fetch, token: 'preview' })
    expect((await client.byId('risks', 1, { draft: true })).slug).toBe('bias')
    expect(path(calls[0]!.url)).toBe('/api/risks/1')
    expect(query(calls[0]!.url)).toEqual({ depth: '1', draft: 'true' })
    await expect(client.byId('risks', 99)).rejects.toBeInstanceOf(ContentNotFoundError)
  })
})

describe('global', () => {
  it('requests /api/globals/<slug> and parses it', async () => {
    const { fetch, calls } = fakeFetch(json(clone(homeFixture)))
    const client = createContentClient({ baseUrl: 'https://cms.example.org', apiPath: '/api/', fetch })
    const home = await client.global('home', { locale: 'ru', depth: 1 })
    expect(calls[0]!.url).toBe('https://cms.example.org/api/globals/home?depth=1&locale=ru')
    expect(home.sections?.map((s) => s.section)).toEqual(['why', 'benefits-and-risks', 'building-blocks'])
  })

  it('raises a ContentParseError naming the global', async () => {
    const { fetch } = fakeFetch(json({ ...clone(siteFixture), footer: {} }))
    await expect(createContentClient({ baseUrl: 'http://cms.test', fetch }).global('site')).rejects.toThrow(
      'Invalid global site: footer.copyright: expected string, received undefined',
    )
  })
})

describe('failures', () => {
  it('raises ContentRequestError on a 500 with status, url and body excerpt', async () => {
    const { fetch } = fakeFetch(json({ errors: [{ message: 'Something went wrong.' }] }, 500))
    const error = await createContentClient({ baseUrl: 'http://cms.test', fetch })
      .list('risks')
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ContentRequestError)
    expect(error).toMatchObject({
      status: 500,
      url: 'http://cms.test/api/risks?depth=1',
      bodyExcerpt: '{"errors":[{"message":"Something went wrong."}]}',
    })
    expect((error as Error).message).toMatch(/^GET http:\/\/cms\.test\/api\/risks\?depth=1 failed: HTTP 500/)
  })

  it('cuts a long error body to an excerpt', async () => {
    const { fetch } = fakeFetch(new Response('x'.repeat(5000), { status: 502 }))
    const error = (await createContentClient({ baseUrl: 'http://cms.test', fetch })
      .global('home')
      .catch((e: unknown) => e)) as ContentRequestError
    expect(error.status).toBe(502)
    expect(error.bodyExcerpt!.length).toBeLessThanOrEqual(501)
  })

  it('raises ContentRequestError on a network failure, keeping the cause', async () => {
    const cause = new TypeError('fetch failed')
    const { fetch } = fakeFetch(cause)
    const error = (await createContentClient({ baseUrl: 'http://cms.test', fetch })
      .bySlug('risks', 'bias')
      .catch((e: unknown) => e)) as ContentRequestError
    expect(error).toBeInstanceOf(ContentRequestError)
    expect(error.status).toBeUndefined()
    expect(error.cause).toBe(cause)
    expect(error.message).toContain('network error: fetch failed')
  })

  it('raises ContentRequestError when a 200 answer is not JSON', async () => {
    const { fetch } = fakeFetch(new Response('<html>proxy login</html>', { status: 200 }))
    await expect(createContentClient({ baseUrl: 'http://cms.test', fetch }).list('risks')).rejects.toMatchObject({
      name: 'ContentRequestError',
      status: 200,
      bodyExcerpt: '<html>proxy login</html>',
    })
  })

  it('lets Next.js control-flow errors through unchanged', async () => {
    const dynamicUsage = Object.assign(new Error('Dynamic server usage'), { digest: 'DYNAMIC_SERVER_USAGE' })
    const { fetch } = fakeFetch(dynamicUsage)
    await expect(createContentClient({ baseUrl: 'http://cms.test', fetch }).list('risks')).rejects.toBe(dynamicUsage)
  })

  it('gives up after timeoutMs with a ContentRequestError', async () => {
    const hanging: FetchLike = (_url, init) =>
      new Promise((_resolve, reject) => {
        init?.signal?.addEventListener('abort', () => reject(init.signal?.reason))
      })
    const client = createContentClient({ baseUrl: 'http://cms.test', fetch: hanging, timeoutMs: 20 })
    await expect(client.list('risks')).rejects.toMatchObject({
      name: 'ContentRequestError',
      message: expect.stringContaining('no answer within 20 ms'),
    })
  })
})

describe('search', () => {
  const answer = {
    query: 'red lines',
    locale: 'fr',
    results: [{ collection: 'building-blocks', slug: 'red-lines', title: 'Lignes rouges', summary: 'Des pratiques…', rank: 1.2 }],
  }

  it('requests /api/search with the trimmed query, the locale and the limit, passing init through', async () => {
    const { fetch, calls } = fakeFetch(json(answer))
    const client = createContentClient({ baseUrl: 'http://cms.test', fetch })
    const result = await client.search('  red lines ', { locale: 'fr', limit: 5, init: { cache: 'no-store' } })
    expect(path(calls[0]!.url)).toBe('/api/search')
    expect(query(calls[0]!.url)).toEqual({ q: 'red lines', locale: 'fr', limit: '5' })
    expect(calls[0]!.init?.cache).toBe('no-store')
    expect(headersOf(calls[0]).get('accept')).toBe('application/json')
    expect(result).toEqual(answer)
  })

  it("uses the client's default locale and leaves the limit to the CMS", async () => {
    const { fetch, calls } = fakeFetch(json({ ...answer, locale: 'es', results: [] }))
    const client = createContentClient({ baseUrl: 'http://cms.test', fetch, defaultLocale: 'es' })
    await client.search('x')
    expect(query(calls[0]!.url)).toEqual({ q: 'x', locale: 'es' })
  })

  it('rejects an empty query or a limit out of range without a request', async () => {
    const { fetch, calls } = fakeFetch()
    const client = createContentClient({ baseUrl: 'http://cms.test', fetch })
    await expect(client.search('   ')).rejects.toThrow(TypeError)
    await expect(client.search('x', { limit: 51 })).rejects.toThrow(TypeError)
    expect(calls).toHaveLength(0)
  })

  it('raises ContentRequestError on a 400 and ContentParseError on an unexpected answer', async () => {
    const { fetch } = fakeFetch(json({ error: 'Unknown locale' }, 400), json({ query: 'x', results: 'no' }))
    const client = createContentClient({ baseUrl: 'http://cms.test', fetch })
    await expect(client.search('x')).rejects.toMatchObject({ name: 'ContentRequestError', status: 400 })
    await expect(client.search('x')).rejects.toBeInstanceOf(ContentParseError)
  })
})

describe('updates', () => {
  const answer = {
    collection: 'initiatives',
    slug: 'global-dialogue-on-ai-governance',
    lastUpdated: '2026-12-02T09:30:00.000Z',
    updates: [
      { publishedAt: '2026-12-02T09:30:00.000Z', note: 'Le statut est maintenant « en activité ».' },
      { publishedAt: '2026-07-10T08:00:00.000Z', note: 'Première session à Genève.' },
    ],
  }

  it('requests /api/updates/<collection>/<slug> in the locale and parses the answer', async () => {
    const { fetch, calls } = fakeFetch(json(answer))
    const client = createContentClient({ baseUrl: 'http://cms.test', fetch })
    const result = await client.updates('initiatives', 'global-dialogue-on-ai-governance', { locale: 'fr', init: { cache: 'no-store' } })
    expect(path(calls[0]!.url)).toBe('/api/updates/initiatives/global-dialogue-on-ai-governance')
    expect(query(calls[0]!.url)).toEqual({ locale: 'fr' })
    expect(calls[0]!.init?.cache).toBe('no-store')
    expect(result).toEqual(answer)
  })

  it('raises ContentNotFoundError for an unknown page and ContentParseError for a note that is too long', async () => {
    const { fetch } = fakeFetch(json({ errors: [{ message: 'Not Found' }] }, 404), json({ ...answer, updates: [{ publishedAt: answer.lastUpdated, note: 'x'.repeat(301) }] }))
    const client = createContentClient({ baseUrl: 'http://cms.test', fetch })
    await expect(client.updates('risks', 'nothing-here')).rejects.toBeInstanceOf(ContentNotFoundError)
    await expect(client.updates('risks', 'bias')).rejects.toBeInstanceOf(ContentParseError)
  })
})
