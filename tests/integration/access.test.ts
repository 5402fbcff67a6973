import { adminToken, api, staffToken, uniqueSuffix } from '../support/cms'

const draftRisk = (suffix: string) => ({
  title: `Unreleased risk ${suffix}`,
  order: 900,
  summary: 'A draft that must stay invisible to the public until an editor publishes it.',
  _status: 'draft',
})

describe('anonymous readers see published documents only', () => {
  let editor: string
  let draftId: number
  let draftSlug: string

  beforeAll(async () => {
    editor = (await staffToken('editor')).token
    const created = await api('/api/risks?draft=true', { method: 'POST', token: editor, body: draftRisk(uniqueSuffix()) })
    expect(created.status).toBe(201)
    draftId = created.body.doc.id
    draftSlug = created.body.doc.slug
  })

  test('a new draft is invisible in lists, by id and by slug, with or without ?draft=true', async () => {
    for (const query of ['', '?draft=true']) {
      const list = await api(`/api/risks${query}${query ? '&' : '?'}limit=100`)
      expect(list.status).toBe(200)
      expect(list.body.docs.map((d: any) => d.id)).not.toContain(draftId)
      const byId = await api(`/api/risks/${draftId}${query}`)
      expect(byId.status).toBeGreaterThanOrEqual(400)
      expect(JSON.stringify(byId.body)).not.toContain('Unreleased risk')
      const bySlug = await api(`/api/risks?where[slug][equals]=${draftSlug}${query ? '&draft=true' : ''}`)
      expect(bySlug.body.docs).toHaveLength(0)
    }
    const staff = await api(`/api/risks/${draftId}?draft=true`, { token: editor })
    expect(staff.status).toBe(200)
    expect(staff.body.title).toMatch(/^Unreleased risk/)
  })

  test('a draft edit of a published document does not change what the public reads', async () => {
    const { body: list } = await api('/api/risks?where[slug][equals]=bias&depth=0')
    const bias = list.docs[0]
    const saved = await api(`/api/risks/${bias.id}?draft=true`, {
      method: 'PATCH',
      token: editor,
      body: { summary: 'DRAFT-ONLY wording of the bias summary', _status: 'draft' },
    })
    expect(saved.status).toBe(200)
    for (const path of [`/api/risks/${bias.id}`, `/api/risks/${bias.id}?draft=true`, '/api/risks?draft=true&limit=100']) {
      const { body } = await api(path)
      expect(JSON.stringify(body)).not.toContain('DRAFT-ONLY')
    }
    const staffView = await api(`/api/risks/${bias.id}?draft=true`, { token: editor })
    expect(staffView.body.summary).toBe('DRAFT-ONLY wording of the bias summary')
  })

  test('versions are recorded for staff and hidden from the public', async () => {
    const { body: list } = await api('/api/risks?where[slug][equals]=bias&depth=0')
    const id = list.docs[0].id
    const staff = await api(`/api/risks/versions?where[parent][equals]=${id}`, { token: editor })
    expect(staff.status).toBe(200)
    expect(staff.body.totalDocs).toBeGreaterThanOrEqual(2) // the seeded version and the draft edit
    const anonymous = await api(`/api/risks/versions?where[parent][equals]=${id}`)
    expect(anonymous.status).toBe(403)
  })

  test('GraphQL does not reveal drafts either', async () => {
    const { body } = await api('/api/graphql', {
      method: 'POST',
      body: { query: `{ Risks(draft: true, limit: 100) { docs { id title summary } } }` },
    })
    const text = JSON.stringify(body)
    expect(text).not.toContain('Unreleased risk')
    expect(text).not.toContain('DRAFT-ONLY')
  })
})

describe('users', () => {
  test('are never readable anonymously, over REST or GraphQL', async () => {
    expect((await api('/api/users')).status).toBe(403)
    expect((await api('/api/users/1')).status).toBe(403)
    const graphql = await api('/api/graphql', { method: 'POST', body: { query: '{ Users { docs { email } } }' } })
    expect(JSON.stringify(graphql.body)).not.toContain('@example')
  })

  test('only admins create users or change roles', async () => {
    const editor = await staffToken('editor')
    const refused = await api('/api/users', {
      method: 'POST',
      token: editor.token,
      body: { email: `x-${uniqueSuffix()}@example.test`, password: 'another-password-1', name: 'X', role: 'admin' },
    })
    expect(refused.status).toBe(403)

    const contributor = await staffToken('contributor')
    await api(`/api/users/${contributor.id}`, { method: 'PATCH', token: contributor.token, body: { role: 'admin' } })
    const admin = await adminToken()
    const after = await api(`/api/users/${contributor.id}`, { token: admin })
    expect(after.body.role).toBe('contributor')
  })

  test('staff see their own record only', async () => {
    const editor = await staffToken('editor')
    const list = await api('/api/users?limit=100', { token: editor.token })
    expect(list.body.docs.map((u: any) => u.id)).toEqual([editor.id])
  })
})

