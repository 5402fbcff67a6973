/** @jest-environment node */

// The index's and timeline's reads (lib/cms.ts, section "Initiatives: index and timeline") against a small fake of
// Payload's REST list: what they ask for, and how they put the pages together.
jest.mock('server-only', () => ({}))

// eslint-disable-next-line import/first
import { getInitiativeFilterOptions, getInitiativesList, getInitiativesTimeline } from './cms'
// eslint-disable-next-line import/first
import { emptyFilters, parseInitiativeFilters, type InitiativeFilters } from './initiativeFilters'

type Doc = { id: number; title: string; slug: string; kind: 'treaty'; status: 'adopted'; keyDate: string | null; identifier: null; actors: unknown[]; translationStatus: null }

const initiative = (id: number, keyDate: string | null): Doc => ({
  id,
  title: `Initiative ${String(id).padStart(3, '0')}`,
  slug: `initiative-${id}`,
  kind: 'treaty',
  status: 'adopted',
  keyDate,
  identifier: null,
  actors: [{ id: 30, name: 'OECD', slug: 'oecd', shortName: null, kind: 'international-organisation' }],
  translationStatus: null,
})

// 120 dated (one a year back from 2100, so newest first is id order) and 30 undated.
const dated = Array.from({ length: 120 }, (_, index) => initiative(index + 1, String(2100 - index)))
const undatedOf = (count: number) => Array.from({ length: count }, (_, index) => initiative(1000 + index, null))
let undated = undatedOf(30)

const requested: URL[] = []

/** Payload's answer to a list request, honouring `keyDate exists`, `sort`, `limit` and `page` (nothing else is needed here). */
function fakeList(url: URL): Response {
  const params = [...url.searchParams]
  const exists = params.find(([key]) => /\[keyDate\]\[exists\]$/.test(key))?.[1]
  if (url.pathname !== '/api/initiatives') {
    return new Response(JSON.stringify({ docs: [], totalDocs: 0, totalPages: 1, page: 1, limit: 100, hasNextPage: false, hasPrevPage: false }), { status: 200 })
  }
  let docs: Doc[] = exists === 'true' ? dated : exists === 'false' ? undated : [...dated, ...undated]
  const sort = url.searchParams.get('sort') ?? ''
  if (sort.startsWith('keyDate')) docs = [...docs].reverse()
  const limit = Number(url.searchParams.get('limit') ?? 10)
  const page = Number(url.searchParams.get('page') ?? 1)
  const slice = docs.slice((page - 1) * limit, page * limit)
  const totalPages = Math.max(1, Math.ceil(docs.length / limit))
  const body = { docs: slice, totalDocs: docs.length, totalPages, page, limit, hasNextPage: page < totalPages, hasPrevPage: page > 1 }
  return new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } })
}

beforeEach(() => {
  requested.length = 0
  undated = undatedOf(30)
  globalThis.fetch = jest.fn(async (input: string | URL | Request) => {
    const url = new URL(String(input))
    requested.push(url)
    return fakeList(url)
  }) as typeof fetch
})

const options = {
  buildingBlocks: [{ id: 1, title: 'Red lines', slug: 'red-lines' }],
  risks: [{ id: 7, title: 'Misuse', slug: 'misuse' }],
  actors: [{ id: 30, name: 'OECD', slug: 'oecd', shortName: null }],
}

const filtersOf = (query: string): InitiativeFilters =>
  parseInitiativeFilters(new URLSearchParams(query), { block: ['red-lines'], risk: ['misuse'], actor: ['oecd'] }).filters

const ids = (docs: readonly { id: number }[]) => docs.map((doc) => doc.id)

