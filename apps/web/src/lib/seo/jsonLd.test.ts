import { serializeJsonLd } from './jsonLd'
import { buildingBlockJsonLd, websiteJsonLd } from './structuredData'

describe('serializeJsonLd', () => {
  it('cannot end the script element, and still parses to the same value', () => {
    const data = { name: '</script><script>alert(1)</script> & <!-- \u2028' }
    const json = serializeJsonLd(data)
    expect(json).not.toMatch(/[<>&\u2028\u2029]/)
    expect(json).toContain('\\u003c/script\\u003e')
    expect(JSON.parse(json)).toEqual(data)
  })

  it('refuses values that are not JSON', () => {
    expect(() => serializeJsonLd(undefined)).toThrow(TypeError)
  })
})

describe('structured data', () => {
  it('describes a building block as an Article published by the Future of Life Institute', () => {
    const data = buildingBlockJsonLd('https://example.org', 'fr', { title: 'Consensus', slug: 'scientific-consensus', summary: 'Why.', updatedAt: '2026-05-01T00:00:00.000Z' })
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Article',
      name: 'Consensus',
      description: 'Why.',
      dateModified: '2026-05-01T00:00:00.000Z',
      inLanguage: 'fr',
      url: 'https://example.org/fr/building-blocks/scientific-consensus',
      publisher: { '@type': 'Organization', name: 'Future of Life Institute' },
    })
  })

  it('describes the site as a WebSite', () => {
    expect(websiteJsonLd('https://example.org', 'en', 'Global AI Governance')).toMatchObject({ '@type': 'WebSite', name: 'Global AI Governance', url: 'https://example.org/en' })
  })
})
