/** @jest-environment node */
import { serializeJsonLd } from './jsonLd'
import { citationMetadata, documentPageMetadata } from './metadata'
import {
  actorJsonLd,
  actorsJsonLd,
  openDataJsonLd,
  contactJsonLd,
  documentJsonLd,
  homeJsonLd,
  indexJsonLd,
  matrixJsonLd,
  mediaEntryJsonLd,
  mediaJsonLd,
  referencesJsonLd,
  type JsonLdNode,
  type PageContext,
} from './structuredData'

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

const base = 'https://example.org'
const fr: PageContext = { baseUrl: base, locale: 'fr', siteName: 'Gouvernance mondiale de l’IA' }
const ar: PageContext = { baseUrl: base, locale: 'ar', siteName: 'الحوكمة العالمية' }

const graphOf = (data: JsonLdNode): JsonLdNode[] => {
  expect(data['@context']).toBe('https://schema.org')
  return data['@graph'] as JsonLdNode[]
}

/** The BreadcrumbList of a page's graph, as (position, name, address) triples. */
const trailOf = (data: JsonLdNode) => {
  const list = graphOf(data).find((node) => node['@type'] === 'BreadcrumbList')
  return (list?.itemListElement as JsonLdNode[]).map((item) => [item.position, item.name, item.item])
}

const nothingEmpty = (value: unknown): void => {
  if (Array.isArray(value)) {
    expect(value.length).toBeGreaterThan(0)
    value.forEach(nothingEmpty)
  } else if (value && typeof value === 'object') {
    for (const [key, each] of Object.entries(value)) {
      expect([key, each]).not.toEqual([key, undefined])
      expect([key, each]).not.toEqual([key, ''])
      nothingEmpty(each)
    }
  }
}

