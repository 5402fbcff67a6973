// The cache tier (deploy/varnish/default.vcl) in front of the real web app: what it keeps,
// what it never keeps, and who may purge. Needs Debian's varnish and varnish-modules
// (.ci/run installs them); without them this fails and names the apt-get line.
import fs from 'node:fs'
import path from 'node:path'

import { pageCacheTags } from '@global-ai-governance/content'

import { freePort } from '../../scripts/lib/processes.cjs'
import { startVarnish } from '../../scripts/lib/varnish.cjs'
import { pageTypes, trackerPageTypes, webUrl } from '../support/pages'

// Where `next start` keeps each rendered page with what Next recorded of it (its .meta file):
// .next/server/route-cache/APP_PAGE/<build's key>/$/<address>.meta.
const renderedPages = path.resolve(__dirname, '../../apps/web/.next/server/route-cache/APP_PAGE')
const metaOf = (address: string): string | undefined =>
  fs.existsSync(renderedPages)
    ? fs
        .readdirSync(renderedPages)
        .map((key) => path.join(renderedPages, key, '$', `${address}.meta`))
        .find((file) => fs.existsSync(file))
    : undefined

describe('the cache tier', () => {
  const secret = 'cache-tier-test-secret-0123456789'
  let varnish: { url: string; stop: () => Promise<void> }

  beforeAll(async () => {
    const web = new URL(webUrl())
    varnish = await startVarnish({ port: await freePort(), backends: [{ host: web.hostname, port: Number(web.port) }], secret })
  }, 90_000)
  afterAll(async () => varnish?.stop())

  const get = (path: string, headers: Record<string, string> = {}) => fetch(`${varnish.url}${path}`, { headers, redirect: 'manual' })
  const twice = async (path: string, headers: Record<string, string> = {}) => {
    const first = await get(path, headers)
    await first.arrayBuffer()
    const second = await get(path, headers)
    await second.arrayBuffer()
    return [first, second] as const
  }

  test('a public page is kept: the second visitor is served from the cache, without the tags meant for caches', async () => {
    const [first, second] = await twice('/en/risks/bias')
    expect(first.status).toBe(200)
    expect(second.status).toBe(200)
    expect(second.headers.get('x-cache')).toBe('HIT')
    expect(second.headers.get('xkey')).toBeNull()
  })

  test('a visitor’s cookies do not split the cache (the pages read none)', async () => {
    await (await get('/en/benefits')).arrayBuffer()
    const withCookie = await get('/en/benefits', { Cookie: 'tracking=abc' })
    expect(withCookie.headers.get('x-cache')).toBe('HIT')
  })

  test('a draft preview is never kept nor served from the cache', async () => {
    await (await get('/en/risks/bias')).arrayBuffer()
    const [first, second] = await twice('/en/risks/bias', { Cookie: '__prerender_bypass=preview-cookie' })
    expect(first.headers.get('x-cache')).toBe('MISS')
    expect(second.headers.get('x-cache')).toBe('MISS')
  })

  test('search results are never kept', async () => {
    const [, second] = await twice('/en/search?q=treaty')
    expect(second.status).toBe(200)
    expect(second.headers.get('x-cache')).toBe('MISS')
  })

  test('the RSC request without _rsc (a 307 without Vary) never reaches another visitor', async () => {
    const [rsc] = await twice('/en/risks', { RSC: '1' })
    expect(rsc.headers.get('x-cache')).toBe('MISS')
    const visitor = await get('/en/risks')
    expect(visitor.status).toBe(200)
    expect(visitor.headers.get('content-type')).toMatch(/^text\/html/)
  })

  test('a purge without the secret, or with a wrong one, is refused and changes nothing', async () => {
    await (await get('/en/matrix')).arrayBuffer()
    const attempts: Record<string, string>[] = [{ 'xkey-purge': 'risks' }, { 'xkey-purge': 'risks', 'X-Purge-Secret': 'wrong-secret-0123456789' }]
    for (const headers of attempts) {
      const refused = await fetch(`${varnish.url}/`, { method: 'PURGE', headers })
      expect(refused.status).toBe(403)
    }
    expect((await get('/en/matrix')).headers.get('x-cache')).toBe('HIT')
  })

  test('a purge with the secret must name its tags', async () => {
    const missing = await fetch(`${varnish.url}/`, { method: 'PURGE', headers: { 'X-Purge-Secret': secret } })
    expect(missing.status).toBe(400)
    const purged = await fetch(`${varnish.url}/`, { method: 'PURGE', headers: { 'X-Purge-Secret': secret, 'xkey-purge': 'no-page-has-this-tag' } })
    expect(purged.status).toBe(200)
    expect(await purged.text()).toContain('Purged 0 objects')
  })

  test('every tag a page read with is named to the cache tier (xkey, Surrogate-Key, Cache-Tag), so a publish purges it', async () => {
    // The pages Next keeps (the tracker's filters and the data files are rendered per request).
    const kept = [...Object.values(pageTypes), ...Object.values(trackerPageTypes).filter((page) => !page.startsWith('/initiatives?') && page !== '/initiatives')]
    const checked: string[] = []
    const uncovered: Record<string, string[]> = {}
    for (const locale of ['en', 'zh']) {
      for (const page of kept) {
        const address = `/${locale}${page}`
        const response = await fetch(`${webUrl()}${address}`)
        await response.arrayBuffer()
        expect(response.status).toBe(200)
        const named = (response.headers.get('xkey') ?? '').split(' ')
        expect(named).toEqual(pageCacheTags(address))
        expect(response.headers.get('surrogate-key')).toBe(named.join(' '))
        expect(response.headers.get('cache-tag')).toBe(named.join(','))
        const meta = metaOf(address)
        expect({ address, meta: Boolean(meta) }).toEqual({ address, meta: true })
        const recorded: string = JSON.parse(fs.readFileSync(meta!, 'utf8')).headers['x-next-cache-tags'] ?? ''
        // Next's own path tags (_N_T_/…) are for revalidatePath, which the CMS does not use.
        const read = recorded.split(',').filter((tag) => tag && !tag.startsWith('_N_T_'))
        expect(read.length).toBeGreaterThan(0)
        const missing = read.filter((tag) => !named.includes(tag))
        if (missing.length > 0) uncovered[address] = missing
        checked.push(address)
      }
    }
    expect(uncovered).toEqual({})
    expect(checked.length).toBe(kept.length * 2)
  })

  test('a purge by a page’s tag makes the cache fetch it afresh', async () => {
    await (await get('/en/actors/oecd')).arrayBuffer()
    expect((await get('/en/actors/oecd')).headers.get('x-cache')).toBe('HIT')
    const purged = await fetch(`${varnish.url}/`, { method: 'PURGE', headers: { 'X-Purge-Secret': secret, 'xkey-purge': 'actors:oecd' } })
    expect(purged.status).toBe(200)
    expect(await purged.text()).not.toContain('Purged 0 objects')
    const after = await get('/en/actors/oecd')
    expect(after.status).toBe(200)
    expect(after.headers.get('x-cache')).toBe('MISS')
  })
})
