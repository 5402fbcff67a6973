import { XMLParser } from 'fast-xml-parser'

import { locales } from '@global-ai-governance/content'
import { buildSitemap, sitemapXml, type SitemapSources } from './sitemap'

const base = 'https://example.org'

const sources: SitemapSources = {
  buildingBlocks: [
    { slug: 'scientific-consensus', updatedAt: '2026-03-01T10:00:00.000Z', _status: 'published' },
    { slug: 'benefit-sharing', updatedAt: '2026-05-02T10:00:00.000Z', _status: 'published' },
  ],
  risks: [{ slug: 'loss-of-control', updatedAt: '2026-04-01T00:00:00.000Z' }],
  benefits: [{ slug: 'health', updatedAt: '2026-02-01T00:00:00.000Z' }],
  initiatives: [
    { slug: 'eu-ai-act', updatedAt: '2026-02-10T00:00:00.000Z', _status: 'published' },
    { slug: 'hiroshima-process', updatedAt: '2026-02-20T00:00:00.000Z' },
  ],
  actors: [{ slug: 'oecd', updatedAt: '2026-01-20T00:00:00.000Z' }],
  citations: [{ updatedAt: '2026-06-01T00:00:00.000Z' }],
  mediaEntries: [{ slug: 'the-film', updatedAt: '2026-01-15T00:00:00.000Z' }],
  siteUpdatedAt: '2026-01-01T00:00:00.000Z',
}

const pagePaths = [
  '',
  '/building-blocks',
  '/building-blocks/scientific-consensus',
  '/building-blocks/benefit-sharing',
  '/risks',
  '/risks/loss-of-control',
  '/benefits',
  '/benefits/health',
  '/matrix',
  '/initiatives',
  '/initiatives/eu-ai-act',
  '/initiatives/hiroshima-process',
  '/timeline',
  '/actors',
  '/actors/oecd',
  '/data',
  '/references',
  '/media',
  '/media/the-film',
  '/contact',
]

describe('buildSitemap', () => {
  const entries = buildSitemap(base, sources)
  const byUrl = new Map(entries.map((entry) => [entry.url, entry]))

  it('lists every public page in every locale, once', () => {
    expect(entries).toHaveLength(pagePaths.length * locales.length)
    expect(new Set(entries.map((entry) => entry.url)).size).toBe(entries.length)
    for (const path of pagePaths) for (const locale of locales) expect(byUrl.has(`${base}/${locale}${path}`)).toBe(true)
  })

  it('names all six language versions and English as x-default on each entry', () => {
    const entry = byUrl.get(`${base}/ar/risks/loss-of-control`)
    expect(entry?.alternates?.languages).toEqual({
      en: `${base}/en/risks/loss-of-control`,
      fr: `${base}/fr/risks/loss-of-control`,
      es: `${base}/es/risks/loss-of-control`,
      ar: `${base}/ar/risks/loss-of-control`,
      zh: `${base}/zh/risks/loss-of-control`,
      ru: `${base}/ru/risks/loss-of-control`,
      'x-default': `${base}/en/risks/loss-of-control`,
    })
    for (const each of entries) expect(Object.keys(each.alternates?.languages ?? {})).toHaveLength(7)
  })

  it('dates documents by updatedAt and index pages by their newest document', () => {
    expect(byUrl.get(`${base}/fr/building-blocks/scientific-consensus`)?.lastModified).toBe('2026-03-01T10:00:00.000Z')
    expect(byUrl.get(`${base}/en/building-blocks`)?.lastModified).toBe('2026-05-02T10:00:00.000Z')
    expect(byUrl.get(`${base}/en/matrix`)?.lastModified).toBe('2026-05-02T10:00:00.000Z')
    expect(byUrl.get(`${base}/en/references`)?.lastModified).toBe('2026-06-01T00:00:00.000Z')
    expect(byUrl.get(`${base}/en/media`)?.lastModified).toBe('2026-01-15T00:00:00.000Z')
    expect(byUrl.get(`${base}/es/media/the-film`)?.lastModified).toBe('2026-01-15T00:00:00.000Z')
    expect(byUrl.get(`${base}/en/contact`)?.lastModified).toBe('2026-01-01T00:00:00.000Z')
  })

  it('lists the tracker: initiatives, their pages, the timeline, actors, their pages and the open data', () => {
    expect(byUrl.get(`${base}/ru/initiatives/eu-ai-act`)?.lastModified).toBe('2026-02-10T00:00:00.000Z')
    expect(byUrl.get(`${base}/ru/initiatives/eu-ai-act`)?.alternates?.languages?.['x-default']).toBe(`${base}/en/initiatives/eu-ai-act`)
    expect(byUrl.get(`${base}/en/initiatives`)?.lastModified).toBe('2026-02-20T00:00:00.000Z')
    expect(byUrl.get(`${base}/en/timeline`)?.lastModified).toBe('2026-02-20T00:00:00.000Z')
    expect(byUrl.get(`${base}/zh/actors/oecd`)?.lastModified).toBe('2026-01-20T00:00:00.000Z')
    expect(byUrl.get(`${base}/en/actors`)?.lastModified).toBe('2026-01-20T00:00:00.000Z')
    // The open data holds every table (references included); the matrix counts initiatives too.
    expect(byUrl.get(`${base}/ar/data`)?.lastModified).toBe('2026-06-01T00:00:00.000Z')
    const newer = buildSitemap(base, { ...sources, initiatives: [{ slug: 'new', updatedAt: '2026-08-01T00:00:00.000Z' }] })
    expect(newer.find((entry) => entry.url === `${base}/en/matrix`)?.lastModified).toBe('2026-08-01T00:00:00.000Z')
    expect(newer.find((entry) => entry.url === `${base}/en/data`)?.lastModified).toBe('2026-08-01T00:00:00.000Z')
    const withDraft = buildSitemap(base, { ...sources, actors: [{ slug: 'hidden', updatedAt: '2026-01-01T00:00:00.000Z', _status: 'draft' }] })
    expect(withDraft.some((entry) => entry.url.includes('hidden'))).toBe(false)
  })

  it('lists only what the public API returned, and never a document marked draft', () => {
    const withDraft = buildSitemap(base, { ...sources, risks: [...sources.risks, { slug: 'secret', updatedAt: '2026-07-01T00:00:00.000Z', _status: 'draft' }] })
    expect(withDraft.some((entry) => entry.url.includes('secret'))).toBe(false)
    expect(withDraft.find((entry) => entry.url === `${base}/en/risks`)?.lastModified).toBe('2026-04-01T00:00:00.000Z')
  })

  it('still lists the fixed pages when there are no documents, without dates', () => {
    const empty = buildSitemap(base, { buildingBlocks: [], risks: [], benefits: [], initiatives: [], actors: [], citations: [], mediaEntries: [] })
    expect(empty).toHaveLength(12 * locales.length)
    expect(empty.every((entry) => entry.lastModified === undefined)).toBe(true)
  })

  it('encodes slugs in addresses', () => {
    const odd = buildSitemap(base, { ...sources, benefits: [{ slug: 'a&b<c', updatedAt: '2026-02-01T00:00:00.000Z' }] })
    expect(odd.some((entry) => entry.url === `${base}/en/benefits/a%26b%3Cc`)).toBe(true)
  })
})

