/**
 * Publishes reach the public site within seconds, without a rebuild: the CMS
 * calls the web's POST /api/revalidate after the transaction commits, and the
 * web renders the tagged pages afresh. Runs against the real CMS and the built
 * web app started by global-setup (WEB_URL, REVALIDATE_SECRET).
 *
 * To tell "refreshed" from "never cached", some steps change the database
 * behind Payload's back (no hooks run): the web must keep showing the cached
 * text until somebody with the secret names the tag.
 */
import { Client } from 'pg'

import { adminToken, api, uniqueSuffix } from '../support/cms'
import { sleep } from '../support/wait'

const webUrl = () => {
  const url = process.env.WEB_URL
  if (!url) throw new Error('WEB_URL is not set: run these tests through jest so that global-setup starts the web app.')
  return url
}
const secret = () => process.env.REVALIDATE_SECRET!

/** The text of the home page's <h1> (the hero heading). */
async function homeHeading(): Promise<string> {
  const response = await fetch(`${webUrl()}/en`)
  const html = await response.text()
  if (response.status !== 200) throw new Error(`GET /en answered ${response.status}`)
  const match = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)
  return (match?.[1] ?? '').replace(/<[^>]+>/g, '').trim()
}

/** Polls the home page every 200 ms until its heading is `expected`; resolves with the seconds it took. */
async function waitForHeading(expected: string, timeoutMs = 15_000): Promise<number> {
  const started = Date.now()
  let seen = ''
  while (Date.now() - started < timeoutMs) {
    seen = await homeHeading()
    if (seen === expected) return (Date.now() - started) / 1000
    await sleep(200)
  }
  throw new Error(`the home page still shows "${seen}" after ${timeoutMs / 1000} s, expected "${expected}"`)
}

const revalidate = (init: RequestInit & { auth?: string | null } = {}) => {
  const { auth = `Bearer ${secret()}`, headers, ...rest } = init
  return fetch(`${webUrl()}/api/revalidate`, {
    method: 'POST',
    ...rest,
    headers: { 'Content-Type': 'application/json', ...(auth ? { Authorization: auth } : {}), ...(headers as Record<string, string>) },
  })
}

/** Changes the published English hero heading in the database directly: no Payload hook, no revalidation. */
async function setHeadingBehindPayload(heading: string): Promise<void> {
  const client = new Client({ connectionString: process.env.TEST_DATABASE_URL })
  await client.connect()
  try {
    const result = await client.query(`UPDATE home_locales SET hero_heading = $1 WHERE _locale = 'en'`, [heading])
    if (result.rowCount !== 1) throw new Error(`expected one English home row, updated ${result.rowCount}`)
  } finally {
    await client.end()
  }
}

const publishedHeading = async (): Promise<string> => {
  const { status, body } = await api('/api/globals/home?locale=en&depth=0')
  if (status !== 200) throw new Error(`GET /api/globals/home answered ${status}`)
  return body.hero.heading as string
}

describe('publishing refreshes the public site', () => {
  let token: string
  let original: string

  beforeAll(async () => {
    token = await adminToken()
    original = await publishedHeading()
    // Start from the CMS's current text, whatever an earlier run left in the web's cache.
    expect((await revalidate({ body: JSON.stringify({ tags: ['global:home'] }) })).status).toBe(200)
    await waitForHeading(original)
  })

  afterAll(async () => {
    // Leave the published heading (and the web's cache) as they were.
    await setHeadingBehindPayload(original).catch(() => undefined)
    await api('/api/globals/home?locale=en', { method: 'POST', token, body: { _status: 'published', hero: { heading: original } } })
    await waitForHeading(original).catch(() => undefined)
  })

  test('the revalidate route refuses requests without the secret, other methods and bad bodies, and refreshes nothing', async () => {
    const hidden = `Changed behind the cache ${uniqueSuffix()}`
    await setHeadingBehindPayload(hidden)
    try {
      const tags = JSON.stringify({ tags: ['global:home'] })
      const noSecret = await revalidate({ auth: null, body: tags })
      expect(noSecret.status).toBe(401)
      expect(await noSecret.json()).toEqual({ error: expect.any(String) })
      expect((await revalidate({ auth: 'Bearer wrong-secret', body: tags })).status).toBe(401)
      expect((await revalidate({ auth: `Basic ${secret()}`, body: tags })).status).toBe(401)
      expect((await revalidate({ auth: `Bearer ${secret()}x`, body: tags })).status).toBe(401)
      expect((await fetch(`${webUrl()}/api/revalidate?tags=global:home`, { headers: { Authorization: `Bearer ${secret()}` } })).status).toBe(405)

      const badBodies = [
        'not json',
        JSON.stringify({}),
        JSON.stringify({ tags: [] }),
        JSON.stringify({ tags: 'global:home' }),
        JSON.stringify({ tags: ['Global:Home'] }),
        JSON.stringify({ tags: ['global home'] }),
        JSON.stringify({ tags: ['x'.repeat(201)] }),
        JSON.stringify({ tags: Array.from({ length: 51 }, (_, index) => `tag-${index}`) }),
      ]
      for (const body of badBodies) {
        const response = await revalidate({ body })
        expect({ body, status: response.status }).toEqual({ body, status: 400 })
        expect(await response.json()).toEqual(expect.objectContaining({ issues: expect.any(Array) }))
      }
      const invalid = await (await revalidate({ body: JSON.stringify({ tags: ['UPPER'] }) })).json()
      expect(invalid.issues.length).toBeGreaterThan(0)

      // Nothing was refreshed: the page still shows the cached text.
      await sleep(1_000)
      expect(await homeHeading()).toBe(original)

      // The same tag with the secret does refresh it.
      const accepted = await revalidate({ body: tags })
      expect(accepted.status).toBe(200)
      expect(await accepted.json()).toEqual({ revalidated: ['global:home'], now: expect.any(Number) })
      await waitForHeading(hidden)
    } finally {
      await setHeadingBehindPayload(original)
      await revalidate({ body: JSON.stringify({ tags: ['global:home'] }) })
      await waitForHeading(original)
    }
  })

  test('an editor publishes a new hero heading and the home page shows it within seconds', async () => {
    const heading = `Published heading ${uniqueSuffix()}`
    const started = Date.now()
    const saved = await api('/api/globals/home?locale=en', { method: 'POST', token, body: { _status: 'published', hero: { heading } } })
    expect(saved.status).toBe(200)
    const afterSave = await waitForHeading(heading)
    console.log(
      `publish → visible on the web: ${((Date.now() - started) / 1000).toFixed(2)} s from the request, ${afterSave.toFixed(2)} s after the CMS answered`,
    )
    expect(afterSave).toBeLessThan(15)
  })

  test('a draft save on the published home page changes nothing public and refreshes nothing', async () => {
    const live = `Live heading ${uniqueSuffix()}`
    expect((await api('/api/globals/home?locale=en', { method: 'POST', token, body: { _status: 'published', hero: { heading: live } } })).status).toBe(200)
    await waitForHeading(live)

    // If the draft save asked the web to refresh, the page would show this database-only text.
    const behind = `Database only ${uniqueSuffix()}`
    await setHeadingBehindPayload(behind)
    const draft = `Draft heading ${uniqueSuffix()}`
    const saved = await api('/api/globals/home?locale=en&draft=true', { method: 'POST', token, body: { _status: 'draft', hero: { heading: draft } } })
    expect(saved.status).toBe(200)
    await sleep(3_000)
    expect(await homeHeading()).toBe(live)
    await setHeadingBehindPayload(live)
  })
})
