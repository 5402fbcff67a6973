import fs from 'node:fs'
import path from 'node:path'

import { searchLimits } from '@global-ai-governance/content'

import { api, cmsUrl, madeHere, staffToken, uniqueSuffix } from '../support/cms'
import { webUrl } from '../support/pages'

type SearchAnswer = { query: string; locale: string; results: { collection: string; slug: string; title: string; summary: string; rank: number }[] }

const search = (params: Record<string, string>) => api<SearchAnswer>(`/api/search?${new URLSearchParams(params).toString()}`)

describe('GET /api/search', () => {
  test('"red lines" finds the Red lines building block first, with the documented answer', async () => {
    const response = await fetch(`${process.env.CMS_URL}/api/search?q=red+lines&locale=en`)
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toBe('public, max-age=60')
    const body = (await response.json()) as SearchAnswer
    expect(body).toMatchObject({ query: 'red lines', locale: 'en' })
    expect(body.results[0]).toMatchObject({ collection: 'building-blocks', slug: 'red-lines', title: 'Red lines' })
    expect(typeof body.results[0]!.rank).toBe('number')
  })

  test('"Maas" finds the references by author', async () => {
    const { status, body } = await search({ q: 'Maas' })
    expect(status).toBe(200)
    const citations = body.results.filter((r) => r.collection === 'citations').map((r) => r.slug)
    expect(citations).toEqual(expect.arrayContaining(['maas-villalobos-2023', 'villalobos-maas-winter-2026']))
  })

  test('a query in Chinese finds the Chinese text', async () => {
    const { status, body } = await search({ q: '红线', locale: 'zh' })
    expect(status).toBe(200)
    expect(body.locale).toBe('zh')
    expect(body.results.map((r) => r.slug)).toContain('red-lines')
  })

  test('limit caps the results', async () => {
    const { status, body } = await search({ q: 'a', limit: '2' })
    expect(status).toBe(200)
    expect(body.results.length).toBeLessThanOrEqual(2)
  })

  describe('drafts are never searchable', () => {
    let editor: string
    const marker = `Zqxdraft${uniqueSuffix()}`

    beforeAll(async () => {
      editor = (await staffToken('editor')).token
    })

    test('a draft-only document is not found anonymously', async () => {
      const created = await api('/api/risks?draft=true', {
        method: 'POST',
        token: editor,
        body: { title: `Unreleased ${marker}`, order: 950, summary: `Draft about ${marker}.`, _status: 'draft' },
      })
      expect(created.status).toBe(201)
      const { status, body } = await search({ q: marker })
      expect(status).toBe(200)
      expect(body.results).toEqual([])
    })

    test('a draft edit of a published summary is not searchable; the published text still is', async () => {
      const { body: list } = await api('/api/benefits?where[slug][equals]=industry-and-productivity&depth=0')
      // Not a document other tests publish: publishing it would publish this draft edit too.
      const benefit = list.docs[0]
      const edited = `DRAFT-ONLY ${marker}edit`
      const saved = await api(`/api/benefits/${benefit.id}?draft=true`, {
        method: 'PATCH',
        token: editor,
        body: { summary: edited, _status: 'draft' },
      })
      expect(saved.status).toBe(200)
      expect((await search({ q: `${marker}edit` })).body.results).toEqual([])
      const published = await search({ q: benefit.title })
      expect(published.body.results.map((r) => r.slug)).toContain('industry-and-productivity')
    })
  })

  describe('hostile or invalid input is a 400 or a normal answer, never a 500', () => {
    test.each([`'; drop table risks; --`, '%', '_', '\\', '"unterminated', 'a & | ! ( ) : *', `x' or '1'='1`])('%s', async (q) => {
      const { status, body } = await search({ q })
      expect([200, 400]).toContain(status)
      if (status === 200) expect(Array.isArray(body.results)).toBe(true)
    })

    test('"%" is matched literally, not as a wildcard', async () => {
      const { body } = await search({ q: '%' })
      expect(body.results).toEqual([])
    })

    test('a 1000-character query is refused with a clear error', async () => {
      const { status, body } = await search({ q: 'a'.repeat(1000) })
      expect(status).toBe(400)
      expect((body as unknown as { error: string }).error).toMatch(/200 characters/)
    })

    test('an empty query, an unknown locale and a limit out of range are refused', async () => {
      const cases: Record<string, string>[] = [{ q: '   ' }, { q: 'red', locale: 'xx' }, { q: 'red', limit: '0' }, { q: 'red', limit: '51' }]
      for (const params of cases) {
        const { status, body } = await search(params)
        expect(status).toBe(400)
        expect(typeof (body as unknown as { error: string }).error).toBe('string')
      }
    })

    // The query string as a client sends it: fetch keeps %ZZ, %C3%28 and %00 as written.
    const raw = async (query: string) => {
      const response = await fetch(`${cmsUrl()}/api/search?${query}`)
      return { status: response.status, body: (await response.json()) as { error?: string; results?: unknown[] } }
    }

    test.each([
      ['q=%00', /control characters/],
      ['q=red%00lines', /control characters/],
      ['q=%1B%5B2J', /control characters/],
      ['q=%ZZ', /not percent-encoded UTF-8/],
      ['q=%C3%28', /not percent-encoded UTF-8/],
      ['q=%ED%A0%80', /not percent-encoded UTF-8/],
      ['q=red&limit=%', /not percent-encoded UTF-8/],
      ['q=red&q=lines', /"q" is given 2 times/],
      ['q[]=red', /"q" takes one value/],
      ['q[0]=red&q[1]=lines', /"q" takes one value/],
      ['q=red&limit[]=5', /"limit" takes one value/],
      ['q=red&limit=5&limit=6', /"limit" is given 2 times/],
      ['q=red&locale[]=fr', /"locale" takes one value/],
      [`q=${'a'.repeat(201)}`, /at most 200 characters/],
    ])('%s is refused with a 400 that says why (not "Search is unavailable")', async (query, message) => {
      const { status, body } = await raw(query)
      expect({ status, error: body.error }).toEqual({ status: 400, error: expect.stringMatching(message) })
    })

    test.each(['!!!', '"', '-', '!', '&', ':*', '\\', '\\\\', '( ) | <->', '""'])('%s has no word to look for: a 200 with no results', async (q) => {
      const { status, body } = await search({ q })
      expect(status).toBe(200)
      expect(body.results).toEqual([])
    })

    test('the data is intact afterwards', async () => {
      const risks = await api('/api/risks?limit=0&depth=0')
      expect(risks.status).toBe(200)
      expect(risks.body.totalDocs).toBeGreaterThanOrEqual(9)
      expect((await search({ q: 'red lines' })).body.results[0]?.slug).toBe('red-lines')
    })
  })
})