describe('publishing rights', () => {
  test('a contributor saves drafts but cannot publish, by any route', async () => {
    const { token } = await staffToken('contributor')
    const draft = await api('/api/risks?draft=true', { method: 'POST', token, body: draftRisk(uniqueSuffix()) })
    expect(draft.status).toBe(201)
    const id = draft.body.doc.id

    const publish = await api(`/api/risks/${id}`, { method: 'PATCH', token, body: { _status: 'published' } })
    expect(publish.status).toBe(403)
    const createPublished = await api('/api/risks', { method: 'POST', token, body: { ...draftRisk(uniqueSuffix()), _status: 'published' } })
    expect(createPublished.status).toBe(403)

    const { body: list } = await api('/api/risks?where[slug][equals]=bias&depth=0')
    const liveEdit = await api(`/api/risks/${list.docs[0].id}`, { method: 'PATCH', token, body: { summary: 'Changed live by a contributor' } })
    expect(liveEdit.status).toBe(403)

    const globalPublish = await api('/api/globals/home', { method: 'POST', token, body: { _status: 'published', hero: { heading: 'Hijacked' } } })
    expect(globalPublish.status).toBe(403)

    // Unpublishing is publishing too: a plain update to "draft" would take the live page down.
    const unpublish = await api(`/api/risks/${list.docs[0].id}`, { method: 'PATCH', token, body: { _status: 'draft' } })
    expect(unpublish.status).toBe(403)
    expect((await api(`/api/risks/${list.docs[0].id}`)).status).toBe(200)
    const unpublishHome = await api('/api/globals/home', { method: 'POST', token, body: { _status: 'draft' } })
    expect(unpublishHome.status).toBe(403)
    expect((await api('/api/globals/home')).status).toBe(200)

    const publicView = await api(`/api/risks/${id}`)
    expect(publicView.status).toBeGreaterThanOrEqual(400)
    expect(JSON.stringify((await api('/api/globals/home')).body)).not.toContain('Hijacked')
    expect(JSON.stringify((await api('/api/risks?limit=100')).body)).not.toContain('Changed live by a contributor')
  })

  test('a contributor cannot take a live page down by restoring a version either', async () => {
    const editor = await staffToken('editor')
    const contributor = await staffToken('contributor')
    const created = await api('/api/risks', { method: 'POST', token: editor.token, body: { ...draftRisk(uniqueSuffix()), _status: 'published' } })
    expect(created.status).toBe(201)
    const id = created.body.doc.id
    try {
      await api(`/api/risks/${id}?draft=true`, { method: 'PATCH', token: contributor.token, body: { summary: 'A draft on top of the live page', _status: 'draft' } })
      const versions = await api(`/api/risks/versions?where[parent][equals]=${id}&where[version._status][equals]=draft&sort=-updatedAt&limit=1`, { token: contributor.token })
      expect(versions.body.docs).toHaveLength(1)
      const restore = await api(`/api/risks/versions/${versions.body.docs[0].id}`, { method: 'POST', token: contributor.token })
      expect(restore.status).toBe(403)
      expect((await api(`/api/risks/${id}`)).status).toBe(200)

      const homeVersions = await api('/api/globals/home/versions?sort=-updatedAt&limit=1', { token: contributor.token })
      const homeRestore = await api(`/api/globals/home/versions/${homeVersions.body.docs[0].id}`, { method: 'POST', token: contributor.token })
      expect(homeRestore.status).toBe(403)
      // Restored as a draft, it is theirs to do.
      expect((await api(`/api/risks/versions/${versions.body.docs[0].id}?draft=true`, { method: 'POST', token: contributor.token })).status).toBe(200)
      expect((await api(`/api/risks/${id}`)).status).toBe(200)
    } finally {
      await api(`/api/risks/${id}?overrideLock=true`, { method: 'DELETE', token: editor.token })
    }
  })

  test('an editor publishes, and the public then reads it', async () => {
    const { token } = await staffToken('editor')
    const draft = await api('/api/risks?draft=true', { method: 'POST', token, body: draftRisk(uniqueSuffix()) })
    const id = draft.body.doc.id
    const published = await api(`/api/risks/${id}`, { method: 'PATCH', token, body: { _status: 'published' } })
    expect(published.status).toBe(200)
    const publicView = await api(`/api/risks/${id}`)
    expect(publicView.status).toBe(200)
    expect(publicView.body.title).toMatch(/^Unreleased risk/)
    // Clean up so other tests' counts of seeded risks stay meaningful.
    expect((await api(`/api/risks/${id}`, { method: 'DELETE', token })).status).toBe(200)
  })
})

