// Publishing in the scaled shape: through the cache tier, on every web replica, from either CMS
// instance; what the cache tier must never give a visitor.
import { previewLink } from '@global-ai-governance/content/server'

import { freePort, waitForHttp } from '../../scripts/lib/processes.cjs'
import { startWebReplica } from '../../scripts/lib/scaled.cjs'

import { cmsJson, pageShows, scale, signIn, within } from './system'

const blockPath = '/en/building-blocks/red-lines'

describe('a publish in the scaled shape', () => {
  let original: { id: number; title: string }
  let token: string

  beforeAll(async () => {
    const { cmsUrls } = scale()
    token = (await signIn(cmsUrls[0])).token
    const found = await cmsJson(cmsUrls[0], '/api/building-blocks?where[slug][equals]=red-lines&depth=0&locale=en', { token })
    original = { id: found.body.docs[0].id, title: found.body.docs[0].title }
  })
  afterAll(async () => {
    await cmsJson(scale().cmsUrls[0], `/api/building-blocks/${original.id}?locale=en`, { method: 'PATCH', token, body: JSON.stringify({ title: original.title, _status: 'published' }) })
  })

  test.each([0, 1])('published on CMS instance %i, it is visible through the cache and on both replicas', async (instance) => {
    const { cmsUrls, cacheUrl, webUrls } = scale()
    // Everyone has the page cached first: the cache tier and both replicas.
    for (const base of [cacheUrl, ...webUrls]) expect((await pageShows(`${base}${blockPath}`, original.title)).status).toBe(200)
    expect((await pageShows(`${cacheUrl}${blockPath}`, original.title)).cache).toBe('HIT')

    const title = `Red lines, published on instance ${instance} at ${Date.now()}`
    const started = Date.now()
    const saved = await cmsJson(cmsUrls[instance], `/api/building-blocks/${original.id}?locale=en`, { method: 'PATCH', token, body: JSON.stringify({ title, _status: 'published' }) })
    expect(saved.status).toBe(200)
    const seen: Record<string, number> = {}
    for (const [name, base] of [['cache tier', cacheUrl], ['web 1', webUrls[0]], ['web 2', webUrls[1]]] as const) {
      await within(15_000, async () => (await pageShows(`${base}${blockPath}`, title)).shows, `the new title through ${name}`)
      seen[name] = Date.now() - started
    }
    console.log(`publish on CMS ${instance + 1} → visible (ms after the save was sent): ${JSON.stringify(seen)}`)
    // And it stays: the cache tier now keeps the new page.
    const again = await pageShows(`${cacheUrl}${blockPath}`, title)
    expect(again).toEqual({ status: 200, shows: true, cache: 'HIT' })
  })

  test('a web replica started later serves the current page from the shared cache, not a render of its own', async () => {
    const { cmsUrls, webUrls, webReplicaEnv } = scale()
    const title = `Red lines, before a replica was added, at ${Date.now()}`
    const saved = await cmsJson(cmsUrls[0], `/api/building-blocks/${original.id}?locale=en`, { method: 'PATCH', token, body: JSON.stringify({ title, _status: 'published' }) })
    expect(saved.status).toBe(200)
    // Web 1 renders the new page once, into Redis.
    await within(15_000, async () => (await pageShows(`${webUrls[0]}${blockPath}`, title)).shows, 'the new title on web 1')
    const port = await freePort()
    const replica = startWebReplica({ port, env: webReplicaEnv, label: 'web 3 (added later)' })
    try {
      await waitForHttp(`http://127.0.0.1:${port}/robots.txt`, { server: replica, timeoutMs: 120_000 })
      const response = await fetch(`http://127.0.0.1:${port}${blockPath}`)
      expect(response.status).toBe(200)
      expect(await response.text()).toContain(title)
      // Its first answer for the page comes from the cache (a page it rendered itself would be a
      // MISS): the one web 1 rendered, read from Redis. Next may call it STALE and refresh it
      // behind the answer: a new process does not know when the entry was last checked.
      expect(['HIT', 'STALE']).toContain(response.headers.get('x-nextjs-cache'))
    } finally {
      await replica.stop()
    }
  })

  test('a draft preview through the cache never reaches an anonymous visitor', async () => {
    const { cmsUrls, cacheUrl, previewSecret } = scale()
    const draftTitle = `A draft title ${Date.now()}`
    const saved = await cmsJson(cmsUrls[1], `/api/building-blocks/${original.id}?locale=en&draft=true`, { method: 'PATCH', token, body: JSON.stringify({ title: draftTitle }) })
    expect(saved.status).toBe(200)
    const link = previewLink(cacheUrl, previewSecret, blockPath)
    const entered = await fetch(link, { redirect: 'manual' })
    expect(entered.status).toBe(307)
    const cookie = /__prerender_bypass=[^;]+/.exec(entered.headers.get('set-cookie') ?? '')?.[0]
    expect(cookie).toBeDefined()
    const preview = await pageShows(`${cacheUrl}${blockPath}`, draftTitle, { Cookie: cookie! })
    expect(preview).toMatchObject({ status: 200, shows: true, cache: 'MISS' })
    for (let visit = 0; visit < 3; visit++) {
      const visitor = await pageShows(`${cacheUrl}${blockPath}`, draftTitle)
      expect(visitor.status).toBe(200)
      expect(visitor.shows).toBe(false)
    }
  })

  test('the RSC redirect case never reaches a browser', async () => {
    const { cacheUrl } = scale()
    for (let attempt = 0; attempt < 2; attempt++) await (await fetch(`${cacheUrl}/en/benefits`, { headers: { RSC: '1' }, redirect: 'manual' })).arrayBuffer()
    const visitor = await fetch(`${cacheUrl}/en/benefits`, { redirect: 'manual' })
    expect(visitor.status).toBe(200)
    expect(visitor.headers.get('content-type')).toMatch(/^text\/html/)
  })

  test('a purge without the secret, or from a caller without it, changes nothing', async () => {
    const { cacheUrl } = scale()
    await (await fetch(`${cacheUrl}/en/matrix`)).arrayBuffer()
    const attempts: Record<string, string>[] = [{ 'xkey-purge': 'risks building-blocks' }, { 'xkey-purge': 'risks', 'X-Purge-Secret': 'not-the-secret-0123456789' }]
    for (const headers of attempts) {
      expect((await fetch(`${cacheUrl}/`, { method: 'PURGE', headers })).status).toBe(403)
    }
    expect((await fetch(`${cacheUrl}/en/matrix`)).headers.get('x-cache')).toBe('HIT')
  })
})
