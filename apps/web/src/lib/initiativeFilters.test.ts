import { searchLimits } from '@global-ai-governance/content'

import {
  andWhere,
  cleanQuery,
  displayValue,
  emptyFilters,
  filtersQuery,
  hasNarrowingParams,
  initiativesSort,
  initiativesWhere,
  isFiltered,
  maxValuesPerFilter,
  pageNumbers,
  parseInitiativeFilters,
  parseYear,
  undatedSlice,
  type FilterIds,
} from './initiativeFilters'

const known = { block: ['red-lines', 'safety-standards'], risk: ['misuse', 'bias'], actor: ['oecd', 'council-of-europe'] }
const ids: FilterIds = {
  block: new Map([
    ['red-lines', 1],
    ['safety-standards', 2],
  ]),
  risk: new Map([
    ['misuse', 7],
    ['bias', 8],
  ]),
  actor: new Map([
    ['oecd', 30],
    ['council-of-europe', 31],
  ]),
}

const parse = (query: string) => parseInitiativeFilters(new URLSearchParams(query), known)

describe('parsing the index parameters', () => {
  test('no parameters: no filters, newest first, page 1, no problems', () => {
    expect(parse('')).toEqual({ filters: emptyFilters(), problems: [] })
    expect(emptyFilters()).toMatchObject({ sort: 'date-desc', page: 1, all: false, q: '', from: null, to: null })
    expect(initiativesWhere(parse('').filters, ids)).toBeUndefined()
    expect(isFiltered(parse('').filters)).toBe(false)
  })

  test('what an untouched form submits (empty text and years, the default sort) is no filter and no problem', () => {
    expect(parse('q=&from=&to=&sort=date-desc')).toEqual({ filters: emptyFilters(), problems: [] })
  })

  test.each([
    ['block=red-lines', { block: ['red-lines'] }, { buildingBlocks: { in: [1] } }],
    ['risk=bias', { risk: ['bias'] }, { risks: { in: [8] } }],
    ['actor=oecd', { actor: ['oecd'] }, { actors: { in: [30] } }],
    ['kind=treaty', { kind: ['treaty'] }, { kind: { in: ['treaty'] } }],
    ['status=in-force', { status: ['in-force'] }, { status: { in: ['in-force'] } }],
    ['from=2019', { from: 2019 }, { keyDate: { greater_than_equal: '2019' } }],
    ['to=2024', { to: 2024 }, { keyDate: { less_than: '2025' } }],
    [
      'q=framework convention',
      { q: 'framework convention' },
      {
        or: [
          { title: { like: 'framework convention' } },
          { officialTitle: { like: 'framework convention' } },
          { identifier: { like: 'framework convention' } },
          { summary: { like: 'framework convention' } },
        ],
      },
    ],
  ])('%s alone: the filter and its where', (query, expected, condition) => {
    const { filters, problems } = parse(query)
    expect(problems).toEqual([])
    expect(filters).toEqual({ ...emptyFilters(), ...expected })
    expect(isFiltered(filters)).toBe(true)
    expect(initiativesWhere(filters, ids)).toEqual({ and: [condition] })
  })

  test('repeated values of one list filter are "any of them"; several filters are "all of them"', () => {
    const { filters, problems } = parse('block=red-lines&block=safety-standards&risk=misuse&kind=treaty&kind=law&status=adopted&actor=council-of-europe&from=2019&to=2024&q=ai')
    expect(problems).toEqual([])
    expect(filters).toMatchObject({ block: ['red-lines', 'safety-standards'], risk: ['misuse'], kind: ['treaty', 'law'], status: ['adopted'], actor: ['council-of-europe'], from: 2019, to: 2024, q: 'ai' })
    expect(initiativesWhere(filters, ids)).toEqual({
      and: [
        { buildingBlocks: { in: [1, 2] } },
        { risks: { in: [7] } },
        { actors: { in: [31] } },
        { kind: { in: ['treaty', 'law'] } },
        { status: { in: ['adopted'] } },
        { keyDate: { greater_than_equal: '2019' } },
        { keyDate: { less_than: '2025' } },
        { or: [{ title: { like: 'ai' } }, { officialTitle: { like: 'ai' } }, { identifier: { like: 'ai' } }, { summary: { like: 'ai' } }] },
      ],
    })
  })

  test('the same value twice counts once', () => {
    expect(parse('block=red-lines&block=red-lines').filters.block).toEqual(['red-lines'])
  })

  test('Next\'s searchParams object (a string, or an array for a repeated name) reads like the query string', () => {
    const { filters, problems } = parseInitiativeFilters({ block: ['red-lines', 'safety-standards'], from: '2020', q: undefined }, known)
    expect(problems).toEqual([])
    expect(filters).toMatchObject({ block: ['red-lines', 'safety-standards'], from: 2020, q: '' })
  })

  test('the matrix\'s links (?block=…&risk=…) filter by both', () => {
    const { filters, problems } = parse('block=red-lines&risk=misuse')
    expect(problems).toEqual([])
    expect(initiativesWhere(filters, ids)).toEqual({ and: [{ buildingBlocks: { in: [1] } }, { risks: { in: [7] } }] })
  })

  test('sort, page and all', () => {
    expect(parse('sort=name').filters.sort).toBe('name')
    expect(parse('sort=date-asc').filters.sort).toBe('date-asc')
    expect(parse('page=3').filters.page).toBe(3)
    expect(parse('all=1')).toEqual({ filters: { ...emptyFilters(), all: true }, problems: [] })
    // Show all wins over a page number.
    expect(parse('all=1&page=4').filters).toMatchObject({ all: true, page: 1 })
    expect(initiativesWhere(parse('sort=name&page=3').filters, ids)).toBeUndefined()
  })

  test('years typed with Arabic-Indic or full-width digits are years', () => {
    expect(parse('from=%D9%A2%D9%A0%D9%A1%D9%A9').filters.from).toBe(2019)
    expect(parseYear('２０２４')).toBe(2024)
    expect(parseYear(' 2024 ')).toBe(2024)
  })
})

