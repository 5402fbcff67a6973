/** @jest-environment node */
// The metadata and structured data of an initiative's page (app/[locale]/initiatives/[slug]).
import { initiativePageMetadata } from './metadata'
import { initiativeJsonLd, type InitiativeForJsonLd, type JsonLdNode, type PageContext } from './structuredData'

const base = 'https://example.org'

const convention = {
  title: 'Council of Europe Framework Convention on Artificial Intelligence',
  slug: 'council-of-europe-framework-convention',
  officialTitle: 'Council of Europe Framework Convention on Artificial Intelligence and Human Rights, Democracy and the Rule of Law',
  identifier: 'CETS No. 225',
  kind: 'treaty' as const,
  status: 'in-force' as const,
  summary: 'The first binding international treaty on AI, open to states outside Europe.',
  keyDate: '2024-05-17',
  dates: { adopted: '2024-05-17', inForce: '2025-09-01' },
  updatedAt: '2026-12-02T09:30:00.000Z',
  actors: [
    { id: 4, name: 'Council of Europe', slug: 'council-of-europe', shortName: 'CoE', kind: 'international-organisation' as const },
    { id: 5, name: 'European Union', slug: 'european-union', shortName: null, kind: 'international-organisation' as const },
    9,
  ],
  sources: [{ url: 'https://www.coe.int/en/web/artificial-intelligence/the-framework-convention-on-artificial-intelligence' }],
}

describe('initiativePageMetadata', () => {
  const previous = process.env.WEB_PUBLIC_URL
  beforeAll(() => {
    process.env.WEB_PUBLIC_URL = base
  })
  afterAll(() => {
    process.env.WEB_PUBLIC_URL = previous
  })

  it('is an article with citation tags: its actors as authors, its key date in Google Scholar’s form', () => {
    const metadata = initiativePageMetadata(convention, 'fr', false)
    expect(metadata.title).toBe(convention.title)
    expect(metadata.description).toBe(convention.summary)
    expect(metadata.openGraph).toMatchObject({ type: 'article', url: `${base}/fr/initiatives/council-of-europe-framework-convention`, modifiedTime: convention.updatedAt })
    expect(metadata.alternates?.canonical).toBeDefined()
    // Its segment has no share image of its own: the site's is named, or the page would have none.
    expect(metadata.openGraph?.images).toEqual([expect.objectContaining({ url: '/fr/opengraph-image', width: 1200, height: 630 })])
    expect(metadata.other).toMatchObject({
      citation_title: convention.title,
      // Only actors the page names (an id alone is left out).
      citation_author: ['Council of Europe', 'European Union'],
      citation_publisher: 'Future of Life Institute',
      citation_publication_date: '2024/05/17',
      citation_public_url: `${base}/fr/initiatives/council-of-europe-framework-convention`,
      citation_language: 'fr',
    })
  })

  it('has Dublin Core tags too', () => {
    expect(initiativePageMetadata(convention, 'ru', false).other).toMatchObject({
      'DC.title': convention.title,
      'DC.creator': ['Council of Europe', 'European Union'],
      'DC.publisher': 'Future of Life Institute',
      'DC.date': '2024-05-17',
      'DC.identifier': 'CETS No. 225',
      'DC.language': 'ru',
      'DC.type': 'Text',
    })
  })

  it('names English as the language when the page shows the English text', () => {
    const other = initiativePageMetadata(convention, 'zh', true).other
    expect(other?.['DC.language']).toBe('en')
    expect(other?.citation_language).toBe('en')
  })

  it('keeps a partial key date partial, and leaves out what is not known', () => {
    const other = initiativePageMetadata({ ...convention, keyDate: '2024-05', identifier: null, actors: [] }, 'en', false).other ?? {}
    expect(other.citation_publication_date).toBe('2024/05')
    expect(other['DC.date']).toBe('2024-05')
    expect(other).not.toHaveProperty('DC.identifier')
    expect(other).not.toHaveProperty('DC.creator')
    // Without actors the publisher stands as the author, as on the site's other pages.
    expect(other.citation_author).toEqual(['Future of Life Institute'])
    const undated = initiativePageMetadata({ ...convention, keyDate: null }, 'en', false).other ?? {}
    expect(undated).not.toHaveProperty('citation_publication_date')
    expect(undated).not.toHaveProperty('DC.date')
  })
})

describe('initiativeJsonLd', () => {
  const fr: PageContext = { baseUrl: base, locale: 'fr', siteName: 'Gouvernance mondiale de l’IA' }
  const mainNode = (data: JsonLdNode, type: string): JsonLdNode => {
    expect(data['@context']).toBe('https://schema.org')
    const node = (data['@graph'] as JsonLdNode[]).find((each) => each['@type'] === type)
    expect(node).toBeDefined()
    return node!
  }
  const jsonLd = (initiative: InitiativeForJsonLd, inLanguage = 'fr') => initiativeJsonLd(fr, initiative, inLanguage, 'Initiatives')

  it('a law in force: Legislation with its identifier, dates and legal force', () => {
    const node = mainNode(jsonLd({ ...convention, kind: 'law' }), 'Legislation')
    expect(node).toMatchObject({
      name: convention.title,
      alternateName: convention.officialTitle,
      description: convention.summary,
      url: `${base}/fr/initiatives/council-of-europe-framework-convention`,
      inLanguage: 'fr',
      identifier: 'CETS No. 225',
      legislationIdentifier: 'CETS No. 225',
      legislationDate: '2024-05-17',
      legislationDateOfApplicability: '2025-09-01',
      legislationLegalForce: 'https://schema.org/InForce',
      datePublished: '2024-05-17',
      dateModified: convention.updatedAt,
      sameAs: [convention.sources[0]!.url],
    })
    expect(node.author).toEqual([
      { '@type': 'Organization', name: 'Council of Europe', alternateName: 'CoE' },
      { '@type': 'Organization', name: 'European Union' },
    ])
  })

  it('a treaty still open for signature: Legislation without a legal force it cannot yet claim', () => {
    const node = mainNode(jsonLd({ ...convention, status: 'open-for-signature' }), 'Legislation')
    expect(node).not.toHaveProperty('legislationLegalForce')
    expect(node.legislationIdentifier).toBe('CETS No. 225')
  })

  it('a report: a Report, without legislation properties', () => {
    const node = mainNode(jsonLd({ ...convention, kind: 'report', identifier: null, dates: null }), 'Report')
    expect(node).not.toHaveProperty('legislationIdentifier')
    expect(node).not.toHaveProperty('legislationLegalForce')
    expect(node.datePublished).toBe('2024-05-17')
  })

  it('a body: a CreativeWork, in the language its text is shown in', () => {
    const data = jsonLd({ ...convention, kind: 'body', status: 'operating', dates: null }, 'en')
    const node = mainNode(data, 'CreativeWork')
    expect(node.inLanguage).toBe('en')
    expect(node).not.toHaveProperty('legislationIdentifier')
    expect((data['@graph'] as JsonLdNode[]).some((each) => each['@type'] === 'Legislation')).toBe(false)
  })

  it('leads back through the initiatives index', () => {
    const list = (jsonLd(convention)['@graph'] as JsonLdNode[]).find((node) => node['@type'] === 'BreadcrumbList')
    const trail = (list?.itemListElement as JsonLdNode[]).map((item) => [item.name, item.item])
    expect(trail.slice(-2)).toEqual([
      ['Initiatives', `${base}/fr/initiatives`],
      [convention.title, `${base}/fr/initiatives/council-of-europe-framework-convention`],
    ])
  })
})
