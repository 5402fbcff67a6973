// Two CMS instances and one job worker: sessions, files and scheduled publishing are shared
// through the database and the bucket, and a scheduled publish happens exactly once.
import { Client } from 'pg'

import { cmsJson, scale, signIn, sleep, within } from './system'

// A 1×1 PNG.
const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64')

async function upload(cmsUrl: string, token: string, name: string, isPublic: boolean) {
  const form = new FormData()
  form.append('file', new Blob([png], { type: 'image/png' }), name)
  form.append('_payload', JSON.stringify({ alt: 'A single dot', public: isPublic }))
  const response = await fetch(`${cmsUrl}/api/media`, { method: 'POST', headers: { Authorization: `JWT ${token}` }, body: form })
  const body = await response.json()
  expect(response.status).toBe(201)
  return body.doc as { id: number; filename: string }
}

describe('two CMS instances', () => {
  const removals: Array<() => Promise<unknown>> = []
  afterAll(async () => {
    for (const remove of removals) await remove()
  })

  test('a login on one instance works on the other (the token and the cookie)', async () => {
    const [first, second] = scale().cmsUrls
    const session = await signIn(first)
    const byToken = await cmsJson(second, '/api/users/me', { token: session.token })
    expect(byToken.body.user?.email).toBe(scale().admin.email)
    // The browser sends the admin's address it signed in at (the CMS checks it against its trusted origins).
    const byCookie = await cmsJson(second, '/api/users/me', { headers: { Cookie: session.cookie, Origin: first } })
    expect(byCookie.body.user?.email).toBe(scale().admin.email)
    const fromElsewhere = await cmsJson(second, '/api/users/me', { headers: { Cookie: session.cookie, Origin: 'https://elsewhere.example' } })
    expect(fromElsewhere.body.user).toBeNull()
    // And a logout on the second ends the session on the first too.
    const other = await signIn(second)
    expect((await cmsJson(second, '/api/users/logout', { method: 'POST', token: other.token })).status).toBe(200)
    expect((await cmsJson(first, '/api/users/me', { token: other.token })).body.user).toBeNull()
  })

  test('a file uploaded through one instance is served by the other, and a private one to nobody anonymous', async () => {
    const [first, second] = scale().cmsUrls
    const { token } = await signIn(first)
    const stamp = Date.now()
    const shown = await upload(first, token, `scale-public-${stamp}.png`, true)
    const hidden = await upload(first, token, `scale-private-${stamp}.png`, false)
    for (const doc of [shown, hidden]) removals.push(() => cmsJson(first, `/api/media/${doc.id}`, { method: 'DELETE', token }))

    const served = await fetch(`${second}/api/media/file/${shown.filename}`)
    expect(served.status).toBe(200)
    expect(served.headers.get('content-type')).toBe('image/png')
    expect(Buffer.from(await served.arrayBuffer()).equals(png)).toBe(true)

    for (const cms of [first, second]) expect((await fetch(`${cms}/api/media/file/${hidden.filename}`)).status).toBe(404)
    const staff = await fetch(`${second}/api/media/file/${hidden.filename}`, { headers: { Authorization: `JWT ${token}` } })
    expect(staff.status).toBe(200)
    expect((await fetch(`${second}/api/media/file/never-uploaded-${stamp}.png`)).status).toBe(404)
  })

  test('a scheduled publish, with two instances and the worker running, makes exactly one published version', async () => {
    const [first] = scale().cmsUrls
    const { token, userId } = await signIn(first)
    const slug = `scale-scheduled-${Date.now()}`
    const created = await cmsJson(first, '/api/risks?draft=true', {
      method: 'POST',
      token,
      body: JSON.stringify({ title: 'A risk scheduled in the scaled shape', slug, order: 970, summary: 'Published once, by the worker.', _status: 'draft' }),
    })
    expect(created.status).toBe(201)
    const id = created.body.doc.id
    removals.push(() => cmsJson(first, `/api/risks/${id}`, { method: 'DELETE', token }))

    const db = new Client({ connectionString: scale().databaseUrl })
    await db.connect()
    try {
      // What the admin's "Schedule publish" stores; due in two seconds.
      await db.query(`INSERT INTO payload_jobs (input, task_slug, queue, wait_until) VALUES ($1, 'schedulePublish', 'default', $2)`, [
        JSON.stringify({ type: 'publish', doc: { relationTo: 'risks', value: String(id) }, user: { relationTo: 'users', value: userId } }),
        new Date(Date.now() + 2000),
      ])
      const waited = await within(45_000, async () => (await cmsJson(first, `/api/risks/${id}`)).status === 200, 'the scheduled publish').catch(async (error) => {
        const job = await db.query(`SELECT id, processing, has_error, total_tried, wait_until, completed_at FROM payload_jobs WHERE input->'doc'->>'value' = $1`, [String(id)])
        throw new Error(`${error.message}; its job: ${JSON.stringify(job.rows)}`)
      })
      console.log(`scheduled publish with two CMS instances and the worker: public ${waited} ms after queueing (due after 2 s)`)
      // Long enough for any second runner to have picked the job up too.
      await sleep(6_000)
      const versions = await db.query(`SELECT count(*)::int AS published FROM _risks_v WHERE parent_id = $1 AND version__status = 'published'`, [id])
      expect(versions.rows[0].published).toBe(1)
      const jobs = await db.query(`SELECT count(*)::int AS left FROM payload_jobs WHERE task_slug = 'schedulePublish' AND input->'doc'->>'value' = $1 AND completed_at IS NULL`, [String(id)])
      expect(jobs.rows[0].left).toBe(0)
    } finally {
      await db.end()
    }
  })
})
