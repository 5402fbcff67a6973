/**
 * Initiatives and actors in the CMS, over HTTP: the public reads published
 * ones only — in lists, by slug, and through the joins of building blocks,
 * risks and actors — the key date follows the key dates, and filters on it
 * work in date order whatever the precision.
 */
import { parseCollectionDocument } from '@global-ai-governance/content'

import { api, madeHere, staffToken, uniqueSuffix } from '../support/cms'

const made = madeHere()
const suffix = uniqueSuffix()
let editor: string
let blockId: number
let riskId: number
let actor: { id: number; slug: string }

const initiative = (title: string, extra: Record<string, unknown> = {}) => ({
  title,
  kind: 'declaration',
  status: 'adopted',
  statusCheckedOn: '2026-12-01T00:00:00.000Z',
  dates: { announced: '2025-09', adopted: '2025-09-22' },
  buildingBlocks: [blockId],
  risks: [riskId],
  actors: [actor.id],
  summary: `${title}: a summary.`,
  sources: [{ title: 'Official page', url: 'https://example.org/official' }],
  ...extra,
})

async function create(collection: string, body: Record<string, unknown>, status: 'published' | 'draft') {
  const answer = await api(`/api/${collection}?depth=0${status === 'draft' ? '&draft=true' : ''}`, { method: 'POST', token: editor, body: { ...body, _status: status } })
  if (answer.status !== 201) throw new Error(`could not create ${collection}: ${answer.status} ${JSON.stringify(answer.body)}`)
  return made.add(collection, answer.body.doc)
}

beforeAll(async () => {
  editor = (await staffToken('editor')).token
  blockId = (await api('/api/building-blocks?where[slug][equals]=red-lines&depth=0')).body.docs[0].id
  riskId = (await api('/api/risks?where[slug][equals]=loss-of-control&depth=0')).body.docs[0].id
  actor = await create('actors', { name: `Test actor ${suffix}`, shortName: 'TA', kind: 'civil-society' }, 'published')
})

afterAll(() => made.removeAll())

describe('initiatives', () => {
  test('a published initiative has its key date and parses with the public schema; a draft is invisible everywhere', async () => {
    const published = await create('initiatives', initiative(`Published initiative ${suffix}`), 'published')
    const draft = await create('initiatives', initiative(`Draft initiative ${suffix}`), 'draft')
    expect(published.keyDate).toBe('2025-09-22')

    const read = await api(`/api/initiatives/${published.id}?depth=1`)
    expect(read.status).toBe(200)
    const doc = parseCollectionDocument('initiatives', read.body)
    expect(doc.actors).toEqual([expect.objectContaining({ slug: actor.slug, shortName: 'TA' })])
    expect(read.body.reviewNote).toBeUndefined()

    for (const path of [`/api/initiatives?limit=500&depth=0`, `/api/initiatives?limit=500&depth=0&draft=true`]) {
      const { body } = await api(path)
      const ids = body.docs.map((d: { id: number }) => d.id)
      expect(ids).toContain(published.id)
      expect(ids).not.toContain(draft.id)
    }
    expect((await api(`/api/initiatives/${draft.id}`)).status).toBeGreaterThanOrEqual(400)

    // The joins of the block, the risk and the actor show the published one only.
    const block = await api(`/api/building-blocks/${blockId}?depth=1&joins[initiatives][limit]=500`)
    const risk = await api(`/api/risks/${riskId}?depth=1&joins[initiatives][limit]=500`)
    const actorRead = await api(`/api/actors/${actor.id}?depth=1`)
    for (const joined of [block.body.initiatives, risk.body.initiatives, actorRead.body.initiatives]) {
      const titles = joined.docs.map((d: { title: string }) => d.title)
      expect(titles).toContain(`Published initiative ${suffix}`)
      expect(titles).not.toContain(`Draft initiative ${suffix}`)
    }
    expect(JSON.stringify([block.body, risk.body, actorRead.body])).not.toContain(`Draft initiative ${suffix}`)
  })

  test('the key date follows the dates: in force, else adopted, else announced; editors cannot set it', async () => {
    const doc = await create('initiatives', initiative(`Dated initiative ${suffix}`, { keyDate: '1999', dates: { announced: '2023-11' } }), 'published')
    expect(doc.keyDate).toBe('2023-11')
    const updated = await api(`/api/initiatives/${doc.id}?depth=0`, {
      method: 'PATCH',
      token: editor,
      body: { status: 'in-force', dates: { announced: '2023-11', adopted: '2024-05-17', inForce: '2025' }, _status: 'published' },
    })
    expect(updated.status).toBe(200)
    expect(updated.body.doc.keyDate).toBe('2025')
  })

  test('key dates of any precision sort and filter in date order', async () => {
    const tag = `Order ${suffix}`
    for (const [name, dates] of [
      ['a', { adopted: '2024' }],
      ['b', { adopted: '2024-05-21' }],
      ['c', { adopted: '2023-12-31' }],
      ['d', { adopted: '2025-01' }],
    ] as const) {
      await create('initiatives', initiative(`${tag} ${name}`, { dates }), 'published')
    }
    const inOrder = await api(`/api/initiatives?depth=0&limit=50&sort=keyDate&where[title][like]=${encodeURIComponent(tag)}`)
    expect(inOrder.body.docs.map((d: { keyDate: string }) => d.keyDate)).toEqual(['2023-12-31', '2024', '2024-05-21', '2025-01'])
    // "2024 to 2024": from the year's first day to before the next year.
    const in2024 = await api(
      `/api/initiatives?depth=0&limit=50&where[and][0][title][like]=${encodeURIComponent(tag)}&where[and][1][keyDate][greater_than_equal]=2024&where[and][2][keyDate][less_than]=2025`,
    )
    expect(in2024.body.docs.map((d: { keyDate: string }) => d.keyDate).sort()).toEqual(['2024', '2024-05-21'])
  })

  test('filters on blocks, risks, actors, kind and status work as the tracker uses them', async () => {
    const own = await create('initiatives', initiative(`Filtered ${suffix}`, { kind: 'treaty', status: 'open-for-signature' }), 'published')
    const where = `where[and][0][buildingBlocks][in]=${blockId}&where[and][1][risks][in]=${riskId}&where[and][2][actors][in]=${actor.id}&where[and][3][kind][in]=treaty&where[and][4][status][in]=open-for-signature`
    const found = await api(`/api/initiatives?depth=0&limit=50&${where}`)
    expect(found.status).toBe(200)
    expect(found.body.docs.map((d: { id: number }) => d.id)).toEqual([own.id])
  })
})

describe('actors', () => {
  test('a draft actor is invisible, and initiatives name only published actors to the public', async () => {
    const hidden = await create('actors', { name: `Hidden actor ${suffix}`, kind: 'state' }, 'draft')
    const doc = await create('initiatives', initiative(`With hidden actor ${suffix}`, { actors: [actor.id, hidden.id] }), 'published')
    expect((await api(`/api/actors/${hidden.id}`)).status).toBeGreaterThanOrEqual(400)
    const read = await api(`/api/initiatives/${doc.id}?depth=1`)
    expect(JSON.stringify(read.body)).not.toContain(`Hidden actor ${suffix}`)
    // The public schema takes an id where the reader may not see the document.
    expect(() => parseCollectionDocument('initiatives', read.body)).not.toThrow()
  })
})
