/** @jest-environment node */

jest.mock('server-only', () => ({}))

// eslint-disable-next-line import/first
import { getHomeFallbacks, getRisks, isUntranslated } from './cms'

const requested: URL[] = []
const answer = (body: unknown) => new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } })
const list = (...docs: unknown[]) => answer({ docs, totalDocs: docs.length, totalPages: 1, page: 1, hasNextPage: false, hasPrevPage: false, limit: 1 })

const respondWith = (body: (url: URL) => Response) => {
  globalThis.fetch = jest.fn(async (input: string | URL | Request) => {
    const url = new URL(String(input))
    requested.push(url)
    return body(url)
  }) as typeof fetch
}

beforeEach(() => {
  requested.length = 0
})

describe('missing translations', () => {
  test('reads the title and summary alone, without the fallback to English', async () => {
    respondWith(() => list({ id: 1, title: 'Lignes rouges', summary: 'Des pratiques à interdire.' }))
    await expect(isUntranslated('building-blocks', 'fr', 'red-lines')).resolves.toBe(false)
    const url = requested[0]!
    expect(url.pathname).toBe('/api/building-blocks')
    expect(url.searchParams.get('locale')).toBe('fr')
    expect(url.searchParams.get('fallback-locale')).toBe('none')
    expect(url.searchParams.get('select[title]')).toBe('true')
    expect(url.searchParams.get('select[summary]')).toBe('true')
    expect(url.searchParams.get('select[body]')).toBeNull()
    expect(url.searchParams.get('where[slug][equals]')).toBe('red-lines')
  })

  test('a title or summary with no text of its own means the page shows English', async () => {
    respondWith(() => list({ id: 1, summary: 'Des pratiques à interdire.' }))
    await expect(isUntranslated('risks', 'fr', 'bias')).resolves.toBe(true)
    respondWith(() => list({ id: 1, title: 'Biais', summary: null }))
    await expect(isUntranslated('risks', 'fr', 'bias')).resolves.toBe(true)
    respondWith(() => list({ id: 1, title: '', summary: 'x' }))
    await expect(isUntranslated('benefits', 'ar', 'health')).resolves.toBe(true)
  })

  test('English never asks, and neither does an impossible slug', async () => {
    respondWith(() => list())
    await expect(isUntranslated('risks', 'en', 'bias')).resolves.toBe(false)
    await expect(isUntranslated('risks', 'fr', '../etc')).resolves.toBe(false)
    await expect(getHomeFallbacks('en')).resolves.toEqual({ hero: false, why: false, benefitsAndRisks: false, buildingBlocks: false, media: false })
    expect(requested).toHaveLength(0)
  })

  test('a document that does not exist gives no notice (the page says not found)', async () => {
    respondWith(() => list())
    await expect(isUntranslated('risks', 'fr', 'nothing-here')).resolves.toBe(false)
  })

  test('the home page checks the heading of each of its parts', async () => {
    respondWith(() => answer({ id: 1, hero: { heading: '人工智能的最大风险将影响全人类。' }, why: { heading: '为什么' }, benefitsAndRisks: { heading: '益处与风险' }, buildingBlocks: { heading: '构件' }, media: {} }))
    await expect(getHomeFallbacks('zh')).resolves.toEqual({ hero: false, why: false, benefitsAndRisks: false, buildingBlocks: false, media: true })
    expect(requested[0]!.pathname).toBe('/api/globals/home')
    expect(requested[0]!.searchParams.get('select[hero][heading]')).toBe('true')
    expect(requested[0]!.searchParams.get('select[why][heading]')).toBe('true')
    expect(requested[0]!.searchParams.get('fallback-locale')).toBe('none')
    // Required headings left empty: the contract names them, and those parts show English.
    respondWith(() => answer({ id: 1, hero: {}, why: { heading: 'Pourquoi' }, benefitsAndRisks: {}, buildingBlocks: { heading: 'Éléments' }, media: {} }))
    await expect(getHomeFallbacks('fr')).resolves.toEqual({ hero: true, why: false, benefitsAndRisks: true, buildingBlocks: false, media: true })
  })

  test('an index marks the items with no title or summary of their own in the language', async () => {
    respondWith((url) =>
      url.searchParams.get('fallback-locale') === 'none'
        ? list({ id: 2, slug: 'cybersecurity' })
        : list({ id: 1, title: 'Biais', slug: 'bias', summary: 'Résumé.', order: 1 }, { id: 2, title: 'Cybersecurity', slug: 'cybersecurity', summary: 'English.', order: 2 }),
    )
    const risks = await getRisks('fr')
    expect(risks.map((risk) => [risk.slug, risk.lang])).toEqual([
      ['bias', undefined],
      ['cybersecurity', 'en'],
    ])
    const check = requested.find((url) => url.searchParams.get('fallback-locale') === 'none')!
    expect(check.searchParams.get('where[or][0][title][exists]')).toBe('false')
    expect(check.searchParams.get('where[or][1][summary][exists]')).toBe('false')
  })

  test('a CMS failure is not hidden as "untranslated"', async () => {
    respondWith(() => new Response('down', { status: 503 }))
    await expect(isUntranslated('risks', 'fr', 'bias')).rejects.toThrow()
  })
})
