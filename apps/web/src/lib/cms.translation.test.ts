/** @jest-environment node */

jest.mock('server-only', () => ({}))

// eslint-disable-next-line import/first
import { locales, type TranslationStatus } from '@global-ai-governance/content'

import { getRisk, getRisks, homeFallbacks, isUntranslated } from './cms'

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

/** A translation status as the CMS computes it: `missing` per language, nothing missing elsewhere. */
const status = (missing: Partial<Record<'fr' | 'ar' | 'zh', string[]>>): TranslationStatus =>
  Object.fromEntries(locales.map((locale) => [locale, { missing: missing[locale as 'fr'] ?? [] }])) as TranslationStatus

const now = new Date().toISOString()
const risk = (translationStatus: unknown) => ({ id: 1, title: 'Bias', slug: 'bias', summary: 'English.', body: null, updatedAt: now, translationStatus })

beforeEach(() => {
  requested.length = 0
})

describe('missing translations, from the translation status the CMS sends with each document', () => {
  test('a page reads its document once, and the status in it says whether the title or summary shows English', async () => {
    respondWith(() => list(risk(status({ fr: ['title'] }))))
    const doc = await getRisk('fr', 'bias')
    expect(requested).toHaveLength(1)
    expect(requested[0]!.searchParams.get('select[translationStatus]')).toBe('true')
    expect(requested[0]!.searchParams.get('fallback-locale')).toBeNull()
    expect(isUntranslated(doc!, 'fr')).toBe(true)
    expect(isUntranslated(doc!, 'ar')).toBe(false)
    expect(isUntranslated({ translationStatus: status({ ar: ['summary'] }) }, 'ar')).toBe(true)
  })

  test('English never shows a notice, and neither does a document whose status says nothing', async () => {
    expect(isUntranslated({ translationStatus: status({ fr: ['title'] }) }, 'en')).toBe(false)
    expect(isUntranslated({ translationStatus: null }, 'fr')).toBe(false)
    // Other texts showing English (the body) do not make the title and summary English.
    expect(isUntranslated({ translationStatus: status({ fr: ['body', 'seo.title'] }) }, 'fr')).toBe(false)
  })

  test('an impossible slug asks nothing', async () => {
    respondWith(() => list())
    await expect(getRisk('fr', '../etc')).resolves.toBeNull()
    expect(requested).toHaveLength(0)
  })

  test('the home page marks each part whose heading shows English', () => {
    const home = { translationStatus: status({ fr: ['hero.heading', 'hero.lede', 'benefitsAndRisks.heading', 'media.heading'], zh: ['media.heading'] }) }
    expect(homeFallbacks(home, 'zh')).toEqual({ hero: false, why: false, benefitsAndRisks: false, buildingBlocks: false, media: true })
    expect(homeFallbacks(home, 'fr')).toEqual({ hero: true, why: false, benefitsAndRisks: true, buildingBlocks: false, media: true })
    expect(homeFallbacks(home, 'en')).toEqual({ hero: false, why: false, benefitsAndRisks: false, buildingBlocks: false, media: false })
    // A part whose other texts show English, but not its heading, is not marked.
    expect(homeFallbacks({ translationStatus: status({ fr: ['why.reasons'] }) }, 'fr').why).toBe(false)
  })

  test('an index marks the items with no title or summary of their own in the language, in one request', async () => {
    respondWith(() =>
      list(
        { id: 1, title: 'Biais', slug: 'bias', summary: 'Résumé.', order: 1, translationStatus: status({}) },
        { id: 2, title: 'Cybersecurity', slug: 'cybersecurity', summary: 'English.', order: 2, translationStatus: status({ fr: ['title', 'summary'] }) },
      ),
    )
    const risks = await getRisks('fr')
    expect(risks.map((item) => [item.slug, item.lang])).toEqual([
      ['bias', undefined],
      ['cybersecurity', 'en'],
    ])
    expect(requested).toHaveLength(1)
    expect(requested[0]!.searchParams.get('select[translationStatus]')).toBe('true')
  })

  test('a CMS failure is an error, not "untranslated"', async () => {
    respondWith(() => new Response('down', { status: 503 }))
    await expect(getRisk('fr', 'bias')).rejects.toThrow()
  })
})