describe('bad values are ignored and named', () => {
  test('an unknown building block, risk, actor, kind or status', () => {
    const { filters, problems } = parse('block=no-such-block&block=red-lines&risk=x&actor=nobody&kind=poem&status=dead')
    expect(filters.block).toEqual(['red-lines'])
    expect(filters).toMatchObject({ risk: [], actor: [], kind: [], status: [] })
    expect(problems).toEqual([
      { kind: 'unknown', filter: 'block', value: 'no-such-block' },
      { kind: 'unknown', filter: 'risk', value: 'x' },
      { kind: 'unknown', filter: 'kind', value: 'poem' },
      { kind: 'unknown', filter: 'status', value: 'dead' },
      { kind: 'unknown', filter: 'actor', value: 'nobody' },
    ])
    expect(initiativesWhere(filters, ids)).toEqual({ and: [{ buildingBlocks: { in: [1] } }] })
  })

  test.each(['abc', '20', '1899', '2101', '2020.5', '-2020', '2O20', '12345'])('year %p is not a year', (year) => {
    const { filters, problems } = parse(`from=${encodeURIComponent(year)}&to=${encodeURIComponent(year)}`)
    expect(filters).toMatchObject({ from: null, to: null })
    expect(problems).toEqual([
      { kind: 'year', filter: 'from', value: year },
      { kind: 'year', filter: 'to', value: year },
    ])
  })

  test('the years the wrong way round: the range is ignored, the rest kept', () => {
    const { filters, problems } = parse('from=2024&to=2019&kind=law')
    expect(filters).toMatchObject({ from: null, to: null, kind: ['law'] })
    expect(problems).toEqual([{ kind: 'yearOrder', filter: 'from', from: 2024, to: 2019 }])
    expect(initiativesWhere(filters, ids)).toEqual({ and: [{ kind: { in: ['law'] } }] })
  })

  test('a single year both ways is fine', () => {
    expect(parse('from=2024&to=2024')).toMatchObject({ filters: { from: 2024, to: 2024 }, problems: [] })
  })

  test('10 kB of text is refused, never sent to the CMS', () => {
    const { filters, problems } = parse(`q=${'a'.repeat(10_000)}`)
    expect(filters.q).toBe('')
    expect(problems).toEqual([{ kind: 'tooLong', filter: 'q', max: searchLimits.maxQueryLength }])
    expect(initiativesWhere(filters, ids)).toBeUndefined()
  })

  test('the text limit is the search\'s: at the limit it is kept, one more is refused', () => {
    expect(parse(`q=${'a'.repeat(searchLimits.maxQueryLength)}`).filters.q).toHaveLength(searchLimits.maxQueryLength)
    expect(parse(`q=${'a'.repeat(searchLimits.maxQueryLength + 1)}`).problems).toEqual([{ kind: 'tooLong', filter: 'q', max: 200 }])
  })

  test('control characters and broken surrogates are stripped from the text, and the page says so', () => {
    const { filters, problems } = parseInitiativeFilters({ q: 'a\u0000b\u001f\tc\ud800d' }, known)
    expect(filters.q).toBe('a b c d')
    expect(problems).toEqual([{ kind: 'controlChars', filter: 'q' }])
    expect(cleanQuery('plain words')).toEqual({ text: 'plain words', stripped: false })
  })

  test('a repeated single-valued parameter takes the first value, and says so', () => {
    const { filters, problems } = parse('from=2019&from=2020&q=one&q=two&sort=name&sort=date-asc&to=2024')
    expect(filters).toMatchObject({ from: 2019, to: 2024, q: 'one', sort: 'name' })
    expect(problems).toEqual([
      { kind: 'repeated', filter: 'from', value: '2019' },
      { kind: 'repeated', filter: 'q', value: 'one' },
      { kind: 'repeated', filter: 'sort', value: 'name' },
    ])
  })

  test('an unknown sort, a page that is not a number, an all that is not 1', () => {
    const { filters, problems } = parse('sort=random&page=abc&all=yes')
    expect(filters).toMatchObject({ sort: 'date-desc', page: 1, all: false })
    expect(problems).toEqual([
      { kind: 'sort', filter: 'sort', value: 'random' },
      { kind: 'all', filter: 'all', value: 'yes' },
      { kind: 'page', filter: 'page', value: 'abc' },
    ])
    expect(parse('page=0').problems).toEqual([{ kind: 'page', filter: 'page', value: '0' }])
    expect(parse('page=99999999').problems).toEqual([{ kind: 'page', filter: 'page', value: '99999999' }])
  })

  test('values are quoted short and clean: at most 40 characters, no control characters', () => {
    const long = `${'x'.repeat(10_000)}`
    const { problems } = parse(`block=${long}`)
    expect(problems).toEqual([{ kind: 'unknown', filter: 'block', value: `${'x'.repeat(40)}…` }])
    expect(displayValue('a\u0000b')).toBe('a b')
  })

  test(`more than ${maxValuesPerFilter} values of one filter: the rest are ignored`, () => {
    const query = Array.from({ length: maxValuesPerFilter + 5 }, (_, index) => `actor=a${index}`).join('&')
    const { problems } = parse(query)
    expect(problems[0]).toEqual({ kind: 'tooMany', filter: 'actor', max: maxValuesPerFilter })
    expect(problems.filter((problem) => problem.kind === 'unknown')).toHaveLength(maxValuesPerFilter)
  })

  test('unknown parameter names are not filters and not problems', () => {
    expect(parse('utm_source=news&fbclid=1')).toEqual({ filters: emptyFilters(), problems: [] })
  })

  test('nothing bad throws', () => {
    for (const query of ['%', 'block', 'from=%F0%9F%98%80', '&&&', 'q=%00', 'page=-1', `sort=${'s'.repeat(5000)}`]) {
      expect(() => parse(query)).not.toThrow()
    }
  })
})

