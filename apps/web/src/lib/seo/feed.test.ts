import { XMLParser, XMLValidator } from 'fast-xml-parser'

import { buildAtomFeed, feedSize, latestChanges, type ChangedDocument } from './feed'

const base = 'https://example.org'

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', isArray: (name) => name === 'entry' || name === 'link' })

const doc = (overrides: Partial<ChangedDocument>): ChangedDocument => ({
  kind: 'building-blocks',
  title: 'A title',
  slug: 'a-title',
  summary: 'A summary.',
  updatedAt: '2026-01-01T00:00:00.000Z',
  _status: 'published',
  ...overrides,
})

const documents: ChangedDocument[] = [
  doc({ kind: 'risks', title: 'Loss of control', slug: 'loss-of-control', updatedAt: '2026-03-01T00:00:00.000Z' }),
  doc({ kind: 'building-blocks', title: 'Science & <consensus>', slug: 'scientific-consensus', summary: 'Facts & figures </summary> ]]> done', updatedAt: '2026-05-01T00:00:00.000Z' }),
  doc({ kind: 'benefits', title: 'Health', slug: 'health', summary: null, updatedAt: '2026-04-01T00:00:00.000Z' }),
  doc({ kind: 'media-entries', title: 'The film', slug: 'the-film', updatedAt: '2026-02-01T00:00:00.000Z' }),
]

describe('buildAtomFeed', () => {
  const xml = buildAtomFeed(base, documents)
  const { feed } = parser.parse(xml)

  it('is well-formed Atom 1.0 with the required feed elements', () => {
    expect(XMLValidator.validate(xml)).toBe(true)
    expect(feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom')
    expect(feed.id).toBe(`${base}/feed.xml`)
    expect(feed.title).toBe('Global AI Governance: latest changes')
    expect(feed.updated).toBe('2026-05-01T00:00:00.000Z')
    expect(feed.author.name).toBe('Future of Life Institute')
    expect(feed.link).toEqual(
      expect.arrayContaining([
        { '@_rel': 'self', '@_href': `${base}/feed.xml` },
        { '@_rel': 'alternate', '@_href': `${base}/en` },
      ]),
    )
  })

  it('lists the changes newest first, each linking to its English page', () => {
    expect(feed.entry.map((entry: { link: { '@_href': string }[] }) => entry.link[0]?.['@_href'])).toEqual([
      `${base}/en/building-blocks/scientific-consensus`,
      `${base}/en/benefits/health`,
      `${base}/en/risks/loss-of-control`,
      `${base}/en/media/the-film`,
    ])
    for (const entry of feed.entry) {
      expect(entry.id).toBe(entry.link[0]['@_href'])
      expect(Date.parse(entry.updated)).not.toBeNaN()
    }
    expect(feed.entry[0].updated).toBe('2026-05-01T00:00:00.000Z')
  })

  it('keeps & and < in titles and summaries as text (escaped HTML inside the html-typed elements)', () => {
    const [entry] = feed.entry
    expect(entry.title['@_type']).toBe('html')
    expect(entry.title['#text']).toBe('Science &amp; &lt;consensus&gt;')
    expect(entry.summary['#text']).toBe('Facts &amp; figures &lt;/summary&gt; ]]&gt; done')
    expect(xml).not.toContain('<consensus>')
    expect(feed.entry[1].summary).toBeUndefined()
  })

  it('says what changed when the editor wrote a change note, and links initiatives to their page', () => {
    const noted = parser.parse(
      buildAtomFeed(base, [
        doc({ kind: 'initiatives', title: 'Global Dialogue on AI Governance', slug: 'global-dialogue', changeNote: 'Updated the status: operating since July 2026 & <later>.', updatedAt: '2026-07-10T00:00:00.000Z' }),
        doc({ kind: 'risks', title: 'Bias', slug: 'bias', changeNote: '   ', summary: 'What bias is.' }),
      ]),
    ).feed
    expect(noted.entry[0].link[0]['@_href']).toBe(`${base}/en/initiatives/global-dialogue`)
    expect(noted.entry[0].summary['#text']).toBe('Updated the status: operating since July 2026 &amp; &lt;later&gt;.')
    // A blank note is no note: the summary says what the page is about.
    expect(noted.entry[1].summary['#text']).toBe('What bias is.')
  })

  it('is still valid with no changes, dated now', () => {
    const empty = parser.parse(buildAtomFeed(base, [], new Date('2026-07-01T00:00:00.000Z'))).feed
    expect(empty.updated).toBe('2026-07-01T00:00:00.000Z')
    expect(empty.entry).toBeUndefined()
  })
})

describe('latestChanges', () => {
  it('keeps the newest fifty, drops drafts and undated documents', () => {
    const many = Array.from({ length: 80 }, (_, index) =>
      doc({ slug: `doc-${index}`, title: `Doc ${index}`, updatedAt: new Date(Date.UTC(2026, 0, 1) + index * 60_000).toISOString() }),
    )
    const result = latestChanges([...many, doc({ slug: 'draft', updatedAt: '2027-01-01T00:00:00.000Z', _status: 'draft' }), doc({ slug: 'bad', updatedAt: 'not a date' })])
    expect(result).toHaveLength(feedSize)
    expect(result[0]?.slug).toBe('doc-79')
    expect(result.at(-1)?.slug).toBe('doc-30')
    expect(result.some((each) => each.slug === 'draft' || each.slug === 'bad')).toBe(false)
  })
})