describe('structured data of each page type', () => {
  it('home: the WebSite in the visitor’s language, published by the Future of Life Institute', () => {
    const [site] = graphOf(homeJsonLd(fr, 'Efforts actuels'))
    expect(site).toMatchObject({
      '@type': 'WebSite',
      name: 'Gouvernance mondiale de l’IA',
      description: 'Efforts actuels',
      url: `${base}/fr`,
      inLanguage: 'fr',
      publisher: { '@type': 'Organization', name: 'Future of Life Institute', url: 'https://futureoflife.org' },
    })
  })

  it('a document: an Article in the language its text is shown in, dated, part of the site, citing its works', () => {
    const block = {
      title: 'Red lines',
      slug: 'red-lines',
      summary: 'Limits.',
      updatedAt: '2026-05-01T00:00:00.000Z',
      citations: [
        7,
        { id: 3, slug: 'maas-2023', year: 2023, title: 'Institutions', authors: [{ kind: 'person' as const, given: 'Matthijs M.', family: 'Maas' }, { kind: 'organization' as const, name: 'CIGI' }], doi: '10.1/x' },
      ],
    }
    const data = documentJsonLd(ar, 'buildingBlocks', block, 'en')
    const [article] = graphOf(data)
    expect(article).toMatchObject({
      '@type': 'Article',
      '@id': `${base}/ar/building-blocks/red-lines`,
      name: 'Red lines',
      headline: 'Red lines',
      description: 'Limits.',
      url: `${base}/ar/building-blocks/red-lines`,
      inLanguage: 'en',
      dateModified: '2026-05-01T00:00:00.000Z',
      isPartOf: { '@type': 'WebSite', name: 'الحوكمة العالمية', url: `${base}/ar` },
      author: { '@type': 'Organization', name: 'Future of Life Institute' },
      publisher: { '@type': 'Organization', name: 'Future of Life Institute' },
    })
    // The bare id (not populated) is left out; the populated work is named by its bibliography entry.
    expect(article?.citation).toEqual([
      {
        '@type': 'CreativeWork',
        '@id': `${base}/ar/references#maas-2023`,
        name: 'Institutions',
        author: [
          { '@type': 'Person', name: 'Matthijs M. Maas', givenName: 'Matthijs M.', familyName: 'Maas' },
          { '@type': 'Organization', name: 'CIGI' },
        ],
        datePublished: '2023',
        url: 'https://doi.org/10.1/x',
      },
    ])
    expect(trailOf(data)).toEqual([
      [1, 'الصفحة الرئيسية', `${base}/ar`],
      [2, expect.any(String), `${base}/ar/building-blocks`],
      [3, 'Red lines', `${base}/ar/building-blocks/red-lines`],
    ])
    nothingEmpty(data)
  })

  it('a risk without a summary or date names neither', () => {
    const [article] = graphOf(documentJsonLd(fr, 'risks', { title: 'Bias', slug: 'bias' }, 'fr'))
    expect(article).not.toHaveProperty('description')
    expect(article).not.toHaveProperty('dateModified')
    expect(article).not.toHaveProperty('citation')
    expect(article?.url).toBe(`${base}/fr/risks/bias`)
  })

  it('an index: a CollectionPage listing each document’s page in order, under Home', () => {
    const data = indexJsonLd(fr, 'benefits', [{ title: 'Health', slug: 'health' }, { title: 'Education', slug: 'education' }])
    const [page] = graphOf(data)
    expect(page).toMatchObject({ '@type': 'CollectionPage', name: 'Bénéfices de l’IA', url: `${base}/fr/benefits`, inLanguage: 'fr' })
    expect(page?.mainEntity).toEqual({
      '@type': 'ItemList',
      numberOfItems: 2,
      itemListElement: [
        { '@type': 'ListItem', position: 1, name: 'Health', url: `${base}/fr/benefits/health` },
        { '@type': 'ListItem', position: 2, name: 'Education', url: `${base}/fr/benefits/education` },
      ],
    })
    expect(trailOf(data)).toEqual([
      [1, 'Accueil', `${base}/fr`],
      [2, expect.any(String), `${base}/fr/benefits`],
    ])
  })

  it('the matrix: a WebPage below the building blocks', () => {
    const data = matrixJsonLd(fr, { name: 'Matrice', description: 'Tableau.', crumb: 'Risques et blocs' })
    expect(graphOf(data)[0]).toMatchObject({ '@type': 'WebPage', url: `${base}/fr/matrix`, inLanguage: 'fr' })
    expect(trailOf(data).map(([, , address]) => address)).toEqual([`${base}/fr`, `${base}/fr/building-blocks`, `${base}/fr/matrix`])
  })

  it('references: the bibliography as typed works with authors and year, in APA order', () => {
    const data = referencesJsonLd(fr, {
      name: 'Références',
      description: 'Les travaux.',
      citations: [
        { slug: 'villalobos-2026', type: 'report', year: 2026, authors: [{ kind: 'person', family: 'Villalobos' }] },
        {
          slug: 'cass-beggs-2024',
          type: 'paper',
          year: 2024,
          title: 'Framework Convention',
          authors: [{ kind: 'person', given: 'Duncan', family: 'Cass-Beggs' }],
          publisher: 'CIGI',
          url: 'https://example.com/paper',
          doi: '10.2/y',
        },
        { slug: 'journal-2020', type: 'article-journal', year: 2020, title: 'On AI', authors: [{ kind: 'organization', name: 'OECD' }], containerTitle: 'AI Review' },
      ],
    })
    const [page] = graphOf(data)
    expect(page).toMatchObject({ '@type': 'CollectionPage', name: 'Références', url: `${base}/fr/references` })
    const works = ((page?.mainEntity as JsonLdNode).itemListElement as JsonLdNode[]).map((item) => item.item as JsonLdNode)
    expect(works.map((work) => work['@id'])).toEqual([`${base}/fr/references#cass-beggs-2024`, `${base}/fr/references#journal-2020`, `${base}/fr/references#villalobos-2026`])
    expect(works[0]).toMatchObject({
      '@type': 'Report',
      name: 'Framework Convention',
      author: [{ '@type': 'Person', name: 'Duncan Cass-Beggs' }],
      datePublished: '2024',
      publisher: { '@type': 'Organization', name: 'CIGI' },
      url: 'https://example.com/paper',
      sameAs: 'https://doi.org/10.2/y',
    })
    expect(works[1]).toMatchObject({ '@type': 'ScholarlyArticle', author: [{ '@type': 'Organization', name: 'OECD' }], isPartOf: { '@type': 'Periodical', name: 'AI Review' } })
    // Title not known yet: no made-up name.
    expect(works[2]).not.toHaveProperty('name')
    expect(works[2]).toMatchObject({ '@type': 'Report', datePublished: '2026', author: [{ '@type': 'Person', name: 'Villalobos', familyName: 'Villalobos' }] })
    nothingEmpty(data)
  })

  it('media: films as Movie, podcasts as PodcastSeries, episodes as PodcastEpisode', () => {
    const data = mediaJsonLd(fr, {
      name: 'Médias',
      description: 'Films et podcasts.',
      entries: [
        { kind: 'film', title: 'The film', slug: 'the-film', summary: 'About.', partners: [] },
        { kind: 'podcast', title: 'The podcast', slug: 'the-podcast', summary: 'Talks.', publisher: 'Foreign Policy', partners: [{ name: 'FLI' }], watchUrl: 'https://example.com/listen' },
        { kind: 'episode', title: 'One episode', slug: 'one-episode' },
      ],
    })
    const items = ((graphOf(data)[0]?.mainEntity as JsonLdNode).itemListElement as JsonLdNode[]).map((item) => item.item as JsonLdNode)
    // Each is identified by its own page here; where to watch or listen is `sameAs`.
    expect(items).toEqual([
      { '@type': 'Movie', '@id': `${base}/fr/media/the-film`, name: 'The film', description: 'About.', url: `${base}/fr/media/the-film` },
      {
        '@type': 'PodcastSeries',
        '@id': `${base}/fr/media/the-podcast`,
        name: 'The podcast',
        description: 'Talks.',
        url: `${base}/fr/media/the-podcast`,
        sameAs: 'https://example.com/listen',
        publisher: { '@type': 'Organization', name: 'Foreign Policy' },
        contributor: [{ '@type': 'Organization', name: 'FLI' }],
      },
      { '@type': 'PodcastEpisode', '@id': `${base}/fr/media/one-episode`, name: 'One episode', url: `${base}/fr/media/one-episode` },
    ])
  })

  it('a film’s own page: the work in the language shown, about its building blocks, under the media page', () => {
    const data = mediaEntryJsonLd(
      fr,
      {
        kind: 'film',
        title: 'The film',
        slug: 'the-film',
        summary: 'About.',
        watchUrl: 'javascript:alert(1)',
        updatedAt: '2026-05-01T10:00:00.000Z',
        relatedBuildingBlocks: [{ id: 1, title: 'Red lines', slug: 'red-lines' }, 7],
      },
      'en',
      'Médias',
    )
    const [film] = graphOf(data)
    expect(film).toMatchObject({
      '@type': 'Movie',
      '@id': `${base}/fr/media/the-film`,
      inLanguage: 'en',
      dateModified: '2026-05-01T10:00:00.000Z',
      about: [{ '@type': 'Thing', name: 'Red lines', url: `${base}/fr/building-blocks/red-lines` }],
    })
    // A link that is not a web address is not repeated as the work's.
    expect(film).not.toHaveProperty('sameAs')
    expect(trailOf(data)).toEqual([
      [1, expect.any(String), `${base}/fr`],
      [2, 'Médias', `${base}/fr/media`],
      [3, 'The film', `${base}/fr/media/the-film`],
    ])
    nothingEmpty(data)
  })

  it('contact: a ContactPage about the organisation, with the email only when it is an address', () => {
    const withEmail = graphOf(contactJsonLd(fr, { name: 'Contact', description: 'Écrire.', contact: { team: 'Multilateral Governance Team', organisation: 'FLI', email: 'team@example.org' } }))[0]
    expect(withEmail).toMatchObject({
      '@type': 'ContactPage',
      url: `${base}/fr/contact`,
      mainEntity: { '@type': 'Organization', name: 'FLI', contactPoint: { '@type': 'ContactPoint', name: 'Multilateral Governance Team', email: 'team@example.org' } },
    })
    const withoutEmail = graphOf(contactJsonLd(fr, { name: 'Contact', description: 'Écrire.', contact: { email: 'not an address' } }))[0]
    expect(withoutEmail?.mainEntity).toEqual({ '@type': 'Organization', name: 'Future of Life Institute' })
  })
})