describe('the query string of a result list', () => {
  test('valid values only, in a fixed order, without defaults', () => {
    const { filters } = parse('q=ai&to=2024&status=in-force&block=nope&block=red-lines&from=2019&sort=date-desc&kind=law')
    expect(filtersQuery(filters).toString()).toBe('block=red-lines&kind=law&status=in-force&from=2019&to=2024&q=ai')
  })

  test('page and all only when asked', () => {
    const { filters } = parse('kind=law&sort=name')
    expect(filtersQuery(filters, { page: 2 }).toString()).toBe('kind=law&sort=name&page=2')
    expect(filtersQuery(filters, { page: 1 }).toString()).toBe('kind=law&sort=name')
    expect(filtersQuery(filters, { all: true }).toString()).toBe('kind=law&sort=name&all=1')
  })

  test('a parsed query string gives the same filters back', () => {
    const { filters } = parse('block=red-lines&risk=bias&actor=oecd&kind=treaty&status=adopted&from=2000&to=2010&q=a+b&sort=date-asc')
    expect(parseInitiativeFilters(filtersQuery(filters), known).filters).toEqual(filters)
  })

  test('narrowing parameters are seen without the CMS (metadata)', () => {
    expect(hasNarrowingParams(new URLSearchParams('sort=name&page=2'))).toBe(false)
    expect(hasNarrowingParams(new URLSearchParams('q=&from='))).toBe(false)
    expect(hasNarrowingParams(new URLSearchParams('kind=law'))).toBe(true)
    expect(hasNarrowingParams({ q: 'x' })).toBe(true)
  })
})