describe('the search page', () => {
  test('/en/search?q=red+lines is server-rendered HTML linking to the Red lines page', async () => {
    const response = await fetch(`${process.env.WEB_URL}/en/search?q=red+lines`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/text\/html/)
    const html = await response.text()
    expect(html).toContain('href="/en/building-blocks/red-lines"')
    expect(html).toMatch(/<form[^>]*role="search"[^>]*action="\/en\/search"/)
  })

  // The page's own sentences, in the visitor's language.
  const strings = (locale: string) =>
    JSON.parse(fs.readFileSync(path.resolve(__dirname, `../../apps/web/src/messages/${locale}.json`), 'utf8')).search as Record<string, string>
  const page = async (query: string) => {
    const response = await fetch(`${webUrl()}${query}`)
    return { status: response.status, html: await response.text() }
  }

  test.each([
    ['/en/search?q=%00', 'en'],
    ['/en/search?q=red%00lines', 'en'],
    ['/fr/search?q=%1B%5B2J', 'fr'],
    ['/es/search?q=red&q=lines', 'es'],
    ['/ru/search?q=a&q=b&q=c', 'ru'],
  ])('%s: a 200 page that says the query cannot be searched, with the form, not that search is unavailable', async (address, locale) => {
    const { status, html } = await page(address)
    expect(status).toBe(200)
    expect(html).toContain(strings(locale).invalid)
    expect(html).not.toContain(strings(locale).error)
    expect(html).toMatch(/<form[^>]*role="search"/)
  })

  test('an overlong query is told the limit', async () => {
    const { status, html } = await page(`/ar/search?q=${'a'.repeat(searchLimits.maxQueryLength + 1)}`)
    expect(status).toBe(200)
    expect(html).toContain(strings('ar').tooLong.replace('{max}', String(searchLimits.maxQueryLength)))
    expect(html).not.toContain(strings('ar').error)
  })

  test.each(['/en/search?q=%ZZ', '/en/search?q=%C3%28', '/zh/search?q=%ED%A0%80', '/en/search?q=!!!', '/en/search?q=%22', '/en/search?q[]=red'])(
    '%s answers below 500 and never says search is unavailable',
    async (address) => {
      const { status, html } = await page(address)
      expect(status).toBeLessThan(500)
      expect(html).not.toContain(strings(address.slice(1, 3)).error)
    },
  )

  test('without a query it shows the form only', async () => {
    const response = await fetch(`${process.env.WEB_URL}/fr/search`)
    expect(response.status).toBe(200)
    expect(await response.text()).toContain('Rechercher sur le site')
  })
})

