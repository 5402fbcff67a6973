// The translator role over REST: drafts of the texts in their own languages, nothing else.
import { adminToken, api, fieldErrors, madeHere, staffToken, uniqueSuffix } from '../support/cms'

describe('a translator', () => {
  const made = madeHere()
  afterAll(() => made.removeAll())
  let editor: string
  let translator: string
  let riskId: number

  beforeAll(async () => {
    editor = (await staffToken('editor')).token
    translator = (await staffToken('translator', { languages: ['fr', 'ar'] })).token
    const created = await api('/api/risks', {
      method: 'POST',
      token: editor,
      body: { title: `Translated risk ${uniqueSuffix()}`, order: 950, summary: 'The English summary.', _status: 'published' },
    })
    expect(created.status).toBe(201)
    riskId = made.add('risks', created.body.doc).id
  })

  test('saves a draft in an assigned language; visitors see it only once an editor publishes it', async () => {
    const saved = await api(`/api/risks/${riskId}?locale=fr&draft=true`, { method: 'PATCH', token: translator, body: { title: 'Risque traduit', summary: 'Le résumé en français.', _status: 'draft' } })
    expect(saved.status).toBe(200)
    expect((await api(`/api/risks/${riskId}?locale=fr&depth=0`)).body.title).not.toBe('Risque traduit')
    const published = await api(`/api/risks/${riskId}?locale=fr`, { method: 'PATCH', token: editor, body: { title: 'Risque traduit', summary: 'Le résumé en français.', _status: 'published' } })
    expect(published.status).toBe(200)
    expect((await api(`/api/risks/${riskId}?locale=fr&depth=0`)).body.title).toBe('Risque traduit')
    // English is untouched.
    expect((await api(`/api/risks/${riskId}?locale=en&depth=0`)).body.summary).toBe('The English summary.')
  })

  test.each([
    ['English', 'en'],
    ['a language not assigned', 'es'],
    ['every language at once', 'all'],
  ])('is refused a save in %s, with the reason', async (_what, locale) => {
    const response = await api(`/api/risks/${riskId}?locale=${locale}&draft=true`, { method: 'PATCH', token: translator, body: { summary: 'Not allowed here.', _status: 'draft' } })
    expect(response.status).toBe(403)
    expect(response.body.errors[0].message).toMatch(/You translate into Français, العربية/)
    const english = await api(`/api/risks/${riskId}?locale=en&draft=true&depth=0`, { token: editor })
    expect(english.body.summary).not.toBe('Not allowed here.')
  })

  test('cannot publish, create or delete', async () => {
    const publish = await api(`/api/risks/${riskId}?locale=ar`, { method: 'PATCH', token: translator, body: { title: 'خطر', _status: 'published' } })
    expect(publish.status).toBe(403)
    expect((await api(`/api/risks/${riskId}?locale=ar&depth=0`)).body.title).not.toBe('خطر')
    const create = await api('/api/risks?locale=fr&draft=true', { method: 'POST', token: translator, body: { title: 'Nouveau', order: 951, summary: 'Nouveau risque.', _status: 'draft' } })
    expect(create.status).toBe(403)
    expect((await api(`/api/risks/${riskId}`, { method: 'DELETE', token: translator })).status).toBe(403)
  })

  test('cannot reach English another way: publishing one language, restoring a version, uploading files', async () => {
    const sneaky = await api(`/api/risks/${riskId}?locale=fr&draft=true&publishSpecificLocale=en`, { method: 'PATCH', token: translator, body: { summary: 'Sneaked into English.', _status: 'draft' } })
    expect(sneaky.status).toBe(403)
    expect((await api(`/api/risks/${riskId}?locale=en&draft=true&depth=0`, { token: editor })).body.summary).not.toBe('Sneaked into English.')
    const versions = await api(`/api/risks/versions?where[parent][equals]=${riskId}&limit=1&depth=0`, { token: editor })
    const restore = await api(`/api/risks/versions/${versions.body.docs[0].id}?locale=fr&draft=true`, { method: 'POST', token: translator })
    expect(restore.status).toBe(403)
    expect(restore.body.errors[0].message).toMatch(/every language/)
    const form = new FormData()
    form.append('file', new Blob([Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64')], { type: 'image/png' }), 'pixel.png')
    form.append('_payload', JSON.stringify({ alt: 'A pixel', public: true }))
    expect((await api('/api/media', { method: 'POST', token: translator, body: form })).status).toBe(403)
  })

  test('translates the texts of a shared list, but cannot add, remove or reorder its rows', async () => {
    const initiative = (await api('/api/initiatives?where[slug][equals]=eu-ai-act&depth=0&locale=fr&draft=true', { token: editor })).body.docs[0]
    const rows = initiative.sources as { id: string; title: string; url: string }[]
    expect(rows.length).toBeGreaterThan(0)
    const added = await api(`/api/initiatives/${initiative.id}?locale=fr&draft=true`, { method: 'PATCH', token: translator, body: { sources: [...rows, { title: 'Ajout', url: 'https://example.org/' }], _status: 'draft' } })
    expect(added.status).toBe(403)
    expect(added.body.errors[0].message).toMatch(/same in every language/)
    const retitled = await api(`/api/initiatives/${initiative.id}?locale=fr&draft=true`, { method: 'PATCH', token: translator, body: { sources: rows.map((row) => ({ ...row, title: `${row.title} (révisé)` })), _status: 'draft' } })
    expect(retitled.status).toBe(200)
    const english = (await api(`/api/initiatives/${initiative.id}?locale=en&draft=true&depth=0`, { token: editor })).body.sources
    expect(english.map((row: { title: string }) => row.title).some((title: string) => title.endsWith('(révisé)'))).toBe(false)
    // Put the French back as it was, for the tests that read the seeded initiative.
    expect((await api(`/api/initiatives/${initiative.id}/revert-locale`, { method: 'POST', token: editor, body: { locale: 'fr' } })).status).toBe(200)
  })

  test('leaves what every language shares as it is (the order, the slug)', async () => {
    const before = (await api(`/api/risks/${riskId}?draft=true&depth=0`, { token: editor })).body
    const saved = await api(`/api/risks/${riskId}?locale=fr&draft=true`, { method: 'PATCH', token: translator, body: { order: 1, slug: 'hijacked', summary: 'Résumé révisé.', _status: 'draft' } })
    expect(saved.status).toBe(200)
    const after = (await api(`/api/risks/${riskId}?draft=true&depth=0&locale=fr`, { token: editor })).body
    expect([after.order, after.slug, after.summary]).toEqual([before.order, before.slug, 'Résumé révisé.'])
  })

  test('a global: the home page in an assigned language as a draft, never English', async () => {
    expect((await api('/api/globals/home?locale=ar&draft=true', { method: 'POST', token: translator, body: { hero: { heading: 'عنوان تجريبي' }, _status: 'draft' } })).status).toBe(200)
    expect((await api('/api/globals/home?locale=en&draft=true', { method: 'POST', token: translator, body: { hero: { heading: 'English heading' }, _status: 'draft' } })).status).toBe(403)
    // The draft goes again, so that no later publish of the home page takes it along.
    expect((await api('/api/globals/home/revert-locale', { method: 'POST', token: translator, body: { locale: 'ar' } })).status).toBe(200)
    const draft = await api('/api/globals/home?locale=ar&draft=true&depth=0', { token: editor })
    expect(draft.body.hero.heading).not.toBe('عنوان تجريبي')
  })

  test('an admin must give a translator at least one language', async () => {
    const admin = await adminToken()
    const response = await api('/api/users', { method: 'POST', token: admin, body: { email: `t-${uniqueSuffix()}@example.test`, password: 'pw-long-enough-1', name: 'No languages', role: 'translator' } })
    expect(response.status).toBe(400)
    expect(Object.values(fieldErrors(response.body)).join(' ')).toMatch(/at least one language/)
  })

  test('cannot give themselves more languages or another role', async () => {
    const me = await api('/api/users/me', { token: translator })
    const changed = await api(`/api/users/${me.body.user.id}`, { method: 'PATCH', token: translator, body: { languages: ['fr', 'es', 'ru'], role: 'editor' } })
    expect(changed.status).toBeLessThan(500)
    const after = await api(`/api/users/${me.body.user.id}`, { token: await adminToken() })
    expect([after.body.role, after.body.languages]).toEqual(['translator', ['fr', 'ar']])
  })
})
