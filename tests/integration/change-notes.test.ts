/**
 * Change notes over HTTP: each published update with a note is listed for the
 * public, newest first, in the visitor's language; drafts, unpublished
 * documents and staff-only fields never show.
 */
import { api, madeHere, staffToken, uniqueSuffix } from '../support/cms'

const made = madeHere()
const suffix = uniqueSuffix()
let editor: string

beforeAll(async () => {
  editor = (await staffToken('editor')).token
})
afterAll(() => made.removeAll())

const risk = (extra: Record<string, unknown>) => ({ title: `Noted risk ${suffix}`, order: 950, summary: 'A risk with a history.', ...extra })

describe('GET /api/updates/<collection>/<slug>', () => {
  test('lists the notes of published updates, newest first, once each, in the reader’s language', async () => {
    const created = await api('/api/risks?depth=0', { method: 'POST', token: editor, body: risk({ changeNote: 'First published.', _status: 'published' }) })
    expect(created.status).toBe(201)
    const { id, slug } = made.add('risks', created.body.doc)
    const patch = (body: Record<string, unknown>, query = '') => api(`/api/risks/${id}?depth=0${query}`, { method: 'PATCH', token: editor, body })
    // Published again without a new note: not a second update.
    expect((await patch({ summary: 'A small correction.', _status: 'published' })).status).toBe(200)
    expect((await patch({ summary: 'A real change.', changeNote: 'Rewrote the summary.', _status: 'published' })).status).toBe(200)
    expect((await patch({ changeNote: 'Résumé réécrit.', _status: 'published' }, '&locale=fr')).status).toBe(200)
    // A draft's note is not public until it is published.
    expect((await patch({ summary: 'Draft words.', changeNote: 'DRAFT NOTE', _status: 'draft' }, '&draft=true')).status).toBe(200)

    const english = await api(`/api/updates/risks/${slug}?locale=en`)
    expect(english.status).toBe(200)
    expect(english.body.updates.map((update: { note: string }) => update.note)).toEqual(['Rewrote the summary.', 'First published.'])
    expect(new Date(english.body.lastUpdated).getTime()).toBeGreaterThanOrEqual(new Date(english.body.updates[0].publishedAt).getTime())
    expect(JSON.stringify(english.body)).not.toMatch(/DRAFT|reviewNote|email/)

    const french = await api(`/api/updates/risks/${slug}?locale=fr`)
    expect(french.body.updates[0].note).toBe('Résumé réécrit.')
  })

  test('answers 404 for a draft-only document, an unknown slug or collection, and 400 for an unknown language', async () => {
    const draft = await api('/api/risks?depth=0&draft=true', { method: 'POST', token: editor, body: risk({ title: `Draft noted ${suffix}`, changeNote: 'Secret plan.', _status: 'draft' }) })
    const { slug } = made.add('risks', draft.body.doc)
    const hidden = await api(`/api/updates/risks/${slug}`)
    expect(hidden.status).toBe(404)
    expect(JSON.stringify(hidden.body)).not.toContain('Secret plan')
    expect((await api('/api/updates/risks/no-such-risk')).status).toBe(404)
    expect((await api('/api/updates/users/admin')).status).toBe(404)
    expect((await api('/api/updates/risks/Not A Slug')).status).toBe(404)
    expect((await api('/api/updates/risks/bias?locale=xx')).status).toBe(400)
  })
})
