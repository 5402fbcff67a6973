/**
 * The editorial round: a contributor marks a draft ready, an editor finds it
 * among the drafts waiting for review and publishes it or sends it back; and
 * a publish scheduled for a set time happens then, run by the CMS's own job
 * queue, with the public page following. Documents are made here.
 */
import { Client } from 'pg'

import { api, fieldErrors, madeHere, staffToken, uniqueSuffix } from '../support/cms'
import { webUrl } from '../support/pages'
import { sleep } from '../support/wait'

const made = madeHere()
afterAll(() => made.removeAll())

async function waitFor<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs: number): Promise<{ value: T; seconds: number }> {
  const started = Date.now()
  let value = await read()
  while (!done(value)) {
    if (Date.now() - started > timeoutMs) throw new Error(`still not there after ${timeoutMs} ms: ${JSON.stringify(value).slice(0, 300)}`)
    await sleep(250)
    value = await read()
  }
  return { value, seconds: (Date.now() - started) / 1000 }
}

/** What the admin's "Schedule publish" stores: a schedulePublish job in Payload's queue, due at `due`. */
async function schedule(type: 'publish' | 'unpublish', id: number, userId: number, due: Date) {
  const db = new Client({ connectionString: process.env.TEST_DATABASE_URL })
  await db.connect()
  try {
    await db.query(`INSERT INTO payload_jobs (input, task_slug, queue, wait_until) VALUES ($1, 'schedulePublish', 'default', $2)`, [
      JSON.stringify({ type, doc: { relationTo: 'risks', value: String(id) }, user: { relationTo: 'users', value: userId } }),
      due,
    ])
  } finally {
    await db.end()
  }
}

describe('review', () => {
  let contributor: Awaited<ReturnType<typeof staffToken>>
  let editor: Awaited<ReturnType<typeof staffToken>>
  let id: number
  beforeAll(async () => {
    contributor = await staffToken('contributor')
    editor = await staffToken('editor')
    const created = await api('/api/benefits?draft=true', {
      method: 'POST',
      token: contributor.token,
      body: { title: 'A benefit in review', slug: `review-${uniqueSuffix()}`, order: 950, summary: 'Written by a contributor.', _status: 'draft' },
    })
    expect(created.status).toBe(201)
    id = made.add('benefits', created.body.doc).id
    expect(created.body.doc.reviewStatus).toBe('editing')
  })

  const waiting = async (token: string, state: string) =>
    (await api(`/api/benefits?draft=true&depth=0&limit=100&where[reviewStatus][equals]=${state}`, { token })).body.docs.map((doc: { id: number }) => doc.id)

  test('a contributor marks the draft ready; editors find it among the drafts waiting', async () => {
    const ready = await api(`/api/benefits/${id}?draft=true`, { method: 'PATCH', token: contributor.token, body: { reviewStatus: 'ready', _status: 'draft' } })
    expect(ready.status).toBe(200)
    expect(await waiting(editor.token, 'ready')).toContain(id)
    // Still a draft: nobody outside sees it.
    expect((await api(`/api/benefits/${id}`)).status).toBe(404)
  })

  test('only an editor sends a draft back, with a note; the contributor then finds it', async () => {
    const refused = await api(`/api/benefits/${id}?draft=true`, { method: 'PATCH', token: contributor.token, body: { reviewStatus: 'changes-requested', _status: 'draft' } })
    expect(refused.status).toBe(400)
    expect(fieldErrors(refused.body).reviewStatus).toMatch(/Only editors and admins can send a draft back/)
    const sentBack = await api(`/api/benefits/${id}?draft=true`, {
      method: 'PATCH',
      token: editor.token,
      body: { reviewStatus: 'changes-requested', reviewNote: 'Name the source of the figure.', _status: 'draft' },
    })
    expect(sentBack.status).toBe(200)
    expect(await waiting(contributor.token, 'changes-requested')).toContain(id)
    expect(await waiting(editor.token, 'ready')).not.toContain(id)
    // The draft's text was not lost on the way.
    expect((await api(`/api/benefits/${id}?draft=true`, { token: editor.token })).body.summary).toBe('Written by a contributor.')
  })

  test('a contributor can never publish it; an editor can, and that ends the round', async () => {
    await api(`/api/benefits/${id}?draft=true`, { method: 'PATCH', token: contributor.token, body: { reviewStatus: 'ready', summary: 'Written by a contributor, with its source.', _status: 'draft' } })
    const publishByContributor = await api(`/api/benefits/${id}`, { method: 'PATCH', token: contributor.token, body: { _status: 'published' } })
    expect(publishByContributor.status).toBe(403)
    expect((await api(`/api/benefits/${id}`)).status).toBe(404)

    const published = await api(`/api/benefits/${id}`, { method: 'PATCH', token: editor.token, body: { _status: 'published' } })
    expect(published.status).toBe(200)
    expect(published.body.doc.reviewStatus).toBe('editing')
    expect(published.body.doc.reviewNote ?? null).toBeNull()
    expect((await api(`/api/benefits/${id}`)).body.summary).toBe('Written by a contributor, with its source.')
  })
})

