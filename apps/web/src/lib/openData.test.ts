/**
 * @jest-environment node
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'

import { parse } from 'csv-parse/sync'
import {
  actorSchema,
  benefitSchema,
  buildingBlockSchema,
  citationSchema,
  initiativeSchema,
  locales,
  riskSchema,
  type Locale,
} from '@global-ai-governance/content'

import {
  badRequestResponse,
  columnTypes,
  csvCell,
  downloadFilters,
  exportFilename,
  fileResponse,
  isListType,
  licence,
  listSeparator,
  openDataPath,
  openDataTableKeys,
  openDataTables,
  readCsvCell,
  requestedLocale,
  slugIndex,
  tableOfFile,
  tableRecords,
  toCsv,
  toJson,
  type Column,
  type OpenDataDocuments,
  type OpenDataRecord,
  type OpenDataTable,
  type RecordContext,
} from './openData'

/* ---------------------------------------------------------------- fixtures */

const stamp = { createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-02T10:00:00.000Z', _status: 'published' as const }
const siteUrl = 'https://governance.example'

const block = (id: number, slug: string, order: number, extra: object = {}) =>
  buildingBlockSchema.parse({ id, ...stamp, title: `Block ${order}`, slug, order, summary: `Summary of ${slug}.`, ...extra })

/** Content as the CMS serves it (each checked against the kernel's schema), with a draft in every table. */
const documents = (): OpenDataDocuments => ({
  buildingBlocks: [
    block(1, 'red-lines', 1, {
      gaps: [{ gap: 'No treaty bans autonomous replication.', id: 'g1' }, { gap: 'Verification | monitoring are missing.', id: 'g2' }],
      analogousRegimes: [{ regime: 'Biological Weapons Convention', lesson: 'Bans need verification.', id: 'a1' }],
      relatedRisks: [2, 99],
      relatedBenefits: [5],
      citations: [11],
    }),
    block(3, 'safety-standards', 2),
    { ...block(4, 'secret-block', 3), _status: 'draft' as const },
  ],
  risks: [
    riskSchema.parse({ id: 2, ...stamp, title: 'Bias', slug: 'bias', order: 1, summary: '=HYPERLINK("https://evil.example","click")', citations: [11] }),
    riskSchema.parse({ id: 99, ...stamp, _status: 'draft', title: 'Draft risk', slug: 'draft-risk', order: 2, summary: 'Not yet.' }),
  ],
  benefits: [benefitSchema.parse({ id: 5, ...stamp, title: 'Health', slug: 'health', order: 1, summary: 'Better care.', sdgs: [3, 9] })],
  actors: [
    actorSchema.parse({ id: 4, ...stamp, name: 'Council of Europe', slug: 'council-of-europe', shortName: 'CoE', kind: 'international-organisation', url: 'https://www.coe.int/' }),
    actorSchema.parse({ id: 7, ...stamp, name: '@company group', slug: 'company-group', kind: 'industry', summary: null }),
    actorSchema.parse({ id: 8, ...stamp, _status: 'draft', name: 'Unannounced', slug: 'unannounced', kind: 'state' }),
  ],
  references: [
    citationSchema.parse({
      id: 11,
      ...stamp,
      slug: 'maas-villalobos-2023',
      type: 'report',
      title: 'International AI Institutions: A Literature Review of Models, Examples, and Proposals',
      authors: [
        { kind: 'person', family: 'Maas', given: 'Matthijs M.' },
        { kind: 'organization', name: 'Legal Priorities Project' },
      ],
      year: 2023,
      publisher: 'Legal Priorities Project',
      doi: '10.2139/ssrn.4579773',
      accessed: '2026-11-30T00:00:00.000Z',
    }),
  ],
  initiatives: [
    initiativeSchema.parse({
      id: 12,
      ...stamp,
      title: 'Council of Europe Framework Convention on Artificial Intelligence',
      slug: 'council-of-europe-framework-convention',
      officialTitle: 'Council of Europe Framework Convention on Artificial Intelligence and Human Rights, Democracy and the Rule of Law',
      identifier: 'CETS No. 225',
      kind: 'treaty',
      status: 'open-for-signature',
      statusCheckedOn: '2026-12-02T00:00:00.000Z',
      dates: { announced: null, adopted: '2024-05-17', inForce: null },
      keyDate: '2024-05-17',
      // Relations at depth 0 are ids; 4 (a draft block), 99 (a draft risk) and 8 (a draft actor) must not leave.
      buildingBlocks: [1, 4],
      risks: [2, 99],
      actors: [4, 8],
      summary: 'The first binding international treaty on AI, "open" to states outside Europe,\nincluding non-members.',
      limits: 'Parties may exclude national-security uses.',
      sources: [
        { id: 's1', title: 'Council of Europe: the Framework Convention', url: 'https://www.coe.int/en/web/artificial-intelligence/the-framework-convention-on-artificial-intelligence' },
        { id: 's2', title: 'Explanatory report | CETS 225', url: 'https://rm.coe.int/1680afae67' },
      ],
      relatedInitiatives: [13, 14],
      translationStatus: { en: { missing: [] }, fr: { missing: ['limits', 'sources.0.title'] }, es: { missing: [] }, ar: { missing: [] }, zh: { missing: [] }, ru: { missing: [] } },
    }),
    initiativeSchema.parse({
      id: 13,
      ...stamp,
      title: '+1 pledge',
      slug: 'plus-one-pledge',
      kind: 'commitment',
      status: 'published',
      statusCheckedOn: '2026-12-01T00:00:00.000Z',
      dates: null,
      keyDate: null,
      actors: [7],
      summary: '-minus first; then\ttab',
      sources: [],
    }),
    initiativeSchema.parse({
      id: 14,
      ...stamp,
      _status: 'draft',
      title: 'A draft initiative',
      slug: 'draft-initiative',
      kind: 'law',
      status: 'proposed',
      statusCheckedOn: '2026-12-01T00:00:00.000Z',
      summary: 'Must never leave the CMS.',
    }),
  ],
})

const contextFor = (docs: OpenDataDocuments, locale: Locale = 'en'): RecordContext => ({ locale, siteUrl, slugs: slugIndex(docs) })

const allRecords = (docs: OpenDataDocuments, locale: Locale = 'en') => {
  const context = contextFor(docs, locale)
  return Object.fromEntries(openDataTableKeys.map((key) => [key, tableRecords(key, docs[key] as never, context)])) as Record<OpenDataTable, OpenDataRecord[]>
}

const columnsOf = (key: OpenDataTable) => openDataTables[key].columns as readonly Column<never>[]

/** What a reader of the CSV does, as the documentation page says: csv-parse for the rows, then readCsvCell for each cell. */
const readCsv = (key: OpenDataTable, text: string): OpenDataRecord[] => {
  const rows = parse(text, { columns: true, bom: false, skip_empty_lines: false }) as Record<string, string>[]
  return rows.map((row) => Object.fromEntries(columnsOf(key).map((column) => [column.name, readCsvCell(row[column.name]!, column)])))
}

const meta = { siteUrl, locale: 'en' as Locale, exportedAt: '2026-12-02T10:30:00.000Z' }

/* ---------------------------------------------------------------- columns */

describe('the column definitions', () => {
  test.each(openDataTableKeys)('%s: names are unique, the id comes first, then the page; the file name leads back to the table', (key) => {
    const names = columnsOf(key).map((column) => column.name)
    expect(new Set(names).size).toBe(names.length)
    expect(names.slice(0, 2)).toEqual(['id', 'page'])
    expect(tableOfFile(openDataTables[key].file)).toBe(key)
  })

  test('every column has a known type; code columns list their values, id lists name their table', () => {
    for (const key of openDataTableKeys) {
      for (const column of columnsOf(key)) {
        expect(columnTypes).toContain(column.type)
        if (column.type === 'code') expect(column.values?.length).toBeGreaterThan(0)
        if (column.type === 'ids') expect(openDataTableKeys).toContain(column.references)
      }
    }
  })

  test.each([...locales])('every column, table and type is documented in %s.json', (locale) => {
    const messages = JSON.parse(readFileSync(path.join(__dirname, '..', 'messages', `${locale}.json`), 'utf8')) as { openData: Record<string, Record<string, unknown>> }
    const { columns, tables, types } = messages.openData as Record<string, Record<string, Record<string, string>>>
    for (const key of openDataTableKeys) {
      expect(tables![key]!.title).toBeTruthy()
      for (const column of columnsOf(key)) {
        const [group, name] = column.describedBy.split('.') as [string, string]
        expect([locale, column.describedBy, typeof columns![group]?.[name]]).toEqual([locale, column.describedBy, 'string'])
      }
    }
    for (const type of columnTypes) expect(types![type]!.name).toBeTruthy()
  })

  test('the expected columns of the initiatives file', () => {
    expect(columnsOf('initiatives').map((column) => column.name)).toEqual([
      'id',
      'page',
      'title',
      'officialTitle',
      'identifier',
      'kind',
      'status',
      'statusCheckedOn',
      'announced',
      'adopted',
      'inForce',
      'keyDate',
      'buildingBlocks',
      'risks',
      'actors',
      'summary',
      'limits',
      'sourceTitles',
      'sourceUrls',
      'relatedInitiatives',
      'updatedAt',
      'englishTexts',
    ])
  })
})

/* ---------------------------------------------------------------- records */

describe('records', () => {
  test('relations leave as slugs; drafts, and relations to drafts, never leave', () => {
    const records = allRecords(documents())
    expect(records.initiatives.map((record) => record.id)).toEqual(['council-of-europe-framework-convention', 'plus-one-pledge'])
    expect(records.buildingBlocks.map((record) => record.id)).toEqual(['red-lines', 'safety-standards'])
    expect(records.risks.map((record) => record.id)).toEqual(['bias'])
    expect(records.actors.map((record) => record.id)).toEqual(['council-of-europe', 'company-group'])
    const [convention] = records.initiatives
    expect(convention).toMatchObject({
      buildingBlocks: ['red-lines'],
      risks: ['bias'],
      actors: ['council-of-europe'],
      relatedInitiatives: ['plus-one-pledge'],
      sourceUrls: ['https://www.coe.int/en/web/artificial-intelligence/the-framework-convention-on-artificial-intelligence', 'https://rm.coe.int/1680afae67'],
      statusCheckedOn: '2026-12-02',
      adopted: '2024-05-17',
      announced: null,
      inForce: null,
      page: 'https://governance.example/en/initiatives/council-of-europe-framework-convention',
    })
    expect(records.buildingBlocks[0]).toMatchObject({ risks: ['bias'], benefits: ['health'], references: ['maas-villalobos-2023'] })
    expect(JSON.stringify(records)).not.toMatch(/draft|secret|unannounced/i)
  })

  test('empty values are null, empty lists []; whole numbers stay numbers', () => {
    const records = allRecords(documents())
    expect(records.initiatives[1]).toMatchObject({ officialTitle: null, identifier: null, keyDate: null, limits: null, sourceTitles: [], buildingBlocks: [] })
    expect(records.benefits[0]).toMatchObject({ order: 1, sdgs: [3, 9] })
    expect(records.references[0]).toMatchObject({ year: 2023, authors: ['Maas, Matthijs M.', 'Legal Priorities Project'], accessed: '2026-11-30', url: null })
  })

  test('pages are in the language of the file; englishTexts names the columns that show English', () => {
    const english = allRecords(documents(), 'en')
    const french = allRecords(documents(), 'fr')
    expect(english.initiatives[0]!.englishTexts).toEqual([])
    expect(french.initiatives[0]!.englishTexts).toEqual(['limits', 'sourceTitles'])
    expect(french.initiatives[0]!.page).toBe('https://governance.example/fr/initiatives/council-of-europe-framework-convention')
    expect(french.references[0]!.page).toBe('https://governance.example/fr/references#maas-villalobos-2023')
    expect(french.initiatives[1]!.englishTexts).toEqual([])
  })
})

/* -------------------------------------------------------------------- CSV */

describe('CSV cells', () => {
  test.each(['=1+2', '+1', '-1', '@SUM(A1)', '\tindent', '\rreturn'])('a cell beginning like a formula (%j) gets a single quote in front, and reads back', (text) => {
    const cell = csvCell(text)
    expect(cell).toBe(`'${text}`)
    expect(readCsvCell(cell, { type: 'text' })).toBe(text)
  })

  test('a text already beginning with a quote and a formula character keeps both; any other quote is left alone', () => {
    expect(csvCell("'=x")).toBe("''=x")
    expect(readCsvCell("''=x", { type: 'text' })).toBe("'=x")
    expect(csvCell("'quoted")).toBe("'quoted")
    expect(readCsvCell("'quoted", { type: 'text' })).toBe("'quoted")
    expect(csvCell('a = b')).toBe('a = b')
  })

  test('lists are joined by " | "; a bar or a backslash inside a value is escaped', () => {
    expect(listSeparator).toBe(' | ')
    expect(csvCell(['red-lines', 'safety-standards'])).toBe('red-lines | safety-standards')
    expect(csvCell(['a | b', 'c\\d', 'e|f'])).toBe('a \\| b | c\\\\d | e\\|f')
    expect(readCsvCell('a \\| b | c\\\\d | e\\|f', { type: 'texts' })).toEqual(['a | b', 'c\\d', 'e|f'])
    expect(csvCell([3, 9])).toBe('3 | 9')
    expect(readCsvCell('3 | 9', { type: 'integers' })).toEqual([3, 9])
    expect(readCsvCell('', { type: 'ids' })).toEqual([])
    expect(readCsvCell('', { type: 'text' })).toBeNull()
  })

  test('a list whose first value looks like a formula is neutralised as a whole cell', () => {
    expect(csvCell(['-x', 'y'])).toBe("'-x | y")
    expect(readCsvCell("'-x | y", { type: 'texts' })).toEqual(['-x', 'y'])
  })
})

describe('CSV files', () => {
  test('RFC 4180: a header row of the column names, CR LF line ends, no byte order mark, quoting where needed', () => {
    const docs = documents()
    const csv = toCsv('initiatives', allRecords(docs).initiatives)
    expect(csv.charCodeAt(0)).not.toBe(0xfeff)
    expect(csv.startsWith(`${columnsOf('initiatives').map((column) => column.name).join(',')}\r\n`)).toBe(true)
    expect(csv.endsWith('\r\n')).toBe(true)
    // The summary holds a comma, double quotes and a line break: one quoted cell, quotes doubled.
    expect(csv).toContain('"The first binding international treaty on AI, ""open"" to states outside Europe,\nincluding non-members."')
    // Formula-looking texts are neutralised.
    expect(csv).toContain(",'+1 pledge,")
    expect(csv).toContain("'-minus first; then\ttab")
    expect(toCsv('risks', allRecords(docs).risks)).toContain(`"'=HYPERLINK(""https://evil.example"",""click"")"`)
  })

  test.each(openDataTableKeys)('%s: parsed back with csv-parse, the CSV gives exactly the records of the JSON file', (key) => {
    for (const locale of ['en', 'fr'] as const) {
      const records = allRecords(documents(), locale)[key]
      const json = JSON.parse(toJson({ ...meta, locale }, { [key]: records })) as Record<string, unknown>
      expect(readCsv(key, toCsv(key, records))).toEqual(json[key])
      expect((json.counts as Record<string, number>)[key]).toBe(records.length)
    }
  })

  test('a line feed or a carriage return alone is quoted too, so no reader takes it for the end of a row', () => {
    const records = allRecords(documents()).actors.map((record, index) => ({ ...record, summary: ['first\nline', 'first\rline'][index]! }))
    const csv = toCsv('actors', records)
    expect(csv).toContain('"first\nline"')
    expect(csv).toContain('"first\rline"')
    expect(csv.split('\r\n')).toHaveLength(records.length + 2)
    expect(readCsv('actors', csv)).toEqual(records)
  })

  test('an empty table is a header row alone', () => {
    expect(toCsv('actors', [])).toBe(`${columnsOf('actors').map((column) => column.name).join(',')}\r\n`)
  })
})

/* ------------------------------------------------------------------- JSON */

describe('JSON files', () => {
  test('the header says what, where from, where documented, under which licence, when, in which language; then counts, columns and records', () => {
    const records = allRecords(documents(), 'fr')
    const json = JSON.parse(toJson({ ...meta, locale: 'fr' }, records)) as Record<string, unknown>
    expect(json).toMatchObject({
      source: siteUrl,
      schema: 'https://governance.example/fr/data',
      licence: { name: 'Creative Commons Attribution 4.0 International (CC BY 4.0)', url: 'https://creativecommons.org/licenses/by/4.0/' },
      exportedAt: '2026-12-02T10:30:00.000Z',
      locale: 'fr',
      counts: { initiatives: 2, buildingBlocks: 2, risks: 1, benefits: 1, actors: 2, references: 1 },
    })
    expect(Object.keys(json).slice(-6)).toEqual([...openDataTableKeys])
    const columns = json.columns as Record<string, { name: string; type: string; list: boolean }[]>
    expect(columns.initiatives!.map((column) => column.name)).toEqual(columnsOf('initiatives').map((column) => column.name))
    expect(columns.initiatives!.find((column) => column.name === 'kind')).toMatchObject({ type: 'code', list: false, required: true, values: expect.arrayContaining(['treaty', 'law']) })
    expect(columns.initiatives!.find((column) => column.name === 'actors')).toMatchObject({ type: 'ids', list: true, references: 'actors' })
    for (const table of Object.values(columns)) for (const column of table) expect(column.list).toBe(isListType(column.type as never))
  })
})

/* -------------------------------------------------------------- requests */

describe('the parameters of a download', () => {
  const known = { block: ['red-lines', 'safety-standards'], risk: ['bias'], actor: ['council-of-europe'] }

  test('the list’s own parameters are read as the list reads them; page and all are ignored', () => {
    const parsed = downloadFilters(new URLSearchParams('block=red-lines&block=safety-standards&status=in-force&from=2020&to=2025&q=treaty&sort=name&page=3&all=1&locale=fr'), known)
    expect(parsed).toEqual({
      filters: expect.objectContaining({ block: ['red-lines', 'safety-standards'], status: ['in-force'], from: 2020, to: 2025, q: 'treaty', sort: 'name', page: 1, all: false }),
    })
  })

  test.each([
    ['block=no-such-block', 'block: “no-such-block” is not one of its values.'],
    ['status=maybe', 'status: “maybe” is not one of its values.'],
    ['from=20x4', 'from: “20x4” is not a year from 1900 to 2100.'],
    ['from=2025&to=2020', 'from (2025) is after to (2020).'],
    ['sort=random', 'sort: “random” is not one of date-desc, date-asc, name.'],
    ['from=2020&from=2021', 'from was given more than once; give it once.'],
    ['blok=red-lines', '“blok” is not a parameter of this file; it takes block, risk, kind, status, actor, from, to, q, sort, locale.'],
  ])('%s is refused, naming the problem', (query, problem) => {
    expect(downloadFilters(new URLSearchParams(query), known)).toEqual({ problems: [problem] })
  })

  test('the language: ?locale= when given (once, one of the six), else the address’s own', () => {
    expect(requestedLocale(new URLSearchParams(''), 'en')).toEqual({ locale: 'en' })
    expect(requestedLocale(new URLSearchParams(''), 'ar')).toEqual({ locale: 'ar' })
    expect(requestedLocale(new URLSearchParams('locale=zh'), 'en')).toEqual({ locale: 'zh' })
    expect(requestedLocale(new URLSearchParams('locale=de'), 'en')).toEqual({ problem: 'locale “de” is not one of en, fr, es, ar, zh, ru.' })
    expect(requestedLocale(new URLSearchParams('locale=fr&locale=es'), 'en')).toEqual({ problem: 'locale was given 2 times; give it once.' })
  })
})

describe('answers', () => {
  test('a file is an attachment named by its table, language and day, with its type, language, documentation and licence', () => {
    expect(exportFilename('initiatives', 'csv', meta)).toBe('initiatives-2026-12-02.csv')
    expect(exportFilename('initiatives', 'json', { ...meta, locale: 'fr' })).toBe('initiatives-fr-2026-12-02.json')
    const response = fileResponse('id\r\n', 'csv', 'initiatives-2026-12-02.csv', meta)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="initiatives-2026-12-02.csv"')
    expect(response.headers.get('content-language')).toBe('en')
    expect(response.headers.get('link')).toBe(`<https://governance.example/en/data>; rel="describedby", <${licence.url}>; rel="license"`)
    expect(fileResponse('{}', 'json', 'framework-2026-12-02.json', meta).headers.get('content-type')).toBe('application/json; charset=utf-8')
  })

  test('a bad parameter is a 400 in plain text that names it, never cached', async () => {
    const response = badRequestResponse(['status: “maybe” is not one of its values.'])
    expect(response.status).toBe(400)
    expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8')
    expect(response.headers.get('cache-control')).toBe('no-store')
    expect(await response.text()).toBe('Bad request: status: “maybe” is not one of its values.\n')
  })

  test('addresses are language-free; the language is a parameter', () => {
    expect(openDataPath('initiatives', 'csv')).toBe('/data/initiatives.csv')
    expect(openDataPath('framework', 'json', new URLSearchParams('locale=fr'))).toBe('/data/framework.json?locale=fr')
  })
})
