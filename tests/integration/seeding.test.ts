import path from 'node:path'

import { run } from '../../scripts/lib/processes.cjs'
import { api } from '../support/cms'

const collections: Array<[string, number]> = [
  ['building-blocks', 7],
  ['risks', 9],
  ['benefits', 7],
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

  test('building blocks come in the seed order, with definitions, efforts, gaps and analogous regimes', async () => {
    const { body } = await api('/api/building-blocks?limit=100&depth=0&sort=order')
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
      expect(block.currentEfforts.length).toBeGreaterThanOrEqual(2)
      expect(block.gaps.length).toBeGreaterThanOrEqual(1)
      expect(block.analogousRegimes.length).toBeGreaterThanOrEqual(1)
    }
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