describe('the index\'s read', () => {
  test('asks only for what the list shows, actors at depth 1, 50 a page, newest first', async () => {
    const result = await getInitiativesList('fr', emptyFilters(), options)
    const main = requested[0]!
    expect(main.pathname).toBe('/api/initiatives')
    expect(main.searchParams.get('locale')).toBe('fr')
    expect(main.searchParams.get('depth')).toBe('1')
    expect(main.searchParams.get('limit')).toBe('50')
    expect(main.searchParams.get('sort')).toBe('-keyDate,title')
    const selected = [...main.searchParams.keys()].filter((key) => key.startsWith('select[')).sort()
    expect(selected).toEqual(
      ['actors', 'identifier', 'keyDate', 'kind', 'slug', 'status', 'title', 'translationStatus'].map((field) => `select[${field}]`),
    )
    expect(result).toMatchObject({ totalDocs: 150, page: 1, totalPages: 3, pageSize: 50 })
    expect(ids(result.docs)).toEqual(ids(dated.slice(0, 50)))
  })

  test('the filters reach the CMS as ids and checked values only', async () => {
    await getInitiativesList('en', filtersOf('block=red-lines&risk=misuse&actor=oecd&kind=law&from=2019&to=2024&q=ai&block=evil'), options)
    const query = decodeURIComponent(requested[0]!.search)
    expect(query).toContain('where[and][0][buildingBlocks][in][0]=1')
    expect(query).toContain('where[and][1][risks][in][0]=7')
    expect(query).toContain('where[and][2][actors][in][0]=30')
    expect(query).toContain('where[and][3][kind][in][0]=law')
    expect(query).toContain('where[and][4][keyDate][greater_than_equal]=2019')
    expect(query).toContain('where[and][5][keyDate][less_than]=2025')
    expect(query).toContain('where[and][6][or][0][title][like]=ai')
    expect(query).not.toContain('evil')
    // A year range leaves no undated initiative to read.
    expect(requested).toHaveLength(1)
  })

  test('a text filter is not cached; the rest are, by tag', async () => {
    const calls = (globalThis.fetch as jest.Mock).mock.calls as [string, RequestInit & { next?: { tags?: string[] } }][]
    await getInitiativesList('en', filtersOf('kind=law'), options)
    expect(calls[0]![1]).toMatchObject({ cache: 'force-cache', next: { tags: expect.arrayContaining(['initiatives', 'actors']) } })
    await getInitiativesList('en', filtersOf('q=ai'), options)
    expect(calls.at(-1)![1].cache).toBe('no-store')
  })

  test('sorted by date, the undated come last, whichever way the dates run', async () => {
    const page3 = await getInitiativesList('en', filtersOf('page=3'), options)
    expect(ids(page3.docs)).toEqual([...ids(dated.slice(100, 120)), ...ids(undated.slice(0, 30))])
    const oldestFirst = await getInitiativesList('en', filtersOf('sort=date-asc&page=3'), options)
    expect(ids(oldestFirst.docs)).toEqual([...ids([...dated].reverse().slice(100, 120)), ...ids(undated.slice(0, 30))])
  })

  test('a page of undated only reads the right slice of them (two of Payload\'s pages at most)', async () => {
    undated = undatedOf(130)
    // 120 dated: page 4 holds undated #30 to #79, across Payload's undated pages 1 and 2 of 50.
    const page4 = await getInitiativesList('en', filtersOf('page=4'), options)
    expect(ids(page4.docs)).toEqual(ids(undated.slice(30, 80)))
    const undatedReads = requested.filter((url) => [...url.searchParams].some(([key, value]) => key.endsWith('[keyDate][exists]') && value === 'false'))
    expect(undatedReads.map((url) => [url.searchParams.get('limit'), url.searchParams.get('page')])).toEqual([
      ['1', '1'],
      ['50', '1'],
      ['50', '2'],
    ])
    expect(page4).toMatchObject({ totalDocs: 250, totalPages: 5 })
  })

  test('past the last page: no documents (the page asks again for the last)', async () => {
    const past = await getInitiativesList('en', filtersOf('page=9'), options)
    expect(past.docs).toEqual([])
    expect(past.totalPages).toBe(3)
  })

  test('by name: one read, no split', async () => {
    const result = await getInitiativesList('en', filtersOf('sort=name'), options)
    expect(requested).toHaveLength(1)
    expect(requested[0]!.searchParams.get('sort')).toBe('title,-keyDate')
    expect(result.totalDocs).toBe(150)
  })

  test('show all: one page with everything, still the undated last', async () => {
    const result = await getInitiativesList('en', filtersOf('all=1'), options)
    expect(result.docs).toHaveLength(150)
    expect(ids(result.docs.slice(-30))).toEqual(ids(undated))
    expect(result).toMatchObject({ page: 1, totalPages: 1 })
  })

  test('the filter choices: blocks, risks and actors, without their joins', async () => {
    await getInitiativeFilterOptions('ar')
    const paths = requested.map((url) => url.pathname).sort()
    expect(paths).toEqual(['/api/actors', '/api/building-blocks', '/api/risks'])
    for (const url of requested) {
      expect(url.searchParams.get('joins')).toBe('false')
      expect(url.searchParams.get('depth')).toBe('0')
    }
  })
})

describe('the timeline\'s read', () => {
  test('every initiative, oldest first, in pages of 500', async () => {
    const all = await getInitiativesTimeline('en')
    expect(all).toHaveLength(150)
    expect(requested[0]!.searchParams.get('sort')).toBe('keyDate,title')
    expect(requested[0]!.searchParams.get('depth')).toBe('0')
    expect(requested[0]!.searchParams.has('select[actors]')).toBe(false)
    expect(requested[0]!.searchParams.get('limit')).toBe('500')
  })

  test('more than 500: the further pages are read too', async () => {
    undated = undatedOf(600)
    const all = await getInitiativesTimeline('en')
    expect(all).toHaveLength(720)
    expect(new Set(all.map((doc) => doc.id)).size).toBe(720)
    expect(requested.map((url) => url.searchParams.get('page'))).toEqual(['1', '2'])
  })
})