describe('scheduled publishing', () => {
  test('a publish queued for a set time happens then, by itself, and the public page follows', async () => {
    const editor = await staffToken('editor')
    const slug = `scheduled-${uniqueSuffix()}`
    const created = await api('/api/risks?draft=true', {
      method: 'POST',
      token: editor.token,
      body: { title: 'A scheduled risk', slug, order: 960, summary: 'Goes live at its set time.', _status: 'draft' },
    })
    expect(created.status).toBe(201)
    made.add('risks', created.body.doc)
    const publicPage = async () => (await fetch(`${webUrl()}/en/risks/${slug}`)).status
    expect(await publicPage()).toBe(404)

    // Due in three seconds.
    const due = new Date(Date.now() + 3000)
    await schedule('publish', created.body.doc.id, editor.id, due)

    // Not before its time…
    expect((await api(`/api/risks/${created.body.doc.id}`)).status).toBe(404)
    // …and then without anyone pressing a button (the CMS checks its queue every two seconds in tests).
    const { seconds } = await waitFor(async () => (await api(`/api/risks/${created.body.doc.id}`)).body?._status, (status) => status === 'published', 30_000)
    expect(Date.now()).toBeGreaterThanOrEqual(due.getTime())
    const live = await waitFor(publicPage, (status) => status === 200, 15_000)
    console.log(`scheduled publish: published ${seconds.toFixed(1)} s after queueing (due after 3 s); public page 200 ${live.seconds.toFixed(2)} s later`)
  })

  test('a scheduled unpublish takes a page down at its time', async () => {
    const editor = await staffToken('editor')
    const slug = `unscheduled-${uniqueSuffix()}`
    const created = await api('/api/risks', {
      method: 'POST',
      token: editor.token,
      body: { title: 'A risk to withdraw', slug, order: 961, summary: 'Comes down at its set time.', _status: 'published' },
    })
    expect(created.status).toBe(201)
    made.add('risks', created.body.doc)
    await schedule('unpublish', created.body.doc.id, editor.id, new Date(Date.now() + 2000))
    await waitFor(async () => (await api(`/api/risks/${created.body.doc.id}`)).status, (status) => status === 404, 30_000)
    await waitFor(async () => (await fetch(`${webUrl()}/en/risks/${slug}`)).status, (status) => status === 404, 15_000)
  })
})

describe('version history', () => {
  test('restoring an earlier version makes a new draft: the live page keeps its text until an editor publishes', async () => {
    const editor = await staffToken('editor')
    const contributor = await staffToken('contributor')
    const created = await api('/api/risks', {
      method: 'POST',
      token: editor.token,
      body: { title: 'A risk with history', slug: `history-${uniqueSuffix()}`, order: 970, summary: 'The first wording.', _status: 'published' },
    })
    expect(created.status).toBe(201)
    const id = made.add('risks', created.body.doc).id
    expect((await api(`/api/risks/${id}`, { method: 'PATCH', token: editor.token, body: { summary: 'The second wording.', _status: 'published' } })).status).toBe(200)

    const history = await api(`/api/risks/versions?where[parent][equals]=${id}&sort=-createdAt&limit=50&depth=0`, { token: editor.token })
    const first = history.body.docs.find((version: { version: { summary: string; _status: string } }) => version.version.summary === 'The first wording.' && version.version._status === 'published')
    expect(first).toBeDefined()

    // A contributor may not put an old published version back live.
    expect((await api(`/api/risks/versions/${first.id}`, { method: 'POST', token: contributor.token })).status).toBe(403)

    const restored = await api(`/api/risks/versions/${first.id}?draft=true`, { method: 'POST', token: editor.token })
    expect(restored.status).toBe(200)
    expect((await api(`/api/risks/${id}?depth=0`)).body.summary).toBe('The second wording.')
    const draft = await api(`/api/risks/${id}?draft=true&depth=0`, { token: editor.token })
    expect(draft.body.summary).toBe('The first wording.')
    expect(draft.body._status).toBe('draft')
    // Nothing was overwritten: the history has one more entry.
    const after = await api(`/api/risks/versions?where[parent][equals]=${id}&limit=50&depth=0`, { token: editor.token })
    expect(after.body.totalDocs).toBe(history.body.totalDocs + 1)
  })
})