describe('tracker pages', () => {
  const oecd = { name: 'Organisation for Economic Co-operation and Development', shortName: 'OECD', slug: 'oecd', summary: 'An intergovernmental organisation.', url: 'https://www.oecd.org/' }

  it('an actor’s page: a ProfilePage about the organisation, its official site as sameAs, under current efforts and actors', () => {
    const data = actorJsonLd(fr, { ...oecd, updatedAt: '2026-05-01T10:00:00.000Z' }, 'en', { initiatives: 'Initiatives en cours', actors: 'Acteurs' })
    const [profile] = graphOf(data)
    expect(profile).toMatchObject({ '@type': 'ProfilePage', '@id': `${base}/fr/actors/oecd`, inLanguage: 'en', dateModified: '2026-05-01T10:00:00.000Z' })
    expect(profile?.mainEntity).toEqual({
      '@type': 'Organization',
      name: oecd.name,
      alternateName: 'OECD',
      description: oecd.summary,
      url: `${base}/fr/actors/oecd`,
      sameAs: 'https://www.oecd.org/',
    })
    expect(trailOf(data).map(([, name]) => name)).toEqual([expect.any(String), 'Initiatives en cours', 'Acteurs', oecd.name])
    nothingEmpty(data)
  })

  it('the actors page lists each organisation; a short name equal to the name and a site that is not https are left out', () => {
    const data = actorsJsonLd(fr, { name: 'Acteurs', description: 'Qui participe.', crumb: 'Initiatives en cours', actors: [oecd, { name: 'G7', shortName: 'G7', slug: 'g7', url: 'http://g7.example' }] })
    const items = ((graphOf(data)[0]?.mainEntity as JsonLdNode).itemListElement as JsonLdNode[]).map((item) => item.item)
    expect(items[1]).toEqual({ '@type': 'Organization', name: 'G7', url: `${base}/fr/actors/g7` })
    nothingEmpty(data)
  })

  it('the open-data page: a Dataset under its licence, each file a DataDownload with its media type', () => {
    const data = openDataJsonLd(fr, {
      name: 'Données ouvertes',
      description: 'Les fichiers.',
      crumb: 'Données ouvertes',
      licence: 'https://creativecommons.org/licenses/by/4.0/',
      files: [
        { name: 'Initiatives (CSV)', path: '/data/initiatives.csv?locale=fr', format: 'csv' },
        { name: 'Cadre (JSON)', path: '/data/framework.json?locale=fr', format: 'json' },
      ],
    })
    expect(graphOf(data)[0]).toMatchObject({
      '@type': 'Dataset',
      url: `${base}/fr/data`,
      license: 'https://creativecommons.org/licenses/by/4.0/',
      isAccessibleForFree: true,
      distribution: [
        { '@type': 'DataDownload', encodingFormat: 'text/csv', contentUrl: `${base}/data/initiatives.csv?locale=fr` },
        { '@type': 'DataDownload', encodingFormat: 'application/json', contentUrl: `${base}/data/framework.json?locale=fr` },
      ],
    })
  })
})

