// Where each language of a document stands, as the CMS computes it (translationStatus): missing,
// out of date (the English changed after the translation was last saved) or up to date.
import { api, madeHere, staffToken, uniqueSuffix } from '../support/cms'

describe('translation status', () => {
  const made = madeHere()
  afterAll(() => made.removeAll())

  test('editing the English puts the translation out of date, naming the text; saving the translation brings it up to date', async () => {
    const { token } = await staffToken('editor')
    const created = await api('/api/risks', { method: 'POST', token, body: { title: `Status risk ${uniqueSuffix()}`, order: 970, summary: 'The first English summary.', _status: 'published' } })
    expect(created.status).toBe(201)
    const { id } = made.add('risks', created.body.doc)
    const statusOf = async () => (await api(`/api/risks/${id}?locale=en&depth=0`)).body.translationStatus

    expect((await statusOf()).fr).toEqual({ missing: ['title', 'summary'], outOfDate: [] })
    expect((await api(`/api/risks/${id}?locale=fr`, { method: 'PATCH', token, body: { title: 'Risque', summary: 'Le premier résumé.', _status: 'published' } })).status).toBe(200)
    expect((await statusOf()).fr).toEqual({ missing: [], outOfDate: [] })

    // The English summary changes: French is out of date for the summary only; Spanish is still missing.
    expect((await api(`/api/risks/${id}?locale=en`, { method: 'PATCH', token, body: { summary: 'A revised English summary.', _status: 'published' } })).status).toBe(200)
    const afterEnglish = await statusOf()
    expect(afterEnglish.fr).toEqual({ missing: [], outOfDate: ['summary'] })
    expect(afterEnglish.es.missing).toEqual(['title', 'summary'])

    // Saving the English again without changing a word changes nothing.
    expect((await api(`/api/risks/${id}?locale=en`, { method: 'PATCH', token, body: { summary: 'A revised English summary.', _status: 'published' } })).status).toBe(200)
    expect((await statusOf()).fr.outOfDate).toEqual(['summary'])

    expect((await api(`/api/risks/${id}?locale=fr`, { method: 'PATCH', token, body: { summary: 'Le résumé révisé.', _status: 'published' } })).status).toBe(200)
    expect((await statusOf()).fr).toEqual({ missing: [], outOfDate: [] })
  })

  test('the seeded documents have a translation of every text in every language', async () => {
    const { token } = await staffToken('editor')
    // The seed saves the site settings after every document: what was created before them is seeded.
    const seededBy = (await api('/api/globals/site?depth=0', { token })).body.createdAt as string
    expect(seededBy).toBeTruthy()
    for (const collection of ['building-blocks', 'risks', 'benefits', 'initiatives', 'actors', 'media-entries']) {
      const { body } = await api(`/api/${collection}?limit=500&depth=0&locale=en&where[createdAt][less_than_equal]=${encodeURIComponent(seededBy)}`, { token })
      expect(body.docs.length).toBeGreaterThan(0)
      const behind = body.docs.flatMap((doc: any) =>
        ['fr', 'es', 'ar', 'zh', 'ru'].filter((locale) => doc.translationStatus?.[locale]?.missing.length).map((locale) => `${collection}/${doc.slug} ${locale}`),
      )
      expect(behind).toEqual([])
    }
  })

  test('when each text changed is for staff only', async () => {
    const { body } = await api('/api/risks?limit=1&depth=0')
    expect(body.docs[0]).not.toHaveProperty('translationClock')
  })
})