describe('discarding a draft', () => {
  test('a contributor deletes a draft they started and nobody published; the public never saw it', async () => {
    const { token, id: contributorId } = await staffToken('contributor')
    const draft = await api('/api/risks?draft=true', { method: 'POST', token, body: draftRisk(uniqueSuffix()) })
    expect(draft.status).toBe(201)
    const id = draft.body.doc.id
    // Who started it is kept for staff, and never shown to the public.
    expect((await api(`/api/risks/${id}?draft=true&depth=0`, { token })).body.createdBy).toBe(contributorId)
    const discarded = await api(`/api/risks/${id}`, { method: 'DELETE', token })
    expect(discarded.status).toBe(200)
    expect((await api(`/api/risks/${id}?draft=true`, { token })).status).toBe(404)
    expect((await api(`/api/risks/versions?where[parent][equals]=${id}`, { token })).body.docs).toEqual([])
  })

  test("a contributor cannot delete someone else's draft, a live page, or a draft that was once published", async () => {
    const editor = await staffToken('editor')
    const contributor = await staffToken('contributor')
    const othersDraft = await api('/api/risks?draft=true', { method: 'POST', token: editor.token, body: draftRisk(uniqueSuffix()) })
    const live = await api('/api/risks', { method: 'POST', token: editor.token, body: { ...draftRisk(uniqueSuffix()), _status: 'published' } })
    const own = await api('/api/risks?draft=true', { method: 'POST', token: contributor.token, body: draftRisk(uniqueSuffix()) })
    const ids = [othersDraft.body.doc.id, live.body.doc.id, own.body.doc.id]
    try {
      for (const id of ids.slice(0, 2)) {
        const refused = await api(`/api/risks/${id}`, { method: 'DELETE', token: contributor.token })
        expect([403, 404]).toContain(refused.status)
        expect((await api(`/api/risks/${id}?draft=true`, { token: editor.token })).status).toBe(200)
      }
      // The contributor's own draft, published by an editor and taken down again, has a history on the site.
      expect((await api(`/api/risks/${ids[2]}`, { method: 'PATCH', token: editor.token, body: { _status: 'published' } })).status).toBe(200)
      expect((await api(`/api/risks/${ids[2]}`, { method: 'PATCH', token: editor.token, body: { _status: 'draft' } })).status).toBe(200)
      const refused = await api(`/api/risks/${ids[2]}`, { method: 'DELETE', token: contributor.token })
      expect(refused.status).toBe(403)
      expect(JSON.stringify(refused.body)).toContain('has been published before')
      expect((await api(`/api/risks/${ids[2]}?draft=true`, { token: editor.token })).status).toBe(200)
      // A creator cannot be claimed by sending one.
      const claimed = await api(`/api/risks/${ids[0]}?draft=true`, { method: 'PATCH', token: contributor.token, body: { createdBy: contributor.id, _status: 'draft' } })
      expect(claimed.status).toBe(200)
      expect((await api(`/api/risks/${ids[0]}?draft=true&depth=0`, { token: editor.token })).body.createdBy).toBe(editor.id)
      expect((await api(`/api/risks/${ids[0]}`, { method: 'DELETE', token: contributor.token })).status).not.toBe(200)
    } finally {
      for (const id of ids) await api(`/api/risks/${id}?overrideLock=true`, { method: 'DELETE', token: editor.token })
    }
  })

  test('the public never reads who made a document', async () => {
    const { body } = await api('/api/risks?limit=100&depth=0')
    expect(body.docs.length).toBeGreaterThan(0)
    for (const doc of body.docs) expect(doc).not.toHaveProperty('createdBy')
  })
})

describe("Payload's own collections", () => {
  test.each(['payload-locked-documents', 'payload-preferences', 'payload-migrations', 'payload-jobs', 'users/versions'])(
    '/api/%s reveals nothing anonymously',
    async (path) => {
      const { status, body } = await api(`/api/${path}?limit=100`)
      expect(status).not.toBe(200)
      expect(JSON.stringify(body)).not.toMatch(/@example|"docs":\[\{/)
    },
  )
})
