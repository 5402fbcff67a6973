// /feed.xml read by an independent feed reader's parser (@rowanmanning/feed-parser, the parser
// behind feed readers that follow node-feedparser): an Atom 1.0 feed whose entries each have an
// id, a title, a link and a date, and whose links lead to pages of this site that answer 200.
import { parseFeed } from '@rowanmanning/feed-parser'

import { api } from '../support/cms'
import { webUrl } from '../support/pages'

let feed: ReturnType<typeof parseFeed>
let xml = ''

beforeAll(async () => {
  const response = await fetch(`${webUrl()}/feed.xml`)
  expect(response.status).toBe(200)
  expect(response.headers.get('content-type')).toMatch(/^application\/atom\+xml/)
  xml = await response.text()
  feed = parseFeed(xml)
})

const answers = async (url: string) => {
  const response = await fetch(url, { redirect: 'manual' })
  await response.arrayBuffer()
  return { url, status: response.status }
}

test('parses as Atom 1.0 with a title, a date and its own address', async () => {
  expect(feed.meta).toEqual({ type: 'atom', version: '1.0' })
  expect(feed.title).toBeTruthy()
  expect(feed.updated).toBeInstanceOf(Date)
  expect(feed.self).toBe(`${webUrl()}/feed.xml`)
  expect(await answers(feed.self!)).toEqual({ url: feed.self, status: 200 })
  expect(feed.url).toBe(`${webUrl()}/en`)
  expect(await answers(feed.url!)).toEqual({ url: feed.url, status: 200 })
})

test('lists every published building block, risk, benefit, initiative and film or podcast, up to fifty', async () => {
  const counts = await Promise.all(['building-blocks', 'risks', 'benefits', 'initiatives', 'media-entries'].map(async (collection) => (await api(`/api/${collection}?limit=1&depth=0`)).body.totalDocs as number))
  const published = counts.reduce((sum, count) => sum + count, 0)
  expect(published).toBeGreaterThan(0)
  expect(feed.items).toHaveLength(Math.min(published, 50))
})

test('every entry has an id, a title, a link and an updated date; the newest dates the feed', () => {
  for (const item of feed.items) {
    expect({ id: item.id, title: item.title, url: item.url }).toEqual({ id: expect.stringMatching(/^https?:\/\//), title: expect.any(String), url: expect.stringMatching(/^https?:\/\//) })
    expect(item.title!.trim()).not.toBe('')
    expect(item.updated).toBeInstanceOf(Date)
    expect(Number.isNaN(item.updated!.getTime())).toBe(false)
  }
  const newest = Math.max(...feed.items.map((item) => item.updated!.getTime()))
  expect(feed.updated!.getTime()).toBe(newest)
  // Atom requires an updated element on each entry, not only a date the parser could infer.
  expect(xml.match(/<entry>/g)?.length).toBe(feed.items.length)
  expect(xml.match(/<entry>[\s\S]*?<updated>[^<]+<\/updated>[\s\S]*?<\/entry>/g)?.length).toBe(feed.items.length)
})

test('every entry links to a page of this site that answers 200', async () => {
  const origin = new URL(webUrl()).origin
  const results = []
  for (const item of feed.items) {
    expect(new URL(item.url!).origin).toBe(origin)
    results.push(await answers(item.url!))
  }
  expect(results.filter((result) => result.status !== 200)).toEqual([])
}, 180_000)