describe('citationMetadata', () => {
  it('names the page as a work of the publisher, dated by its last change, in its language', () => {
    expect(citationMetadata({ title: 'Red lines', url: `${base}/fr/building-blocks/red-lines`, updatedAt: '2026-05-01T10:00:00.000Z', language: 'en' })).toEqual({
      citation_title: 'Red lines',
      citation_author: ['Future of Life Institute'],
      citation_publisher: 'Future of Life Institute',
      citation_publication_date: '2026/05/01',
      citation_public_url: `${base}/fr/building-blocks/red-lines`,
      citation_language: 'en',
    })
  })

  it('leaves the date out when there is none', () => {
    expect(citationMetadata({ title: 'T', url: `${base}/en/risks/bias`, language: 'en' })).not.toHaveProperty('citation_publication_date')
  })
})

describe('documentPageMetadata', () => {
  const previous = process.env.WEB_PUBLIC_URL
  beforeAll(() => {
    process.env.WEB_PUBLIC_URL = base
  })
  afterAll(() => {
    process.env.WEB_PUBLIC_URL = previous
  })

  it('a building block’s page is an article with Highwire and Dublin Core tags, in the language its text is shown in', () => {
    const block = { title: 'Red lines', slug: 'red-lines', summary: 'Limits no one may cross.', updatedAt: '2026-05-01T10:00:00.000Z' }
    const metadata = documentPageMetadata('buildingBlocks', block, 'ar', true)
    expect(metadata.openGraph).toMatchObject({ type: 'article', url: `${base}/ar/building-blocks/red-lines`, locale: 'ar_AR', modifiedTime: block.updatedAt })
    // The share image is the page's own opengraph-image file (Next adds it); naming one here would replace it.
    expect(metadata.openGraph).not.toHaveProperty('images')
    expect(metadata.other).toMatchObject({
      citation_title: 'Red lines',
      citation_publication_date: '2026/05/01',
      citation_language: 'en',
      'DC.title': 'Red lines',
      'DC.date': '2026-05-01',
      'DC.language': 'en',
      'DC.publisher': 'Future of Life Institute',
    })
    expect(metadata.other).not.toHaveProperty('DC.creator')
  })
})
