/**
 * Faults, on real servers: concurrent saves of one document, PostgreSQL
 * restarted under the CMS, and the CMS killed while visitors load pages.
 * Runs last (support/sequencer.cjs): it stops the database for a while and
 * finally kills the CMS for good.
 */
import { locales } from '@global-ai-governance/content'

import { api, cmsUrl, staffToken, uniqueSuffix } from '../support/cms'
import { recordFigure } from '../support/figures'
import { webUrl } from '../support/pages'
import { pgCtl } from '../support/private-postgres.cjs'
import { stopCms } from '../support/servers'
import { sleep } from '../support/wait'

/** pg_ctl on the suite's private server (support/private-postgres.cjs). */
function pgCtlHere(...args: string[]) {
  const control = JSON.parse(process.env.RESILIENCE_PG_CONTROL ?? 'null')
  if (!control) throw new Error('RESILIENCE_PG_CONTROL is not set: run through `npm run test:resilience`.')
  pgCtl(control, ...args)
}

describe('faults', () => {
  let editor: Awaited<ReturnType<typeof staffToken>>
  beforeAll(async () => {
    editor = await staffToken('editor')
  })
  // What this file makes is not removed: it runs last, the CMS is gone at its end,
  // and the run's database is dropped afterwards.

  test('10 concurrent saves of one document: every save that succeeds is kept, any other is refused with a message', async () => {
    const suffix = uniqueSuffix()
    const created = await api('/api/risks', {
      method: 'POST',
      token: editor.token,
      body: { title: `Concurrent ${suffix}`, slug: `concurrent-${suffix}`, order: 990, summary: `Start ${suffix}.`, _status: 'published' },
    })
    expect(created.status).toBe(201)
    const id = created.body.doc.id as number
    // Ten editors each change a different part of the same document at once.
    const changes: Array<{ locale: string; body: Record<string, unknown>; read: (doc: any) => unknown; expected: unknown }> = [
      ...locales.map((locale) => ({
        locale,
        body: { title: `Title ${locale} ${suffix}` },
        read: (doc: any) => doc.title,
        expected: `Title ${locale} ${suffix}`,
      })),
      ...['fr', 'es', 'zh'].map((locale) => ({
        locale,
        body: { summary: `Summary ${locale} ${suffix}.` },
        read: (doc: any) => doc.summary,
        expected: `Summary ${locale} ${suffix}.`,
      })),
      { locale: 'en', body: { order: 991 }, read: (doc: any) => doc.order, expected: 991 },
    ]
    const answers = await Promise.all(
      changes.map((change) => api(`/api/risks/${id}?locale=${change.locale}`, { method: 'PATCH', token: editor.token, body: { ...change.body, _status: 'published' } })),
    )
    let lost = 0
    const report: string[] = []
    for (const [index, change] of changes.entries()) {
      const answer = answers[index]!
      const doc = (await api(`/api/risks/${id}?locale=${change.locale}&depth=0`, { token: editor.token })).body
      const kept = JSON.stringify(change.read(doc)) === JSON.stringify(change.expected)
      if (answer.status === 200 && !kept) {
        lost += 1
        report.push(`${JSON.stringify(change.body)} @${change.locale}: answered 200 but the document has ${JSON.stringify(change.read(doc))}`)
      } else if (answer.status !== 200) {
        // A refused save must say so (e.g. a conflict), and must not half-apply.
        const message = answer.body?.errors?.[0]?.message
        if (!(answer.status >= 400 && answer.status < 500 && message) || kept) {
          lost += 1
          report.push(`${JSON.stringify(change.body)} @${change.locale}: answered ${answer.status} ${JSON.stringify(answer.body)}`)
        }
      }
    }
    const succeeded = answers.filter((answer) => answer.status === 200).length
    recordFigure('Faults: 10 concurrent saves of one document (updates lost silently)', changes.length, lost, `${succeeded} saved, ${changes.length - succeeded} refused with a message`)
    expect(report).toEqual([])
  }, 120_000)

  test('PostgreSQL restarted under the CMS: the CMS recovers by itself and the next save succeeds', async () => {
    const suffix = uniqueSuffix()
    const created = await api('/api/risks', {
      method: 'POST',
      token: editor.token,
      body: { title: `Restart ${suffix}`, slug: `restart-${suffix}`, order: 992, summary: `Before the restart ${suffix}.`, _status: 'published' },
    })
    expect(created.status).toBe(201)
    const id = created.body.doc.id as number

    pgCtlHere('stop', '-m', 'fast')
    // While the database is down the CMS answers, and says it is unavailable.
    const down = await fetch(`${cmsUrl()}/api/health`)
    expect(down.status).toBe(503)
    await sleep(2000)
    pgCtlHere('start')

    // The first save after the database is back: no restart of the CMS, no retry by the client.
    const started = Date.now()
    const saved = await api(`/api/risks/${id}`, { method: 'PATCH', token: editor.token, body: { summary: `After the restart ${suffix}.`, _status: 'published' } })
    const seconds = (Date.now() - started) / 1000
    expect(saved.status).toBe(200)
    const read = await api(`/api/risks/${id}?depth=0`, { token: editor.token })
    expect(read.body.summary).toBe(`After the restart ${suffix}.`)
    expect((await fetch(`${cmsUrl()}/api/health`)).status).toBe(200)
    recordFigure('Faults: PostgreSQL restarted under the CMS (failed first saves)', 1, 0, `first save answered in ${seconds.toFixed(2)} s`)
  }, 120_000)

  test('the CMS killed while 64 connections load public pages: no failed load of a page rendered before', async () => {
    const pages = ['/en', '/en/building-blocks', '/en/building-blocks/red-lines', '/en/risks', '/en/risks/bias', '/en/benefits/health', '/en/matrix', '/fr/matrix', '/ar/references', '/zh/media']
    for (const path of pages) expect((await fetch(`${webUrl()}${path}`)).status).toBe(200)

    let tries = 0
    let failures = 0
    const failed: string[] = []
    let stop = false
    const worker = async (n: number) => {
      for (let i = n; !stop; i += 1) {
        const path = pages[i % pages.length]!
        tries += 1
        try {
          const response = await fetch(`${webUrl()}${path}`, { signal: AbortSignal.timeout(20_000) })
          const body = await response.text()
          if (response.status !== 200 || !body.includes('</html>')) {
            failures += 1
            if (failed.length < 10) failed.push(`${path}: ${response.status}`)
          }
        } catch (error) {
          failures += 1
          if (failed.length < 10) failed.push(`${path}: ${(error as Error).message}`)
        }
      }
    }
    const workers = Array.from({ length: 64 }, (_, n) => worker(n))
    await sleep(3000)
    const triesBeforeKill = tries
    await stopCms('SIGKILL')
    await expect(fetch(`${cmsUrl()}/api/health`)).rejects.toThrow()
    // Keep loading for a while with the CMS gone, long enough for every cached page to go stale.
    await sleep(8000)
    stop = true
    await Promise.all(workers)
    recordFigure('Faults: CMS killed under 64 connections (failed page loads)', tries, failures, `${tries - triesBeforeKill} loads after the kill`)
    expect(failed).toEqual([])
    expect(tries - triesBeforeKill).toBeGreaterThan(100)
  }, 120_000)
})
