/**
 * The current-efforts tracker over HTTP, against the real CMS and web app:
 * each filter alone and combined gives what the CMS holds, bad filter values
 * are answered with the page and a message (never a 5xx), the downloads parse
 * back with as many records as the page counts, and drafts appear nowhere.
 */
import { parse } from 'csv-parse/sync'

import { api, madeHere, staffToken, uniqueSuffix } from '../support/cms'
import { webUrl } from '../support/pages'

const made = madeHere()
const suffix = uniqueSuffix()
const draftTitle = `Unpublished tracker draft ${suffix}`

const page = async (path: string) => {
  const response = await fetch(`${webUrl()}${path}`)
  return { status: response.status, html: await response.text() }
}
/** The "N initiatives" heading of the results. */
const countOf = (html: string): number => {
  const match = /<h2 id="initiatives-results"[^>]*>([\d,]+) initiatives?<\/h2>/.exec(html)
  if (!match) throw new Error('no result count on the page')
  return Number(match[1]!.replace(/,/g, ''))
}
const cmsCount = async (where: string) => (await api(`/api/initiatives?limit=1&depth=0&${where}`)).body.totalDocs as number
const idOf = async (collection: string, slug: string) => (await api(`/api/${collection}?where[slug][equals]=${slug}&depth=0`)).body.docs[0].id as number

let blockId: number
let riskId: number
let oecdId: number

beforeAll(async () => {
  ;[blockId, riskId, oecdId] = await Promise.all([idOf('building-blocks', 'red-lines'), idOf('risks', 'loss-of-control'), idOf('actors', 'oecd')])
  const { token } = await staffToken('editor')
  const draft = await api('/api/initiatives?draft=true&depth=0', {
    method: 'POST',
    token,
    body: {
      _status: 'draft',
      title: draftTitle,
      kind: 'treaty',
      status: 'in-force',
      statusCheckedOn: '2026-12-01T00:00:00.000Z',
      dates: { adopted: '2025-01', inForce: '2025-06' },
      buildingBlocks: [blockId],
      risks: [riskId],
      actors: [oecdId],
      summary: 'A draft that must not leave the CMS.',
    },
  })
  expect(draft.status).toBe(201)
  made.add('initiatives', draft.body.doc)
})
afterAll(() => made.removeAll())

describe('the initiatives index', () => {
  test.each([
    ['no filter', '', ''],
    ['a block', 'block=red-lines', () => `where[buildingBlocks][in]=${blockId}`],
    ['a risk', 'risk=loss-of-control', () => `where[risks][in]=${riskId}`],
    ['an actor', 'actor=oecd', () => `where[actors][in]=${oecdId}`],
    ['a kind', 'kind=treaty', 'where[kind][in]=treaty'],
    ['two statuses', 'status=in-force&status=operating', 'where[status][in]=in-force,operating'],
    ['a year range', 'from=2024&to=2025', 'where[and][0][keyDate][greater_than_equal]=2024&where[and][1][keyDate][less_than]=2026'],
    ['in force since 2024', 'status=in-force&from=2024', 'where[and][0][status][in]=in-force&where[and][1][keyDate][greater_than_equal]=2024'],
    [
      'block, risk and kind together',
      'block=red-lines&risk=loss-of-control&kind=declaration',
      () => `where[and][0][buildingBlocks][in]=${blockId}&where[and][1][risks][in]=${riskId}&where[and][2][kind][in]=declaration`,
    ],
  ] as const)('filtered by %s, it counts what the CMS holds', async (_name, query, where) => {
    const { status, html } = await page(`/en/initiatives${query ? `?${query}` : ''}`)
    expect(status).toBe(200)
    const expected = await cmsCount(typeof where === 'function' ? where() : where)
    expect(countOf(html)).toBe(expected)
    expect(html).not.toContain(draftTitle)
  })

  test('the text filter finds by words of the title', async () => {
    const { html } = await page('/en/initiatives?q=Bletchley')
    expect(countOf(html)).toBeGreaterThanOrEqual(1)
    expect(html).toContain('Bletchley')
  })

  test.each([
    ['an unknown block', 'block=no-such-block'],
    ['a year that is not a year', 'from=abc'],
    ['years the wrong way round', 'from=2025&to=2020'],
    ['10 kB of text', `q=${'x'.repeat(10_000)}`],
    ['repeated parameters', 'from=2020&from=2021&sort=name&sort=date-asc'],
    ['an unknown sort and page', 'sort=sideways&page=-3'],
  ])('%s is answered with the page and a message, never a 5xx', async (_name, query) => {
    const { status, html } = await page(`/en/initiatives?${query}`)
    expect(status).toBe(200)
    expect(html).toContain('class="error-summary"')
    expect(countOf(html)).toBeGreaterThanOrEqual(0)
    // What the visitor sees does not echo 10 kB back (Next's own router data, in scripts, carries the address).
    expect(html.replace(/<script[\s\S]*?<\/script>/g, '')).not.toContain('x'.repeat(100))
  })

  test('the timeline lists published initiatives under year headings, and no draft', async () => {
    const { status, html } = await page('/en/timeline')
    expect(status).toBe(200)
    expect(html).toMatch(/<h2[^>]*>2024<\/h2>/)
    expect(html).not.toContain(draftTitle)
  })
})

describe('open data', () => {
  test('the CSV and JSON of a filtered list parse back with as many records as the page counts', async () => {
    const query = 'status=in-force&from=2024'
    const count = countOf((await page(`/en/initiatives?${query}`)).html)
    const csv = await fetch(`${webUrl()}/data/initiatives.csv?${query}`)
    expect(csv.status).toBe(200)
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/)
    const rows = parse(await csv.text(), { columns: true }) as Record<string, string>[]
    expect(rows).toHaveLength(count)
    for (const row of rows) expect(row.status).toBe('in-force')
    const json = await fetch(`${webUrl()}/data/initiatives.json?${query}`)
    const body = await json.json()
    expect(body.initiatives).toHaveLength(count)
    expect(body.counts.initiatives).toBe(count)
    expect(body.licence).toBeTruthy()
    expect(Date.parse(body.exportedAt)).not.toBeNaN()
  })

  test('the whole framework downloads, and no file holds a draft', async () => {
    const framework = await (await fetch(`${webUrl()}/data/framework.json`)).text()
    const total = await cmsCount('')
    expect(framework).toContain('"initiatives"')
    expect(JSON.parse(framework).counts.initiatives).toBe(total)
    for (const path of ['/data/initiatives.csv', '/data/initiatives.json', '/data/framework.json', '/data/initiatives.csv?status=in-force']) {
      const text = await (await fetch(`${webUrl()}${path}`)).text()
      expect({ path, leaks: text.includes(draftTitle) }).toEqual({ path, leaks: false })
    }
  })

  test('a bad filter in a download is a 400 that says why, never a 5xx', async () => {
    for (const query of ['block=no-such-block', 'from=abc', `q=${'x'.repeat(10_000)}`]) {
      const response = await fetch(`${webUrl()}/data/initiatives.csv?${query}`)
      expect(response.status).toBe(400)
      expect((await response.text()).length).toBeGreaterThan(10)
    }
  })
})
