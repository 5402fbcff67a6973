import { locales } from '@global-ai-governance/content'
import { Client } from 'pg'

import { searchStatement } from '../../apps/cms/src/endpoints/searchQuery'
import { fillSearchCorpus } from '../support/search-corpus.cjs'

/**
 * The search statement the CMS runs, on a corpus large enough that PostgreSQL chooses by cost
 * (on a few dozen rows reading everything is cheapest): the indexes of the search migration
 * must be the ones it picks, in every language. The corpus is made inside a transaction and
 * rolled back, so no other test ever sees it.
 */
describe('search indexes', () => {
  const client = new Client({ connectionString: process.env.TEST_DATABASE_URL })
  const plans = new Map<string, string>()
  const found = new Map<string, string[]>()
  // A word of the seeded text in each language, in another form than it is written there.
  const queries: Record<string, string> = { en: 'treaty', fr: 'traité', es: 'tratado', ar: 'معاهدة', zh: '红线', ru: 'договор' }

  beforeAll(async () => {
    await client.connect()
    await client.query('begin')
    await fillSearchCorpus(client, 2000)
    for (const locale of locales) {
      const statement = searchStatement({ q: queries[locale]!, locale, limit: 20 })
      const { rows } = await client.query({ text: `explain (format json) ${statement.text}`, values: statement.values })
      plans.set(locale, JSON.stringify(rows[0]))
      found.set(locale, (await client.query(statement)).rows.map((row: { slug: string }) => row.slug))
    }
  }, 180_000)

  afterAll(async () => {
    await client.query('rollback')
    await client.end()
  })

  test.each([...locales])('in %s, the stemmed words are read through the search_vector index', (locale) => {
    expect(plans.get(locale)).toContain('"Index Name":"initiatives_locales_search_vector"')
  })

  test.each([...locales])('in %s, the query finds the copies among 2,000 initiatives, twenty at most', (locale) => {
    const slugs = found.get(locale)!
    expect(slugs).toHaveLength(20)
    expect(slugs.some((slug) => slug.startsWith('search-corpus-'))).toBe(true)
    expect(new Set(slugs).size).toBe(slugs.length)
  })

  test('words as written (a name, a symbol) are read through the trigram index', async () => {
    const statement = searchStatement({ q: 'Bletchley', locale: 'fr', limit: 20 })
    const { rows } = await client.query({ text: `explain (format json) ${statement.text}`, values: statement.values })
    expect(JSON.stringify(rows[0])).toContain('"Index Name":"initiatives_locales_search_text"')
  })
})
