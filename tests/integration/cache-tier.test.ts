// The cache tier (deploy/varnish/default.vcl) in front of the real web app: what it keeps,
// what it never keeps, and who may purge. Needs Debian's varnish and varnish-modules
// (.ci/run installs them); without them this fails and names the apt-get line.
import { freePort } from '../../scripts/lib/processes.cjs'
import { startVarnish } from '../../scripts/lib/varnish.cjs'
import { webUrl } from '../support/pages'

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
})
