// "Revert to published" in one language, over REST as the admin's status line sends it
// (translation/revertLocale.ts). Payload's own revert saved the published document back as a
// publish; in a language never published that put the language's draft live. These tests
// would have caught it: after a revert, no visitor ever sees a draft, in any language.
import { api, madeHere, staffToken, uniqueSuffix } from '../support/cms'

const publishedVersions = async (token: string, id: number) =>
  (await api(`/api/risks/versions?where[and][0][parent][equals]=${id}&where[and][1][version._status][equals]=published&limit=0&depth=0`, { token })).body.totalDocs as number

describe('reverting one language to what is published', () => {
  const made = madeHere()
  afterAll(() => made.removeAll())
  let editor: string
  let contributor: string
  let id: number

  beforeEach(async () => {
    editor = (await staffToken('editor')).token
    contributor = (await staffToken('contributor')).token
    const created = await api('/api/risks', {
      method: 'POST',
      token: editor,
      body: { title: `Revert risk ${uniqueSuffix()}`, order: 900, summary: 'The published English summary.', _status: 'published' },
    })
    expect(created.status).toBe(201)
    id = made.add('risks', created.body.doc).id
  })

  test('in a language never published, the draft is cleared and nothing goes live', async () => {
    // A translator's French draft, and an English draft of another change.
    expect((await api(`/api/risks/${id}?locale=fr&draft=true`, { method: 'PATCH', token: contributor, body: { title: 'Brouillon secret', summary: 'Résumé brouillon.', _status: 'draft' } })).status).toBe(200)
    expect((await api(`/api/risks/${id}?locale=en&draft=true`, { method: 'PATCH', token: contributor, body: { summary: 'An English draft summary.', _status: 'draft' } })).status).toBe(200)
    const before = await publishedVersions(editor, id)

    const reverted = await api(`/api/risks/${id}/revert-locale`, { method: 'POST', token: editor, body: { locale: 'fr' } })
    expect(reverted.status).toBe(200)

    // Visitors: French shows the published English fallback, never the draft.
    const visitor = await api(`/api/risks/${id}?locale=fr&depth=0`)
    expect(visitor.status).toBe(200)
    expect(JSON.stringify(visitor.body)).not.toMatch(/Brouillon secret|Résumé brouillon/)
    expect(visitor.body.summary).toBe('The published English summary.')
    // Staff: the French draft is empty again, and the English draft is as it was.
    const frenchDraft = await api(`/api/risks/${id}?locale=fr&draft=true&fallback-locale=null&depth=0`, { token: editor })
    expect([frenchDraft.body.title ?? null, frenchDraft.body.summary ?? null]).toEqual([null, null])
    const englishDraft = await api(`/api/risks/${id}?locale=en&draft=true&depth=0`, { token: editor })
    expect(englishDraft.body.summary).toBe('An English draft summary.')
    // Nothing was published.
    expect(await publishedVersions(editor, id)).toBe(before)
    expect((await api(`/api/risks/${id}?locale=en&depth=0`)).body.summary).toBe('The published English summary.')
  })

  test('a published translation comes back as it was published; a contributor may revert too', async () => {
    expect((await api(`/api/risks/${id}?locale=fr`, { method: 'PATCH', token: editor, body: { title: 'Risque publié', summary: 'Résumé publié.', _status: 'published' } })).status).toBe(200)
    // The English changes after the French was published: the revert must not make French look newer.
    expect((await api(`/api/risks/${id}?locale=en`, { method: 'PATCH', token: editor, body: { summary: 'A newer English summary.', _status: 'published' } })).status).toBe(200)
    expect((await api(`/api/risks/${id}?locale=fr&draft=true`, { method: 'PATCH', token: contributor, body: { title: 'Risque modifié', _status: 'draft' } })).status).toBe(200)

    const reverted = await api(`/api/risks/${id}/revert-locale`, { method: 'POST', token: contributor, body: { locale: 'fr' } })
    expect(reverted.status).toBe(200)
    const draft = await api(`/api/risks/${id}?locale=fr&draft=true&fallback-locale=null&depth=0`, { token: editor })
    expect([draft.body.title, draft.body.summary]).toEqual(['Risque publié', 'Résumé publié.'])
    expect(draft.body.translationStatus.fr.outOfDate).toEqual(['summary'])
    expect((await api(`/api/risks/${id}?locale=fr&depth=0`)).body.title).toBe('Risque publié')
  })

  test('bad requests are refused with a reason, and change nothing', async () => {
    expect((await api(`/api/risks/${id}/revert-locale`, { method: 'POST', body: { locale: 'fr' } })).status).toBe(401)
    for (const locale of ['xx', '', null, ['fr'], 'fr\u0000']) {
      const response = await api(`/api/risks/${id}/revert-locale`, { method: 'POST', token: editor, body: { locale } })
      expect(response.status).toBe(400)
      expect(response.body.errors[0].message).toMatch(/Say which language/)
    }
    expect((await api(`/api/risks/999999999/revert-locale`, { method: 'POST', token: editor, body: { locale: 'fr' } })).status).toBe(404)
    const draftOnly = await api('/api/risks?draft=true', { method: 'POST', token: editor, body: { title: `Never published ${uniqueSuffix()}`, order: 901, summary: 'Only a draft.', _status: 'draft' } })
    made.add('risks', draftOnly.body.doc)
    const never = await api(`/api/risks/${draftOnly.body.doc.id}/revert-locale`, { method: 'POST', token: editor, body: { locale: 'fr' } })
    expect(never.status).toBe(409)
    expect(never.body.errors[0].message).toMatch(/never been published/)
  })

  test('a global: the home page’s French draft is cleared without publishing', async () => {
    expect((await api('/api/globals/home?locale=fr&draft=true', { method: 'POST', token: editor, body: { hero: { heading: 'Titre brouillon du site' }, _status: 'draft' } })).status).toBe(200)
    const reverted = await api('/api/globals/home/revert-locale', { method: 'POST', token: editor, body: { locale: 'fr' } })
    expect(reverted.status).toBe(200)
    expect(JSON.stringify((await api('/api/globals/home?locale=fr&depth=0')).body)).not.toContain('Titre brouillon du site')
    const draft = await api('/api/globals/home?locale=fr&draft=true&depth=0', { token: editor })
    expect(JSON.stringify(draft.body)).not.toContain('Titre brouillon du site')
  })

  test('publishing one language, as the admin\'s Publish does, leaves the other languages\' drafts as drafts', async () => {
    // Drafts waiting in English and in French; the editor publishes the French.
    expect((await api(`/api/risks/${id}?locale=en&draft=true`, { method: 'PATCH', token: contributor, body: { summary: 'An English draft nobody approved.', _status: 'draft' } })).status).toBe(200)
    expect((await api(`/api/risks/${id}?locale=fr&draft=true`, { method: 'PATCH', token: contributor, body: { title: 'Risque relu', summary: 'Résumé relu.', _status: 'draft' } })).status).toBe(200)
    const published = await api(`/api/risks/${id}?locale=fr&publishSpecificLocale=fr&depth=0`, { method: 'PATCH', token: editor, body: { title: 'Risque relu', summary: 'Résumé relu.', _status: 'published' } })
    expect(published.status).toBe(200)

    // Visitors read the French just published, and the English as it was published.
    expect((await api(`/api/risks/${id}?locale=fr&depth=0`)).body).toMatchObject({ title: 'Risque relu', summary: 'Résumé relu.' })
    expect((await api(`/api/risks/${id}?locale=en&depth=0`)).body.summary).toBe('The published English summary.')
    // Staff still find the English draft waiting.
    expect((await api(`/api/risks/${id}?locale=en&draft=true&depth=0`, { token: editor })).body.summary).toBe('An English draft nobody approved.')
    // And a contributor cannot publish one language either.
    const refused = await api(`/api/risks/${id}?locale=fr&publishSpecificLocale=fr`, { method: 'PATCH', token: contributor, body: { title: 'Pas relu', _status: 'published' } })
    expect(refused.status).toBe(403)
    expect((await api(`/api/risks/${id}?locale=fr&depth=0`)).body.title).toBe('Risque relu')
  })
})
