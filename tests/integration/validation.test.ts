import { api, cmsUrl, fieldErrors, madeHere, staffToken, uniqueSuffix } from '../support/cms'

const validBlock = (suffix: string) => ({
  title: `Validation block ${suffix}`,
  order: 500,
  summary: 'A building block used to check that bad input is refused with clear messages.',
  _status: 'draft',
})

const validInitiative = (suffix: string, blockId: number) => ({
  title: `Validation initiative ${suffix}`,
  kind: 'declaration',
  status: 'adopted',
  statusCheckedOn: '2026-12-01T00:00:00.000Z',
  dates: { announced: '2025-09', adopted: '2025-09-22' },
  buildingBlocks: [blockId],
  summary: 'An initiative used to check that bad input is refused with clear messages.',
  sources: [{ title: 'Official page', url: 'https://example.org/official' }],
})

const countAll = async (token: string, collection = 'building-blocks') => {
  const { body } = await api(`/api/${collection}?draft=true&limit=0`, { token })
  return body.totalDocs as number
}

describe('invalid editor input is refused with a message on the field, and nothing is written', () => {
  let token: string
  beforeAll(async () => {
    token = (await staffToken('editor')).token
  })

  test.each([
    ['a malformed slug', { slug: 'Red Lines!' }, 'slug', /lower-case/],
    ['a missing summary', { summary: '' }, 'summary', /.+/],
  ])('%s', async (_label, patch, path, message) => {
    const before = await countAll(token)
    // Publishing validates; drafts may be incomplete (Payload skips validation for them).
    const { status, body } = await api('/api/building-blocks', {
      method: 'POST',
      token,
      body: { ...validBlock(uniqueSuffix()), ...patch, _status: 'published' },
    })
    expect(status).toBe(400)
    expect(fieldErrors(body)[path]).toMatch(message)
    expect(await countAll(token)).toBe(before)
  })

  describe('initiatives', () => {
    const made = madeHere()
    let blockId: number
    beforeAll(async () => {
      blockId = (await api('/api/building-blocks?where[slug][equals]=red-lines&depth=0')).body.docs[0].id
    })
    afterAll(() => made.removeAll())

    test.each<[string, Record<string, unknown>, string, RegExp]>([
      ['an http:// source address', { sources: [{ title: 'Official page', url: 'http://example.org/insecure' }] }, 'sources.0.url', /https/],
      ['a javascript: source address', { sources: [{ title: 'Official page', url: 'javascript:alert(1)' }] }, 'sources.0.url', /https/],
      ['a source without an address', { sources: [{ title: 'Official page', url: '' }] }, 'sources.0.url', /address of the source/],
      ['a month that does not exist (2024-13)', { dates: { announced: '2024-13' } }, 'dates.announced', /YYYY, YYYY-MM or YYYY-MM-DD/],
      ['a day that does not exist (2023-02-29)', { dates: { announced: '2023-01', adopted: '2023-02-29' } }, 'dates.adopted', /2023-02-29 is not a day of the calendar/],
      ['an adoption date before the announcement', { dates: { announced: '2024-05', adopted: '2023-11-30' } }, 'dates', /adoption date is before the announcement date/],
      ['no key date at all', { dates: { announced: null, adopted: null, inForce: null } }, 'dates', /at least one key date/],
      ['no dates given', { dates: undefined }, 'dates', /at least one key date/],
      ['no building block', { buildingBlocks: [] }, 'buildingBlocks', /required|at least/i],
    ])('%s', async (_label, patch, path, message) => {
      const before = await countAll(token, 'initiatives')
      const { status, body } = await api('/api/initiatives', {
        method: 'POST',
        token,
        body: { ...validInitiative(uniqueSuffix(), blockId), ...patch, _status: 'published' },
      })
      expect(status).toBe(400)
      expect(fieldErrors(body)[path]).toMatch(message)
      expect(await countAll(token, 'initiatives')).toBe(before)
    })

    test('the same initiative, well formed, is accepted (the refusals above are the bad field alone)', async () => {
      const { status, body } = await api('/api/initiatives?depth=0', {
        method: 'POST',
        token,
        body: { ...validInitiative(uniqueSuffix(), blockId), _status: 'published' },
      })
      expect(status).toBe(201)
      made.add('initiatives', body.doc)
      expect(body.doc.keyDate).toBe('2025-09-22')
    })
  })

  test('a duplicate slug is refused on the slug field', async () => {
    const before = await countAll(token)
    const { status, body } = await api('/api/building-blocks', {
      method: 'POST',
      token,
      body: { ...validBlock(uniqueSuffix()), slug: 'red-lines', _status: 'published' },
    })
    expect(status).toBe(400)
    expect(Object.keys(fieldErrors(body))).toContain('slug')
    expect(await countAll(token)).toBe(before)
  })

  test('a bad DOI on a reference is refused, and an update with bad input keeps the stored value', async () => {
    const { body: list } = await api('/api/citations?where[slug][equals]=maas-villalobos-2023&depth=0')
    const citation = list.docs[0]
    const refused = await api(`/api/citations/${citation.id}`, { method: 'PATCH', token, body: { doi: 'not a doi', _status: 'published' } })
    expect(refused.status).toBe(400)
    expect(fieldErrors(refused.body).doi).toMatch(/10\.2139/)
    const after = await api(`/api/citations/${citation.id}?depth=0`)
    expect(after.body.doi).toBe(citation.doi)
  })

  test('an image without alt text is refused', async () => {
    // A 1×1 PNG.
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64')
    const form = new FormData()
    form.append('file', new Blob([png], { type: 'image/png' }), `pixel-${uniqueSuffix()}.png`)
    form.append('_payload', JSON.stringify({ caption: 'No alt text given' }))
    const { status, body } = await api('/api/media', { method: 'POST', token, body: form })
    expect(status).toBe(400)
    expect(fieldErrors(body).alt).toMatch(/alt text/i)

    const withAlt = new FormData()
    withAlt.append('file', new Blob([png], { type: 'image/png' }), `pixel-${uniqueSuffix()}.png`)
    withAlt.append('_payload', JSON.stringify({ alt: 'A single grey pixel' }))
    const accepted = await api('/api/media', { method: 'POST', token, body: withAlt })
    expect(accepted.status).toBe(201)
    // Not public until an editor says so.
    expect((await api(`/api/media/${accepted.body.doc.id}`)).status).toBeGreaterThanOrEqual(400)
  })
})

describe('refused requests say why', () => {
  // The CMS's server code is not minified, so Payload's own 4xx messages reach the client as they are
  // (a fallback that rewrote "An unknown error occurred." was removed with the minification).
  test.each([
    ['a body that is not JSON', '{"title": "unfinished'],
    ['a value of the wrong type', JSON.stringify({ title: 42, order: 1, summary: 'x' })],
  ])('%s: a 4xx with a message of its own', async (_label, body) => {
    const { token } = await staffToken('editor')
    const sent = await fetch(`${cmsUrl()}/api/building-blocks`, { method: 'POST', headers: { Authorization: `JWT ${token}`, 'Content-Type': 'application/json' }, body })
    const text = await sent.text()
    expect(sent.status).toBeGreaterThanOrEqual(400)
    expect(sent.status).toBeLessThan(500)
    const message = (JSON.parse(text) as { errors?: Array<{ message?: string }> }).errors?.[0]?.message ?? ''
    expect(message).not.toBe('An unknown error occurred.')
    expect(message.trim()).not.toBe('')
  })
})
