import { api, staffToken, uniqueSuffix } from '../support/cms'

describe('localized content', () => {
  let token: string
  let risk: any
  beforeAll(async () => {
    token = (await staffToken('editor')).token
    // A document an editor adds after the seed, in English only.
    const created = await api('/api/risks', { method: 'POST', token, body: { title: `Untranslated risk ${uniqueSuffix()}`, order: 980, summary: 'Only in English so far.', _status: 'published' } })
    expect(created.status).toBe(201)
    risk = created.body.doc
  })
  afterAll(async () => {
    await api(`/api/risks/${risk.id}`, { method: 'DELETE', token })
  })

  test('the seed is in every language', async () => {
    const seeded = (await api('/api/risks?where[slug][equals]=cybersecurity&depth=0')).body.docs[0]
    const titles = await Promise.all(['fr', 'es', 'ar', 'zh', 'ru'].map(async (locale) => (await api(`/api/risks/${seeded.id}?locale=${locale}&depth=0`)).body.title))
    expect(titles).toEqual(['Cybersécurité', 'Ciberseguridad', 'الأمن السيبراني', '网络安全', 'Кибербезопасность'])
  })

  test('a locale without a translation falls back to English', async () => {
    const { body } = await api(`/api/risks/${risk.id}?locale=ar&depth=0`)
    expect(body.title).toBe(risk.title)
  })

  test('a published translation is served in its locale and leaves English alone', async () => {
    const saved = await api(`/api/risks/${risk.id}?locale=fr`, {
      method: 'PATCH',
      token,
      body: { title: 'Risque traduit', _status: 'published' },
    })
    expect(saved.status).toBe(200)
    expect((await api(`/api/risks/${risk.id}?locale=fr&depth=0`)).body.title).toBe('Risque traduit')
    expect((await api(`/api/risks/${risk.id}?locale=en&depth=0`)).body.title).toBe(risk.title)
    expect((await api(`/api/risks/${risk.id}?locale=es&depth=0`)).body.title).toBe(risk.title)
  })

  test('an unknown locale does not break the API', async () => {
    const { status, body } = await api(`/api/risks/${risk.id}?locale=xx&depth=0`)
    expect(status).toBeLessThan(500)
    if (status === 200) expect(body.title).toBe(risk.title)
  })
})

describe('relationships both ways', () => {
  test("a risk's response lists the published building blocks that address it", async () => {
    const { body } = await api('/api/risks?where[slug][equals]=loss-of-control&depth=1')
    const risk = body.docs[0]
    expect(risk.buildingBlocks.docs.length).toBeGreaterThan(0)
    const titles = risk.buildingBlocks.docs.map((block: any) => block.title)
    expect(titles).toContain('Red lines')
  })

  test("a benefit's response lists the blocks that support it", async () => {
    const { body } = await api('/api/benefits?where[slug][equals]=health&depth=1')
    expect(body.docs[0].buildingBlocks.docs.length).toBeGreaterThan(0)
  })

  test('a draft building block does not show up in the join for anonymous readers', async () => {
    const { token } = await staffToken('editor')
    const riskId = (await api('/api/risks?where[slug][equals]=bias&depth=0')).body.docs[0].id
    const created = await api('/api/building-blocks?draft=true', {
      method: 'POST',
      token,
      body: { title: 'Secret draft block', order: 600, summary: 'Not yet for the public eye, in any response.', relatedRisks: [riskId], _status: 'draft' },
    })
    expect(created.status).toBe(201)
    const { body } = await api(`/api/risks/${riskId}?depth=1`)
    expect(JSON.stringify(body)).not.toContain('Secret draft block')
  })
})

describe('translations may be partial, English may not', () => {
  test('publishing a locale with only some fields translated works; clearing an English title is refused', async () => {
    const { token } = await staffToken('editor')
    const created = await api('/api/benefits', { method: 'POST', token, body: { title: `Partly translated ${uniqueSuffix()}`, order: 980, summary: 'An English summary.', _status: 'published' } })
    expect(created.status).toBe(201)
    const benefit = created.body.doc
    try {
      const partial = await api(`/api/benefits/${benefit.id}?locale=es`, { method: 'PATCH', token, body: { title: 'Educación', _status: 'published' } })
      expect(partial.status).toBe(200)
      const spanish = (await api(`/api/benefits/${benefit.id}?locale=es&depth=0`)).body
      expect(spanish.title).toBe('Educación')
      expect(spanish.summary).toBe(benefit.summary) // falls back to English

      const cleared = await api(`/api/benefits/${benefit.id}?locale=en`, { method: 'PATCH', token, body: { title: '', _status: 'published' } })
      expect(cleared.status).toBe(400)
      expect((await api(`/api/benefits/${benefit.id}?depth=0`)).body.title).toBe(benefit.title)
    } finally {
      await api(`/api/benefits/${benefit.id}`, { method: 'DELETE', token })
    }
  })
})
