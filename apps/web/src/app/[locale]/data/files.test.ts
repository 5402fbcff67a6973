/** @jest-environment node */

// The open-data routes against a small fake of Payload's REST list: what they read (anonymous, published, only the
// exported fields), what they answer (files, 400 for a bad parameter, 503 when the CMS is down), and that a draft
// never leaves, even should the CMS send one.
jest.mock('server-only', () => ({}))

// eslint-disable-next-line import/first
import { parse } from 'csv-parse/sync'

// eslint-disable-next-line import/first
import { GET as actorsCsv } from './actors.csv/route'
// eslint-disable-next-line import/first
import { GET as buildingBlocksCsv } from './building-blocks.csv/route'
// eslint-disable-next-line import/first
import { GET as frameworkJson } from './framework.json/route'
// eslint-disable-next-line import/first
import { GET as initiativesCsv } from './initiatives.csv/route'
// eslint-disable-next-line import/first
import { GET as initiativesJson } from './initiatives.json/route'

const stamp = { createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-02T00:00:00.000Z', _status: 'published' }

const initiative = (id: number, slug: string, keyDate: string | null, extra: object = {}) => ({
  id,
  ...stamp,
  title: `Initiative ${slug}`,
  slug,
  kind: 'treaty',
  status: 'in-force',
  statusCheckedOn: '2026-12-01T00:00:00.000Z',
  dates: { announced: null, adopted: keyDate, inForce: null },
  keyDate,
  buildingBlocks: [1],
  risks: [2],
  actors: [4],
  summary: 'A summary.',
  sources: [],
  relatedInitiatives: [],
  translationStatus: null,
  ...extra,
})

const collections: Record<string, unknown[]> = {
  'building-blocks': [{ id: 1, ...stamp, title: 'Red lines', slug: 'red-lines', order: 1, summary: 'Limits.', relatedRisks: [2], relatedBenefits: [], citations: [], translationStatus: null }],
  risks: [{ id: 2, ...stamp, title: 'Bias', slug: 'bias', order: 1, summary: 'Unfair outcomes.', citations: [], translationStatus: null }],
  benefits: [{ id: 5, ...stamp, title: 'Health', slug: 'health', order: 1, summary: 'Better care.', sdgs: [3], citations: [], translationStatus: null }],
  actors: [{ id: 4, ...stamp, name: 'OECD', slug: 'oecd', kind: 'international-organisation', translationStatus: null }],
  citations: [],
  initiatives: [
    initiative(10, 'dated-one', '2024-05-17'),
    initiative(11, 'dated-two', '2019'),
    // A CMS that wrongly sent a draft: the files leave it out all the same.
    initiative(12, 'leaked-draft', '2025', { _status: 'draft' }),
  ],
}

const undatedInitiatives = [initiative(20, 'undated', null)]

const requested: { url: URL; headers: Record<string, string> }[] = []
let cmsDown = false

/** Payload's answer to a list request: the collection's documents, the dated or undated ones when asked (nothing else is honoured). */
function fakeList(url: URL): Response {
  const collection = url.pathname.replace(/^\/api\//, '')
  const exists = [...url.searchParams].find(([key]) => /\[keyDate\]\[exists\]$/.test(key))?.[1]
  const docs = collection === 'initiatives' && exists === 'false' ? undatedInitiatives : (collections[collection] ?? [])
  return new Response(JSON.stringify({ docs, totalDocs: docs.length, totalPages: 1, page: 1, limit: 5000, hasNextPage: false, hasPrevPage: false }), {
    status: 200,
    headers: { 'content-type': 'application/json' },
  })
}

beforeEach(() => {
  requested.length = 0
  cmsDown = false
  globalThis.fetch = jest.fn(async (input: string | URL | Request, init?: RequestInit) => {
    const url = new URL(String(input))
    requested.push({ url, headers: Object.fromEntries(new Headers(init?.headers).entries()) })
    if (cmsDown) throw new TypeError('fetch failed')
    return fakeList(url)
  }) as typeof fetch
})

const call = (handler: (request: Request, context: { params: Promise<{ locale: string }> }) => Promise<Response>, address: string, locale = 'en') =>
  handler(new Request(`http://localhost:3000${address}`), { params: Promise.resolve({ locale }) })

describe('the open-data routes', () => {
  test('initiatives.csv: every published initiative, dated first, as the list orders them; no draft', async () => {
    const response = await call(initiativesCsv, '/data/initiatives.csv')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="initiatives-\d{4}-\d{2}-\d{2}\.csv"$/)
    const text = await response.text()
    const rows = parse(text, { columns: true }) as Record<string, string>[]
    expect(rows.map((row) => row.id)).toEqual(['dated-one', 'dated-two', 'undated'])
    expect(rows[0]).toMatchObject({ buildingBlocks: 'red-lines', risks: 'bias', actors: 'oecd', page: 'http://localhost:3000/en/initiatives/dated-one' })
    expect(text).not.toContain('leaked-draft')
  })

  test('every read is anonymous and published: no credentials, no draft, only the exported fields, at most 5000 a page', async () => {
    await call(frameworkJson, '/data/framework.json')
    expect(requested.length).toBeGreaterThanOrEqual(6)
    for (const { url, headers } of requested) {
      expect(headers.authorization).toBeUndefined()
      expect(url.searchParams.get('draft')).toBeNull()
      expect(url.searchParams.get('depth')).toBe('0')
      expect(url.searchParams.get('limit')).toBe('5000')
      expect([...url.searchParams.keys()].some((key) => key.startsWith('select['))).toBe(true)
      expect(url.searchParams.get('select[body]')).toBeNull()
      expect(url.searchParams.get('select[seo]')).toBeNull()
    }
  })

  test('framework.json: every table, with its counts, licence, date and language', async () => {
    const response = await call(frameworkJson, '/data/framework.json?locale=fr')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-language')).toBe('fr')
    const json = (await response.json()) as Record<string, unknown>
    expect(json).toMatchObject({
      locale: 'fr',
      licence: { url: 'https://creativecommons.org/licenses/by/4.0/' },
      counts: { initiatives: 3, buildingBlocks: 1, risks: 1, benefits: 1, actors: 1, references: 0 },
      schema: 'http://localhost:3000/fr/data',
    })
    expect(typeof json.exportedAt).toBe('string')
    expect(JSON.stringify(json)).not.toContain('leaked-draft')
    expect(requested.every(({ url }) => url.searchParams.get('locale') === 'fr')).toBe(true)
  })

  test('the filtered list: the list’s parameters reach the CMS as its `where`, the JSON says which filters it applied', async () => {
    const response = await call(initiativesJson, '/data/initiatives.json?block=red-lines&status=in-force&from=2019')
    expect(response.status).toBe(200)
    const json = (await response.json()) as { filters: Record<string, unknown>; query: string; initiatives: { id: string }[] }
    expect(json.filters).toMatchObject({ block: ['red-lines'], status: ['in-force'], from: 2019, to: null })
    expect(json.query).toBe('block=red-lines&status=in-force&from=2019')
    const filtered = requested.filter(({ url }) => url.pathname === '/api/initiatives' && [...url.searchParams.keys()].some((key) => key.includes('[buildingBlocks][in]')))
    expect(filtered.length).toBeGreaterThan(0)
    const where = [...filtered[0]!.url.searchParams].filter(([key]) => key.startsWith('where'))
    expect(where).toEqual(expect.arrayContaining([[expect.stringMatching(/\[buildingBlocks\]\[in\]\[0\]$/), '1'], [expect.stringMatching(/\[status\]\[in\]\[0\]$/), 'in-force']]))
    // A year filter leaves no undated initiative: no read of them.
    expect(filtered.some(({ url }) => [...url.searchParams].some(([key, value]) => key.endsWith('[keyDate][exists]') && value === 'false'))).toBe(false)
  })

  test.each([
    ['/data/initiatives.csv?status=maybe', 'Bad request: status: “maybe” is not one of its values.\n'],
    ['/data/initiatives.csv?block=no-such-block', 'Bad request: block: “no-such-block” is not one of its values.\n'],
    ['/data/initiatives.csv?from=20x4', 'Bad request: from: “20x4” is not a year from 1900 to 2100.\n'],
    ['/data/initiatives.csv?locale=de', 'Bad request: locale “de” is not one of en, fr, es, ar, zh, ru.\n'],
  ])('%s is a 400 in plain text that names the problem', async (address, message) => {
    const response = await call(initiativesCsv, address)
    expect(response.status).toBe(400)
    expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8')
    expect(await response.text()).toBe(message)
  })

  test('a table’s file takes no parameter but the language', async () => {
    const response = await call(buildingBlocksCsv, '/data/building-blocks.csv?status=in-force')
    expect(response.status).toBe(400)
    expect(await response.text()).toBe('Bad request: “status”: this file takes no parameter but locale.\n')
    expect((await call(buildingBlocksCsv, '/data/building-blocks.csv?locale=ar')).status).toBe(200)
  })

  test('the address’s own language is the file’s unless ?locale= says otherwise', async () => {
    const response = await call(actorsCsv, '/fr/data/actors.csv', 'fr')
    expect(response.headers.get('content-disposition')).toMatch(/filename="actors-fr-\d{4}-\d{2}-\d{2}\.csv"/)
    expect((await call(actorsCsv, '/xx/data/actors.csv', 'xx')).status).toBe(404)
  })

  test('a CMS that does not answer is a 503, never an empty file', async () => {
    cmsDown = true
    const errors = jest.spyOn(console, 'error').mockImplementation(() => {})
    const response = await call(initiativesCsv, '/data/initiatives.csv')
    expect(response.status).toBe(503)
    expect(response.headers.get('retry-after')).toBe('120')
    errors.mockRestore()
  })
})