describe('sorting and pages', () => {
  test('sort orders: by key date either way, or by name; ties broken', () => {
    expect(initiativesSort('date-desc')).toEqual(['-keyDate', 'title'])
    expect(initiativesSort('date-asc')).toEqual(['keyDate', 'title'])
    expect(initiativesSort('name')).toEqual(['title', '-keyDate'])
  })

  test('andWhere adds a condition to a where, or starts one', () => {
    expect(andWhere(undefined, { keyDate: { exists: true } })).toEqual({ and: [{ keyDate: { exists: true } }] })
    expect(andWhere({ and: [{ kind: { in: ['law'] } }] }, { keyDate: { exists: false } })).toEqual({ and: [{ kind: { in: ['law'] } }, { keyDate: { exists: false } }] })
  })

  test('the undated come after the dated: which slice of them fills a page', () => {
    // 120 dated, pages of 50: pages 1 and 2 are dated only; page 3 has 20 dated and 30 undated; page 4 the next 50 undated.
    expect(undatedSlice(120, 1, 50)).toEqual({ offset: 0, count: 0 })
    expect(undatedSlice(120, 2, 50)).toEqual({ offset: 0, count: 0 })
    expect(undatedSlice(120, 3, 50)).toEqual({ offset: 0, count: 30 })
    expect(undatedSlice(120, 4, 50)).toEqual({ offset: 30, count: 50 })
    expect(undatedSlice(0, 1, 50)).toEqual({ offset: 0, count: 50 })
    expect(undatedSlice(100, 2, 50)).toEqual({ offset: 0, count: 0 })
  })

  test('page numbers: first, last, the current one and its neighbours, gaps marked', () => {
    expect(pageNumbers(1, 1)).toEqual([])
    expect(pageNumbers(1, 3)).toEqual([1, 2, 3])
    expect(pageNumbers(1, 20)).toEqual([1, 2, null, 20])
    expect(pageNumbers(10, 20)).toEqual([1, null, 9, 10, 11, null, 20])
    expect(pageNumbers(3, 20)).toEqual([1, 2, 3, 4, null, 20])
    expect(pageNumbers(20, 20)).toEqual([1, null, 19, 20])
  })
})