describe('search in every language: stemmed, ranked, the passage marked', () => {
  const made = madeHere()
  afterAll(() => made.removeAll())
  let slug: string

  beforeAll(async () => {
    const { token } = await staffToken('editor')
    const created = await api('/api/risks', {
      method: 'POST',
      token,
      body: { title: `Stemming ${uniqueSuffix()}`, order: 985, summary: 'Several international treaties already govern dual-use technologies.', _status: 'published' },
    })
    expect(created.status).toBe(201)
    const risk = made.add('risks', created.body.doc)
    slug = created.body.doc.slug
    const translations: Record<string, { title: string; summary: string }> = {
      fr: { title: 'Racinisation', summary: 'Plusieurs traités internationaux encadrent déjà les technologies à double usage.' },
      es: { title: 'Lematización', summary: 'Varios tratados internacionales ya regulan las tecnologías de doble uso.' },
      ru: { title: 'Стемминг', summary: 'Несколько международных договоров уже регулируют технологии двойного назначения.' },
      ar: { title: 'التجذيع', summary: 'تنظم عدة معاهدات دولية بالفعل التكنولوجيات ذات الاستخدام المزدوج.' },
      zh: { title: '词干测试', summary: '若干国际条约已经在规范军民两用技术。' },
    }
    for (const [locale, text] of Object.entries(translations)) {
      expect((await api(`/api/risks/${risk.id}?locale=${locale}`, { method: 'PATCH', token, body: { ...text, _status: 'published' } })).status).toBe(200)
    }
  })

  test.each([
    ['en', 'treaty', 'treaties'],
    ['fr', 'traité', 'traités'],
    ['es', 'tratado', 'tratados'],
    ['ru', 'договор', 'договоров'],
    ['ar', 'معاهدة', 'معاهدات'],
    ['zh', '国际条约', '国际条约'],
    ['zh', '条约', '条约'],
  ])('%s: “%s” finds the text that says “%s”, and marks it in the passage', async (locale, q, written) => {
    const { status, body } = await search({ q, locale, limit: '50' })
    expect(status).toBe(200)
    const found = body.results.filter((result) => result.slug === slug)
    // Once: a language never returns a document twice (its own text and the English fallback).
    expect(found).toHaveLength(1)
    const passage = (found[0] as unknown as { passage?: string }).passage ?? ''
    expect(passage).toContain(`\uE000${written}\uE001`)
    expect((found[0] as unknown as { language?: string }).language).toBe(locale)
  })

  test('a page whose title matches ranks above one that only mentions the words', async () => {
    const { body } = await search({ q: 'Loss of control', locale: 'en' })
    expect(body.results[0]?.slug).toBe('loss-of-control')
    const { body: french } = await search({ q: 'traités', locale: 'fr', limit: '50' })
    const ranks = french.results.map((result) => result.rank)
    expect([...ranks].sort((a, b) => b - a)).toEqual(ranks)
  })

  test('a translated title over the English summary: the summary is found in English and said to be English', async () => {
    const { token } = await staffToken('editor')
    const marker = `Zqxhalf${uniqueSuffix()}`
    const created = await api('/api/risks', {
      method: 'POST',
      token,
      body: { title: `Half translated ${marker}`, order: 986, summary: `Only the English summary of ${marker} exists.`, _status: 'published' },
    })
    expect(created.status).toBe(201)
    const risk = made.add('risks', created.body.doc)
    expect((await api(`/api/risks/${risk.id}?locale=fr`, { method: 'PATCH', token, body: { title: `À moitié traduit ${marker}`, _status: 'published' } })).status).toBe(200)
    const { body } = await search({ q: marker, locale: 'fr' })
    expect(body.results).toHaveLength(1)
    expect(body.results[0]).toMatchObject({ title: `À moitié traduit ${marker}`, summary: `Only the English summary of ${marker} exists.`, language: 'fr', summaryLanguage: 'en' })
  })

  test('a 10 kB query is refused, never searched and never a server error', async () => {
    // Node refuses a request line this long itself (431); anything the server reads is held to 200 characters.
    const { status } = await search({ q: 'traité '.repeat(1500), locale: 'fr' })
    expect(status).toBeGreaterThanOrEqual(400)
    expect(status).toBeLessThan(500)
    const page = await fetch(`${webUrl()}/fr/search?q=${encodeURIComponent('traité '.repeat(1500))}`)
    expect(page.status).toBeGreaterThanOrEqual(400)
    expect(page.status).toBeLessThan(500)
  })
})

