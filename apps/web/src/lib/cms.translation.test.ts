/** @jest-environment node */

jest.mock('server-only', () => ({}))

// eslint-disable-next-line import/first
import { isHomeUntranslated, isUntranslated } from './cms'

const requested: URL[] = []
const answer = (body: unknown) => new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } })
const list = (...docs: unknown[]) => answer({ docs, totalDocs: docs.length, totalPages: 1, page: 1, hasNextPage: false, hasPrevPage: false, limit: 1 })

const respondWith = (body: () => Response) => {
  globalThis.fetch = jest.fn(async (input: string | URL | Request) => {
    requested.push(new URL(String(input)))
    return body()
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
    await expect(isHomeUntranslated('en')).resolves.toBe(false)
    expect(requested).toHaveLength(0)
  })

  test('a document that does not exist gives no notice (the page says not found)', async () => {
    respondWith(() => list())
    await expect(isUntranslated('risks', 'fr', 'nothing-here')).resolves.toBe(false)
  })

  test('the home page checks its hero heading', async () => {
    respondWith(() => answer({ id: 1, hero: { heading: '人工智能的最大风险将影响全人类。' } }))
    await expect(isHomeUntranslated('zh')).resolves.toBe(false)
    expect(requested[0]!.pathname).toBe('/api/globals/home')
    expect(requested[0]!.searchParams.get('select[hero][heading]')).toBe('true')
    expect(requested[0]!.searchParams.get('fallback-locale')).toBe('none')
    respondWith(() => answer({ id: 1, hero: { heading: null } }))
    await expect(isHomeUntranslated('zh')).resolves.toBe(true)
    respondWith(() => answer({ id: 1, hero: {} }))
    await expect(isHomeUntranslated('zh')).resolves.toBe(true)
  })

  test('a CMS failure is not hidden as "untranslated"', async () => {
    respondWith(() => new Response('down', { status: 503 }))
    await expect(isUntranslated('risks', 'fr', 'bias')).rejects.toThrow()
  })
})
