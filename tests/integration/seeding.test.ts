import path from 'node:path'

import { run } from '../../scripts/lib/processes.cjs'
import { api } from '../support/cms'

// As many as apps/cms/src/seed/initiatives.ts lists.
const SEEDED_INITIATIVES = 63
const SEEDED_ACTORS = 34

const idOf = (doc: number | { id: number }) => (typeof doc === 'object' ? doc.id : doc)
const byNumber = (a: number, b: number) => a - b

const collections: Array<[string, number]> = [
  ['building-blocks', 7],
  ['risks', 9],
  ['benefits', 7],
  ['initiatives', SEEDED_INITIATIVES],
  ['actors', SEEDED_ACTORS],
  ['citations', 3],
  ['media-entries', 2],
]

describe('seeded content, read anonymously over REST', () => {
  test.each(collections)('%s has %i published documents', async (collection, expected) => {
    const { status, body } = await api(`/api/${collection}?limit=100&depth=0`)
    expect(status).toBe(200)
    expect(body.totalDocs).toBe(expected)
    expect(body.docs.every((doc: any) => doc._status === 'published')).toBe(true)
  })

  test('building blocks come in the seed order, with definitions, gaps, analogous regimes and at least five initiatives each', async () => {
    const { body } = await api('/api/building-blocks?limit=100&depth=0&sort=order&joins[initiatives][limit]=100')
    expect(body.docs.map((doc: any) => doc.title)).toEqual([
      'Red lines',
      'Safety standards',
      'Technical cooperation',
      'Emergency response',
      'Benefit sharing',
      'Institutional arrangements',
      'Compliance mechanisms',
    ])
    for (const block of body.docs) {
      expect(block.summary.length).toBeGreaterThan(40)
      expect(block.gaps.length).toBeGreaterThanOrEqual(1)
      expect(block.analogousRegimes.length).toBeGreaterThanOrEqual(1)
      // The block's initiatives come through its join: exactly the initiatives that name it.
      const joined = (block.initiatives?.docs ?? []).map(idOf)
      expect({ block: block.slug, atLeastFive: joined.length >= 5 }).toEqual({ block: block.slug, atLeastFive: true })
      const naming = await api(`/api/initiatives?where[buildingBlocks][in]=${block.id}&limit=100&depth=0`)
      expect([...joined].sort(byNumber)).toEqual(naming.body.docs.map(idOf).sort(byNumber))
    }
  })

  test('every seeded initiative has a key date, a building block and only https sources; every actor takes part in one', async () => {
    const initiatives = (await api('/api/initiatives?limit=500&depth=0')).body.docs
    expect(initiatives).toHaveLength(SEEDED_INITIATIVES)
    for (const initiative of initiatives) {
      expect({ slug: initiative.slug, keyDate: typeof initiative.keyDate }).toEqual({ slug: initiative.slug, keyDate: 'string' })
      expect({ slug: initiative.slug, blocks: initiative.buildingBlocks.length > 0 }).toEqual({ slug: initiative.slug, blocks: true })
      // A source only where its address is certain (none rather than a guess), and https.
      for (const source of initiative.sources ?? []) expect(source.url).toMatch(/^https:\/\//)
    }
    const named = new Set(initiatives.flatMap((initiative: any) => initiative.actors.map(idOf)))
    const actors = (await api('/api/actors?limit=500&depth=0')).body.docs
    expect(actors.filter((actor: any) => !named.has(actor.id)).map((actor: any) => actor.slug)).toEqual([])
  })

  test('the home and site globals carry the hero, the reasons and the contact team', async () => {
    const home = await api('/api/globals/home?depth=0')
    expect(home.body.hero.heading).toBe('The largest risks from AI will affect all of humanity.')
    expect(home.body.why.reasons).toHaveLength(2)
    const site = await api('/api/globals/site?depth=0')
    expect(site.body.contact.people.map((p: any) => p.name)).toEqual(['José Jaime Villalobos', 'Ima (Imane) Bello'])
    expect(site.body.contact.email ?? null).toBeNull()
  })

  test('the podcast lists its four questions', async () => {
    const { body } = await api('/api/media-entries?where[kind][equals]=podcast&depth=0')
    expect(body.docs[0].title).toBe('ProHuman: Governing the Global AI Revolution')
    expect(body.docs[0].questions).toHaveLength(4)
  })

  test('seeding again changes nothing', async () => {
    const before = await api('/api/risks?limit=100&depth=0&sort=order')
    await run('npm', ['run', '--silent', 'seed'], {
      cwd: path.resolve(__dirname, '../../apps/cms'),
      env: { DATABASE_URL: process.env.TEST_DATABASE_URL!, PAYLOAD_SECRET: process.env.TEST_PAYLOAD_SECRET!, NODE_ENV: 'production' },
      label: 'seed (second run)',
    })
    const after = await api('/api/risks?limit=100&depth=0&sort=order')
    expect(after.body.totalDocs).toBe(before.body.totalDocs)
    expect(after.body.docs.map((d: any) => [d.id, d.updatedAt])).toEqual(before.body.docs.map((d: any) => [d.id, d.updatedAt]))
  }, 120_000)
})
