import buildingBlockFixture from './__fixtures__/building-block.json'
import homeFixture from './__fixtures__/home.json'
import { ContentNotFoundError, ContentParseError, ContentRequestError } from './errors'
import { formatIssuePath, parseCollectionDocument, parseGlobalDocument } from './parse'

const clone = <T>(value: T): T => structuredClone(value)

const parseError = (fn: () => unknown): ContentParseError => {
  try {
    fn()
  } catch (error) {
    if (error instanceof ContentParseError) return error
    throw error
  }
  throw new Error('expected a ContentParseError')
}

describe('parseCollectionDocument', () => {
  it('returns the parsed document', () => {
    const doc = parseCollectionDocument('building-blocks', clone(buildingBlockFixture))
    expect(doc.slug).toBe('red-lines')
    expect(doc.initiatives?.docs[0]).toMatchObject({ slug: 'global-call-for-ai-red-lines', status: 'proposed' })
  })

  it('names the type, the document and the field when a required field is missing', () => {
    const { summary: _summary, ...doc } = clone(buildingBlockFixture)
    const error = parseError(() => parseCollectionDocument('building-blocks', doc))
    expect(error).toBeInstanceOf(Error)
    expect(error.name).toBe('ContentParseError')
    expect(error.message).toBe('Invalid building-blocks "red-lines": summary: expected string, received undefined')
    expect(error.typeName).toBe('building-blocks')
    expect(error.document).toBe('red-lines')
    expect(error.issues).toEqual([{ path: 'summary', message: 'expected string, received undefined' }])
  })

  it('lists every failing field with its path inside arrays and populated relations', () => {
    const doc = clone(buildingBlockFixture) as Record<string, unknown>
    doc.order = 'first'
    doc.gaps = [{ id: 'x' }]
    doc.relatedRisks = [{ id: 9, title: 'Loss of control', summary: 'x', order: 9 }]
    const error = parseError(() => parseCollectionDocument('building-blocks', doc))
    expect(error.issues).toEqual([
      { path: 'order', message: 'expected number, received string' },
      { path: 'gaps[0].gap', message: 'expected string, received undefined' },
      { path: 'relatedRisks[0].slug', message: 'expected string, received undefined' },
    ])
    expect(error.message).toBe(
      'Invalid building-blocks "red-lines": order: expected number, received string; ' +
        'gaps[0].gap: expected string, received undefined; ' +
        'relatedRisks[0].slug: expected string, received undefined',
    )
  })

  it('says what a relation may be when it is neither an id nor a document', () => {
    const error = parseError(() =>
      parseCollectionDocument('building-blocks', { ...clone(buildingBlockFixture), citations: ['maas-2023'] }),
    )
    expect(error.issues).toEqual([{ path: 'citations[0]', message: 'expected number or object, received string' }])
  })

  it('names the document by id when it has no slug, and the root when it is not an object', () => {
    const { slug: _slug, ...doc } = clone(buildingBlockFixture)
    expect(parseError(() => parseCollectionDocument('building-blocks', { ...doc, id: 7 })).message).toBe(
      'Invalid building-blocks #7: slug: expected string, received undefined',
    )
    expect(parseError(() => parseCollectionDocument('risks', null)).message).toBe(
      'Invalid risks: (root): expected object, received null',
    )
  })

  it('requires only the selected fields (and id) when a select was used', () => {
    const selected = parseCollectionDocument('building-blocks', { id: 1, title: 'Red lines', slug: 'red-lines' }, {
      select: { title: true, slug: true },
    })
    expect(selected).toEqual({ id: 1, title: 'Red lines', slug: 'red-lines' })
    const grouped = parseCollectionDocument('building-blocks', { id: 1, seo: { title: 'T' } }, { select: { seo: { title: true } } })
    expect(grouped).toEqual({ id: 1, seo: { title: 'T' } })
    const error = parseError(() =>
      parseCollectionDocument('building-blocks', { id: 1, slug: 'red-lines' }, { select: { title: true } }),
    )
    expect(error.issues).toEqual([{ path: 'title', message: 'expected string, received undefined' }])
    const excluded = parseCollectionDocument('building-blocks', { ...clone(buildingBlockFixture), body: undefined }, {
      select: { body: false },
    })
    expect(excluded).not.toHaveProperty('body')
    expect(excluded.slug).toBe('red-lines')
  })
})

describe('parseGlobalDocument', () => {
  it('parses a global and names it in errors', () => {
    expect(parseGlobalDocument('home', clone(homeFixture)).hero.heading).toMatch(/largest risks/)
    const home = clone(homeFixture) as Record<string, unknown>
    home.hero = { lede: 'x' }
    const error = parseError(() => parseGlobalDocument('home', home))
    expect(error.message).toBe('Invalid global home: hero.heading: expected string, received undefined')
    expect(error.kind).toBe('global')
    expect(error.typeName).toBe('home')
  })
})

describe('formatIssuePath', () => {
  it('writes keys with dots and indices with brackets', () => {
    expect(formatIssuePath([])).toBe('(root)')
    expect(formatIssuePath(['sizes', 'og', 'url'])).toBe('sizes.og.url')
    expect(formatIssuePath(['buildingBlocks', 'docs', 2, 'order'])).toBe('buildingBlocks.docs[2].order')
  })
})

describe('request and not-found errors', () => {
  it('ContentRequestError carries status, url and an excerpt of the body', () => {
    const error = new ContentRequestError({
      url: 'http://cms/api/risks',
      status: 500,
      statusText: 'Internal Server Error',
      bodyExcerpt: '{"errors":[{"message":"Something went wrong."}]}',
    })
    expect(error.message).toBe(
      'GET http://cms/api/risks failed: HTTP 500 Internal Server Error: {"errors":[{"message":"Something went wrong."}]}',
    )
    expect(error).toMatchObject({ name: 'ContentRequestError', status: 500, url: 'http://cms/api/risks' })
  })

  it('ContentNotFoundError names the type and the document', () => {
    const error = new ContentNotFoundError({ typeName: 'risks', document: 'nope' })
    expect(error.message).toBe('No risks "nope" found')
    expect(error).toMatchObject({ name: 'ContentNotFoundError', typeName: 'risks', document: 'nope' })
  })
})
