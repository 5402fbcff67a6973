// /robots.txt fetched over HTTP and read by two independent parsers that match rules differently:
// robots-parser (RFC 9309 / Google: the longest matching rule wins, Allow on a tie) and robots
// (ekalinin/robots.js, a port of Python's robotparser: the first matching rule in the group wins).
// A robots.txt whose rules overlap (`Allow: /` before `Disallow: /api/`) means different things
// to them; the site's must mean the same thing to both.
import { RobotsParser } from 'robots'
import robotsParser from 'robots-parser'

import { webUrl } from '../support/pages'

const agents = ['Googlebot', '*']

const paths = [
  '/',
  '/en',
  '/ar',
  '/fr/risks/bias',
  '/en/building-blocks/red-lines',
  '/es/media',
  '/zh/references',
  '/api/references/all.bib',
  '/api/references/maas-villalobos-2023.ris',
  '/api/preview',
  '/api/preview/exit',
  '/api/revalidate',
  '/feed.xml',
  '/sitemap.xml',
]

/** What each parser says of each agent and path. */
function readings(text: string, origin: string) {
  const longest = robotsParser(`${origin}/robots.txt`, text)
  const first = new RobotsParser().parse(text.split(/\r?\n/))
  return agents.flatMap((agent) =>
    paths.map((path) => ({ agent, path, longestMatch: longest.isAllowed(`${origin}${path}`, agent), firstMatch: first.canFetchSync(agent, path) })),
  )
}

let text = ''
const origin = () => new URL(webUrl()).origin

beforeAll(async () => {
  const response = await fetch(`${webUrl()}/robots.txt`)
  expect(response.status).toBe(200)
  expect(response.headers.get('content-type')).toMatch(/^text\/plain/)
  text = await response.text()
})

test('the two parsers do disagree on overlapping rules (so their agreement below means something)', () => {
  const overlapping = 'User-agent: *\nAllow: /\nDisallow: /api/\n'
  const disagreements = readings(overlapping, 'https://example.org').filter((reading) => reading.longestMatch !== reading.firstMatch)
  expect(disagreements.map((reading) => reading.path)).toContain('/api/preview')
})

test('both parsers read the same answer for every agent and path', () => {
  const disagreements = readings(text, origin()).filter((reading) => reading.longestMatch !== reading.firstMatch)
  expect(disagreements).toEqual([])
})

test('both let crawlers at every page, the feed and the sitemap, and keep them out of the API', () => {
  for (const reading of readings(text, origin())) {
    const expected = !reading.path.startsWith('/api/')
    expect(reading).toEqual({ ...reading, longestMatch: expected, firstMatch: expected })
  }
})

test('both find the sitemap, at an address on this site that answers 200', async () => {
  const longest = robotsParser(`${origin()}/robots.txt`, text).getSitemaps()
  const first = await new Promise<string[]>((resolve) => new RobotsParser().parse(text.split(/\r?\n/)).getSitemaps(resolve))
  expect(longest).toEqual([`${webUrl()}/sitemap.xml`])
  expect(first).toEqual(longest)
  const sitemap = await fetch(longest[0]!)
  expect(sitemap.status).toBe(200)
})
