// Outages, last (they stop parts of the system for good): Redis, then both web replicas.
import { pageShows, scale, signalGroup, sleep, within } from './system'

describe('when parts of the scaled shape go down', () => {
  test('Redis stopped: every replica still answers, pages it had and pages it never rendered', async () => {
    const { webUrls, cacheUrl, groups } = scale()
    await (await fetch(`${webUrls[0]}/en/risks`)).arrayBuffer()
    signalGroup(groups.redis, 'SIGKILL')
    await sleep(500)
    for (const base of webUrls) {
      for (const page of ['/en/risks', '/fr/benefits/health', '/ru/actors/oecd']) {
        const started = Date.now()
        const response = await fetch(`${base}${page}`)
        await response.arrayBuffer()
        expect({ page, status: response.status }).toEqual({ page, status: 200 })
        console.log(`Redis down: ${base}${page} 200 in ${Date.now() - started} ms`)
      }
    }
    expect((await fetch(`${cacheUrl}/es/matrix`)).status).toBe(200)
  })

  test('both web replicas stopped: every page the cache tier has still answers 200, a page purged since included', async () => {
    const { webUrls, cacheUrl, groups, purgeSecret } = scale()
    const pages = ['/en', '/en/risks', '/en/building-blocks/red-lines', '/fr/matrix', '/zh/initiatives/eu-ai-act']
    for (const page of pages) {
      await (await fetch(`${cacheUrl}${page}`)).arrayBuffer()
      expect((await fetch(`${cacheUrl}${page}`)).headers.get('x-cache')).toBe('HIT')
    }
    for (const pid of groups.webs) signalGroup(pid, 'SIGKILL')
    for (const base of webUrls) await within(10_000, async () => fetch(`${base}/robots.txt`).then(() => false, () => true), `${base} stopped`)
    // A page the cache tier never had cannot be made up: it says the site is unavailable.
    expect((await fetch(`${cacheUrl}/ar/risks/bias?never-asked=${Date.now()}`)).status).toBe(503)
    // A publish made the block's page stale; with no replica to ask, the stale copy is served.
    const purged = await fetch(`${cacheUrl}/`, { method: 'PURGE', headers: { 'X-Purge-Secret': purgeSecret, 'xkey-purge': 'building-blocks:red-lines' } })
    expect(purged.status).toBe(200)
    for (const page of pages) {
      const answer = await pageShows(`${cacheUrl}${page}`, '</html>')
      expect({ page, status: answer.status, shows: answer.shows }).toEqual({ page, status: 200, shows: true })
    }
  })
})