describe('sitemapXml', () => {
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', isArray: (name) => name === 'url' || name === 'xhtml:link' })

  it('writes the sitemap protocol with hreflang links that parse back', () => {
    const xml = sitemapXml(buildSitemap(base, sources))
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true)
    const parsed = parser.parse(xml)
    expect(parsed.urlset['@_xmlns']).toBe('http://www.sitemaps.org/schemas/sitemap/0.9')
    expect(parsed.urlset['@_xmlns:xhtml']).toBe('http://www.w3.org/1999/xhtml')
    expect(parsed.urlset.url).toHaveLength(pagePaths.length * locales.length)
    const block = parsed.urlset.url.find((url: { loc: string }) => url.loc === `${base}/zh/building-blocks/benefit-sharing`)
    expect(block.lastmod).toBe('2026-05-02T10:00:00.000Z')
    expect(block['xhtml:link']).toContainEqual({ '@_rel': 'alternate', '@_hreflang': 'ru', '@_href': `${base}/ru/building-blocks/benefit-sharing` })
  })

  it('writes each <url> in the order the sitemaps.org schema requires: loc, lastmod, then the xhtml:link alternates', () => {
    const ordered = new XMLParser({ ignoreAttributes: false, preserveOrder: true })
    const xml = sitemapXml([...buildSitemap(base, sources), ...buildSitemap(base, { buildingBlocks: [], risks: [], benefits: [], initiatives: [], actors: [], citations: [], mediaEntries: [] })])
    const [, urlset] = ordered.parse(xml) as [unknown, { urlset: { url: Record<string, unknown>[] }[] }]
    const urls = urlset.urlset.filter((node) => 'url' in node)
    expect(urls).toHaveLength((pagePaths.length + 12) * locales.length)
    const shapes = new Set(urls.map((node) => node.url.map((child) => Object.keys(child).find((key) => key !== ':@')).join(' ')))
    // Dated pages and undated ones (no documents yet), each with its seven alternates after loc and lastmod.
    expect([...shapes].sort()).toEqual([`loc lastmod ${Array(7).fill('xhtml:link').join(' ')}`, `loc ${Array(7).fill('xhtml:link').join(' ')}`])
  })

  it('escapes markup characters in addresses', () => {
    const xml = sitemapXml([{ url: 'https://example.org/?a=1&b=<2>', alternates: { languages: { en: 'https://example.org/?x="&"' } } }])
    expect(xml).toContain('<loc>https://example.org/?a=1&amp;b=&lt;2&gt;</loc>')
    const parsed = parser.parse(xml)
    expect(parsed.urlset.url[0].loc).toBe('https://example.org/?a=1&b=<2>')
    expect(parsed.urlset.url[0]['xhtml:link'][0]['@_href']).toBe('https://example.org/?x="&"')
  })
})
