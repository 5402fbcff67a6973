/*
 * Open data: the framework's public tables as CSV and JSON files.
 *
 * The columns of every file are written ONCE, here: the CSV writer, the JSON
 * writer and the documentation page (/<locale>/data) all read `openDataTables`,
 * so the documented schema cannot drift from the files.
 *
 * Every record is named by its slug (`id`): the database's own ids are not
 * stable across environments (a fresh seed, a restored backup or a staging copy
 * numbers the same document differently), slugs are what the site's addresses
 * use and what editors keep. Relations are lists of slugs of the other tables.
 */
import { stringify } from 'csv-stringify/sync'
import {
  actorKinds,
  citationTypes,
  defaultLocale,
  initiativeKinds,
  initiativeStatuses,
  isLocale,
  locales,
  pathIn,
  publicPathOf,
  showsEnglish,
  type Actor,
  type Benefit,
  type BuildingBlock,
  type Citation,
  type DocumentPageCollection,
  type Initiative,
  type Locale,
  type Risk,
} from '@global-ai-governance/content'

import type { Messages } from './i18n'
import { displayValue, listFilters, parseInitiativeFilters, singleFilters, type FilterProblem, type InitiativeFilters, type KnownValues } from './initiativeFilters'
import { absoluteUrl, publisherName, siteTitle } from './seo/site'

/* ------------------------------------------------------------ the tables */

/** The tables, in the order the documentation and framework.json list them. */
export const openDataTableKeys = ['initiatives', 'buildingBlocks', 'risks', 'benefits', 'actors', 'references'] as const
export type OpenDataTable = (typeof openDataTableKeys)[number]

/**
 * What a column holds. Scalars: `id` (the record's slug), `text`, `code` (one
 * value of a fixed list), `integer`, `partialDate` (YYYY, YYYY-MM or YYYY-MM-DD),
 * `date` (YYYY-MM-DD), `timestamp` (ISO 8601, UTC), `url`. Lists: `ids` (slugs
 * of another table), `texts`, `urls`, `integers`, `columns` (names of this
 * table's columns).
 */
export const columnTypes = ['id', 'text', 'code', 'integer', 'partialDate', 'date', 'timestamp', 'url', 'ids', 'texts', 'urls', 'integers', 'columns'] as const
export type ColumnType = (typeof columnTypes)[number]

export const listTypes: ReadonlySet<ColumnType> = new Set(['ids', 'texts', 'urls', 'integers', 'columns'])
export const isListType = (type: ColumnType): boolean => listTypes.has(type)

type ColumnMessages = Messages['openData']['columns']
type DescribedGroup = 'common' | OpenDataTable

/** A column's meaning in messages/<locale>.json (`openData.columns.<group>.<name>`): a column cannot be defined without one. */
export type ColumnMessage = { [G in DescribedGroup]: `${G}.${Extract<keyof ColumnMessages[G], string>}` }[DescribedGroup]

/** A value in a record: JSON writes it as it is, CSV as text (lists joined by " | "). */
export type CellValue = string | number | string[] | number[] | null

export type OpenDataRecord = Record<string, CellValue>

/** What a column's value is read from: the document, the record's language and the slugs of every table. */
export interface RecordContext {
  locale: Locale
  siteUrl: string
  slugs: SlugIndex
}

export interface Column<D> {
  name: string
  type: ColumnType
  /** Always present (never empty). */
  required?: boolean
  /** The allowed values of a `code` column. */
  values?: readonly string[]
  /** The table an `ids` column points into. */
  references?: OpenDataTable
  /** The CMS field whose text may be the English fallback in another language (see `englishTexts`). */
  translated?: string
  /** The message (openData.columns.<describedBy>) that says what the column means. */
  describedBy: ColumnMessage
  value: (doc: D, context: RecordContext) => CellValue
}

export interface TableDefinition<D> {
  key: OpenDataTable
  /** The file's name: /data/<file>.csv. */
  file: string
  /** The CMS collection the records come from. */
  collection: DocumentPageCollection
  columns: readonly Column<D>[]
}

/* ------------------------------------------------------- CMS documents in */

type Rel = number | { id: number; slug?: string }
type Published = { _status?: 'published' | 'draft' | null }
type Translated = { translationStatus?: Initiative['translationStatus'] }

export type InitiativeDoc = Pick<
  Initiative,
  | 'id'
  | 'slug'
  | 'title'
  | 'officialTitle'
  | 'identifier'
  | 'kind'
  | 'status'
  | 'statusCheckedOn'
  | 'dates'
  | 'keyDate'
  | 'summary'
  | 'limits'
  | 'sources'
  | 'updatedAt'
> & { buildingBlocks?: Rel[] | null; risks?: Rel[] | null; actors?: Rel[] | null; relatedInitiatives?: Rel[] | null } & Published & Translated

export type BuildingBlockDoc = Pick<BuildingBlock, 'id' | 'slug' | 'title' | 'order' | 'summary' | 'gaps' | 'analogousRegimes' | 'updatedAt'> & {
  relatedRisks?: Rel[] | null
  relatedBenefits?: Rel[] | null
  citations?: Rel[] | null
} & Published &
  Translated

export type RiskDoc = Pick<Risk, 'id' | 'slug' | 'title' | 'order' | 'summary' | 'updatedAt'> & { citations?: Rel[] | null } & Published & Translated

export type BenefitDoc = Pick<Benefit, 'id' | 'slug' | 'title' | 'order' | 'summary' | 'sdgs' | 'updatedAt'> & { citations?: Rel[] | null } & Published & Translated

export type ActorDoc = Pick<Actor, 'id' | 'slug' | 'name' | 'shortName' | 'kind' | 'url' | 'summary' | 'updatedAt'> & Published & Translated

export type ReferenceDoc = Pick<
  Citation,
  'id' | 'slug' | 'type' | 'title' | 'authors' | 'year' | 'containerTitle' | 'publisher' | 'url' | 'doi' | 'accessed' | 'note' | 'updatedAt'
> &
  Published

/** The documents of every table, as the CMS gave them (published reads). */
export interface OpenDataDocuments {
  initiatives: InitiativeDoc[]
  buildingBlocks: BuildingBlockDoc[]
  risks: RiskDoc[]
  benefits: BenefitDoc[]
  actors: ActorDoc[]
  references: ReferenceDoc[]
}

/** Database id → slug, per table: relations come from the CMS as ids and leave as slugs. */
export type SlugIndex = Record<OpenDataTable, ReadonlyMap<number, string>>

/** The slugs of the published documents of every table (relations to anything else are left out). */
export function slugIndex(documents: OpenDataDocuments): SlugIndex {
  const index = (docs: readonly ({ id: number; slug: string } & Published)[]): ReadonlyMap<number, string> =>
    new Map(publishedOnly(docs).map((doc) => [doc.id, doc.slug]))
  return {
    initiatives: index(documents.initiatives),
    buildingBlocks: index(documents.buildingBlocks),
    risks: index(documents.risks),
    benefits: index(documents.benefits),
    actors: index(documents.actors),
    references: index(documents.references),
  }
}

/* ----------------------------------------------------- column definitions */

const blank = (value: string | null | undefined): string | null => (value === null || value === undefined || value.trim() === '' ? null : value)

const slugsOf = (relations: readonly Rel[] | null | undefined, table: OpenDataTable, context: RecordContext): string[] =>
  (relations ?? []).flatMap((relation) => {
    const slug = context.slugs[table].get(typeof relation === 'number' ? relation : relation.id)
    return slug ? [slug] : []
  })

const texts = (values: readonly (string | null | undefined)[]): string[] => values.flatMap((value) => (blank(value) === null ? [] : [value!]))

/** The day of an ISO timestamp (UTC), as the CMS stores days. */
const dayOf = (timestamp: string | null | undefined): string | null => (timestamp ? new Date(timestamp).toISOString().slice(0, 10) : null)

const pageOf = (collection: DocumentPageCollection, slug: string, context: RecordContext): string | null => {
  const path = publicPathOf({ collection, slug }, context.locale)
  return path ? absoluteUrl(context.siteUrl, path) : null
}

const authorName = (author: NonNullable<ReferenceDoc['authors']>[number]): string | null =>
  author.kind === 'organization' ? blank(author.name) : blank([author.family, author.given].filter((part) => blank(part)).join(', '))

// Columns every table shares (their meaning is written once too: openData.columns.common.*).
const idColumn = <D extends { slug: string }>(): Column<D> => ({ name: 'id', type: 'id', required: true, describedBy: 'common.id', value: (doc) => doc.slug })
const pageColumn = <D extends { slug: string }>(collection: DocumentPageCollection): Column<D> => ({
  name: 'page',
  type: 'url',
  required: true,
  describedBy: 'common.page',
  value: (doc, context) => pageOf(collection, doc.slug, context),
})
const orderColumn = <D extends { order: number }>(): Column<D> => ({ name: 'order', type: 'integer', required: true, describedBy: 'common.order', value: (doc) => doc.order })
const updatedColumn = <D extends { updatedAt: string }>(): Column<D> => ({
  name: 'updatedAt',
  type: 'timestamp',
  required: true,
  describedBy: 'common.updatedAt',
  value: (doc) => doc.updatedAt,
})
const referencesColumn = <D extends { citations?: Rel[] | null }>(): Column<D> => ({
  name: 'references',
  type: 'ids',
  references: 'references',
  describedBy: 'common.references',
  value: (doc, context) => slugsOf(doc.citations, 'references', context),
})
const titleColumn = <D extends { title: string }>(describedBy: ColumnMessage = 'common.title'): Column<D> => ({
  name: 'title',
  type: 'text',
  required: true,
  translated: 'title',
  describedBy,
  value: (doc) => doc.title,
})
const summaryColumn = <D extends { summary: string }>(describedBy: ColumnMessage): Column<D> => ({
  name: 'summary',
  type: 'text',
  required: true,
  translated: 'summary',
  describedBy,
  value: (doc) => doc.summary,
})

/** The column listing which texts of a record show the English text in the file's language. */
const englishTextsName = 'englishTexts'

/** The columns of this table whose text is the English fallback in `locale` (from the CMS's translation status). */
function englishTexts<D extends Translated>(columns: readonly Column<D>[], doc: D, locale: Locale): string[] {
  if (locale === defaultLocale) return []
  return columns.filter((column) => column.translated && showsEnglish(doc.translationStatus, locale, [column.translated])).map((column) => column.name)
}

/** A table of translated documents ends with its `englishTexts` column. */
function translatedTable<D extends Translated>(table: Omit<TableDefinition<D>, 'columns'>, columns: Column<D>[]): TableDefinition<D> {
  const englishColumn: Column<D> = {
    name: englishTextsName,
    type: 'columns',
    describedBy: 'common.englishTexts',
    value: (doc, context) => englishTexts(columns, doc, context.locale),
  }
  return { ...table, columns: [...columns, englishColumn] }
}

const valuesOf = (vocabulary: readonly { value: string }[]) => vocabulary.map((entry) => entry.value)

export const initiativesTable = translatedTable<InitiativeDoc>({ key: 'initiatives', file: 'initiatives', collection: 'initiatives' }, [
  idColumn(),
  pageColumn('initiatives'),
  titleColumn('initiatives.title'),
  { name: 'officialTitle', type: 'text', translated: 'officialTitle', describedBy: 'initiatives.officialTitle', value: (doc) => blank(doc.officialTitle) },
  { name: 'identifier', type: 'text', describedBy: 'initiatives.identifier', value: (doc) => blank(doc.identifier) },
  { name: 'kind', type: 'code', required: true, values: valuesOf(initiativeKinds), describedBy: 'initiatives.kind', value: (doc) => doc.kind },
  { name: 'status', type: 'code', required: true, values: valuesOf(initiativeStatuses), describedBy: 'initiatives.status', value: (doc) => doc.status },
  { name: 'statusCheckedOn', type: 'date', required: true, describedBy: 'initiatives.statusCheckedOn', value: (doc) => dayOf(doc.statusCheckedOn) },
  { name: 'announced', type: 'partialDate', describedBy: 'initiatives.announced', value: (doc) => blank(doc.dates?.announced) },
  { name: 'adopted', type: 'partialDate', describedBy: 'initiatives.adopted', value: (doc) => blank(doc.dates?.adopted) },
  { name: 'inForce', type: 'partialDate', describedBy: 'initiatives.inForce', value: (doc) => blank(doc.dates?.inForce) },
  { name: 'keyDate', type: 'partialDate', describedBy: 'initiatives.keyDate', value: (doc) => blank(doc.keyDate) },
  {
    name: 'buildingBlocks',
    type: 'ids',
    references: 'buildingBlocks',
    describedBy: 'initiatives.buildingBlocks',
    value: (doc, context) => slugsOf(doc.buildingBlocks, 'buildingBlocks', context),
  },
  { name: 'risks', type: 'ids', references: 'risks', describedBy: 'initiatives.risks', value: (doc, context) => slugsOf(doc.risks, 'risks', context) },
  { name: 'actors', type: 'ids', references: 'actors', describedBy: 'initiatives.actors', value: (doc, context) => slugsOf(doc.actors, 'actors', context) },
  summaryColumn('initiatives.summary'),
  { name: 'limits', type: 'text', translated: 'limits', describedBy: 'initiatives.limits', value: (doc) => blank(doc.limits) },
  { name: 'sourceTitles', type: 'texts', translated: 'sources', describedBy: 'initiatives.sourceTitles', value: (doc) => texts((doc.sources ?? []).map((source) => source.title)) },
  { name: 'sourceUrls', type: 'urls', describedBy: 'initiatives.sourceUrls', value: (doc) => texts((doc.sources ?? []).map((source) => source.url)) },
  {
    name: 'relatedInitiatives',
    type: 'ids',
    references: 'initiatives',
    describedBy: 'initiatives.relatedInitiatives',
    value: (doc, context) => slugsOf(doc.relatedInitiatives, 'initiatives', context),
  },
  updatedColumn(),
])

export const buildingBlocksTable = translatedTable<BuildingBlockDoc>({ key: 'buildingBlocks', file: 'building-blocks', collection: 'building-blocks' }, [
  idColumn(),
  pageColumn('building-blocks'),
  orderColumn(),
  titleColumn(),
  summaryColumn('buildingBlocks.summary'),
  { name: 'gaps', type: 'texts', translated: 'gaps', describedBy: 'buildingBlocks.gaps', value: (doc) => texts((doc.gaps ?? []).map((row) => row.gap)) },
  {
    name: 'analogousRegimes',
    type: 'texts',
    translated: 'analogousRegimes',
    describedBy: 'buildingBlocks.analogousRegimes',
    value: (doc) => texts((doc.analogousRegimes ?? []).map((row) => row.regime)),
  },
  { name: 'risks', type: 'ids', references: 'risks', describedBy: 'buildingBlocks.risks', value: (doc, context) => slugsOf(doc.relatedRisks, 'risks', context) },
  {
    name: 'benefits',
    type: 'ids',
    references: 'benefits',
    describedBy: 'buildingBlocks.benefits',
    value: (doc, context) => slugsOf(doc.relatedBenefits, 'benefits', context),
  },
  referencesColumn(),
  updatedColumn(),
])

export const risksTable = translatedTable<RiskDoc>({ key: 'risks', file: 'risks', collection: 'risks' }, [
  idColumn(),
  pageColumn('risks'),
  orderColumn(),
  titleColumn(),
  summaryColumn('risks.summary'),
  referencesColumn(),
  updatedColumn(),
])

export const benefitsTable = translatedTable<BenefitDoc>({ key: 'benefits', file: 'benefits', collection: 'benefits' }, [
  idColumn(),
  pageColumn('benefits'),
  orderColumn(),
  titleColumn(),
  summaryColumn('benefits.summary'),
  { name: 'sdgs', type: 'integers', describedBy: 'benefits.sdgs', value: (doc) => [...(doc.sdgs ?? [])] },
  referencesColumn(),
  updatedColumn(),
])

export const actorsTable = translatedTable<ActorDoc>({ key: 'actors', file: 'actors', collection: 'actors' }, [
  idColumn(),
  pageColumn('actors'),
  { name: 'name', type: 'text', required: true, translated: 'name', describedBy: 'actors.name', value: (doc) => doc.name },
  { name: 'shortName', type: 'text', translated: 'shortName', describedBy: 'actors.shortName', value: (doc) => blank(doc.shortName) },
  { name: 'kind', type: 'code', required: true, values: valuesOf(actorKinds), describedBy: 'actors.kind', value: (doc) => doc.kind },
  { name: 'website', type: 'url', describedBy: 'actors.website', value: (doc) => blank(doc.url) },
  { name: 'summary', type: 'text', translated: 'summary', describedBy: 'actors.summary', value: (doc) => blank(doc.summary) },
  updatedColumn(),
])

export const referencesTable: TableDefinition<ReferenceDoc> = {
  key: 'references',
  file: 'references',
  collection: 'citations',
  columns: [
    idColumn(),
    pageColumn('citations'),
    { name: 'type', type: 'code', required: true, values: valuesOf(citationTypes), describedBy: 'references.type', value: (doc) => doc.type },
    { name: 'title', type: 'text', describedBy: 'references.title', value: (doc) => blank(doc.title) },
    { name: 'authors', type: 'texts', describedBy: 'references.authors', value: (doc) => (doc.authors ?? []).flatMap((author) => authorName(author) ?? []) },
    { name: 'year', type: 'integer', required: true, describedBy: 'references.year', value: (doc) => doc.year },
    { name: 'containerTitle', type: 'text', describedBy: 'references.containerTitle', value: (doc) => blank(doc.containerTitle) },
    { name: 'publisher', type: 'text', describedBy: 'references.publisher', value: (doc) => blank(doc.publisher) },
    { name: 'url', type: 'url', describedBy: 'references.url', value: (doc) => blank(doc.url) },
    { name: 'doi', type: 'text', describedBy: 'references.doi', value: (doc) => blank(doc.doi) },
    { name: 'accessed', type: 'date', describedBy: 'references.accessed', value: (doc) => dayOf(doc.accessed) },
    { name: 'note', type: 'text', describedBy: 'references.note', value: (doc) => blank(doc.note) },
    updatedColumn(),
  ],
}

/** Every table, by key: the one definition of every file's columns. */
export const openDataTables = {
  initiatives: initiativesTable,
  buildingBlocks: buildingBlocksTable,
  risks: risksTable,
  benefits: benefitsTable,
  actors: actorsTable,
  references: referencesTable,
} as const satisfies { [K in OpenDataTable]: TableDefinition<OpenDataDocuments[K][number]> }

/** The table whose CSV file is /data/<file>.csv. */
export const tableOfFile = (file: string): OpenDataTable | null => openDataTableKeys.find((key) => openDataTables[key].file === file) ?? null

/* ------------------------------------------------------------- records */

/** Drafts never leave: the reads are the anonymous published reads, and anything marked draft is dropped again here. */
export const publishedOnly = <D extends Published>(docs: readonly D[]): D[] => docs.filter((doc) => doc._status !== 'draft')

/** The records of one table, in the order of `docs`, drafts left out. */
export function tableRecords<K extends OpenDataTable>(key: K, docs: readonly OpenDataDocuments[K][number][], context: RecordContext): OpenDataRecord[] {
  const table = openDataTables[key] as unknown as TableDefinition<OpenDataDocuments[K][number]>
  return publishedOnly(docs).map((doc) => Object.fromEntries(table.columns.map((column) => [column.name, column.value(doc, context)])))
}

/* ----------------------------------------------------------------- CSV */

/** Items of a list cell are joined by this; a bar inside an item is written `\|` (and a backslash `\\`). */
export const listSeparator = ' | '

const escapeItem = (item: string): string => item.replace(/[\\|]/g, (char) => `\\${char}`)
const unescapeItem = (item: string): string => item.replace(/\\([\\|])/g, '$1')

/**
 * A spreadsheet runs a cell that begins with = + - @, a tab or a carriage return
 * as a formula (OWASP "CSV injection"): such a cell is written with a single
 * quote in front. So is a cell that already begins with a quote and one of
 * those, so that dropping one leading quote always gives the value back.
 */
const formulaStart = /^'?[=+\-@\t\r]/

/** One value as the text of its CSV cell. */
export function csvCell(value: CellValue): string {
  let text: string
  if (value === null || value === undefined) text = ''
  else if (Array.isArray(value)) text = value.map((item) => (typeof item === 'number' ? String(item) : escapeItem(item))).join(listSeparator)
  else text = String(value)
  return formulaStart.test(text) ? `'${text}` : text
}

/** The value of a CSV cell, as the JSON file has it (what a reader of the CSV does, written down). */
export function readCsvCell(text: string, column: Pick<Column<unknown>, 'type'>): CellValue {
  const raw = formulaStart.test(text.slice(1)) && text.startsWith("'") ? text.slice(1) : text
  if (isListType(column.type)) {
    if (raw === '') return []
    const items = raw.split(listSeparator).map(unescapeItem)
    return column.type === 'integers' ? items.map(Number) : items
  }
  if (raw === '') return null
  return column.type === 'integer' ? Number(raw) : raw
}

/**
 * RFC 4180: a header row with the column names, then one row per record; CR LF
 * line ends; a cell in double quotes when it holds a comma, a quote or a line
 * break. UTF-8 without a byte order mark (which machine readers take as part of
 * the first column's name).
 */
export function toCsv(key: OpenDataTable, records: readonly OpenDataRecord[]): string {
  const columns = openDataTables[key].columns as readonly Column<unknown>[]
  const rows = [columns.map((column) => column.name), ...records.map((record) => columns.map((column) => csvCell(record[column.name] ?? null)))]
  // csv-stringify quotes a cell for the record delimiter (CR LF) but not for a CR or LF alone: readers split rows there.
  return stringify(rows, { record_delimiter: 'windows', bom: false, quoted_match: /[\r\n]/ })
}

/* ---------------------------------------------------------------- JSON */

/** How to credit the data (the JSON files add the site's address). */
export const attribution = `${publisherName}, ${siteTitle}`

export const licence = {
  name: 'Creative Commons Attribution 4.0 International (CC BY 4.0)',
  url: 'https://creativecommons.org/licenses/by/4.0/',
} as const

/** Where the files live: language-free addresses (the language is a parameter). */
export const openDataPath = (file: string, format: 'csv' | 'json', query?: URLSearchParams | string | null): string => {
  const search = query ? String(query).replace(/^\?/, '') : ''
  return `/data/${file}.${format}${search ? `?${search}` : ''}`
}

/** Every file there is to download: each table as CSV, the initiatives as JSON too, and the whole framework as JSON. */
export type OpenDataFile = { table: OpenDataTable | 'framework'; file: string; format: 'csv' | 'json' }

export const openDataFiles: readonly OpenDataFile[] = [
  ...openDataTableKeys.flatMap((table): OpenDataFile[] => {
    const { file } = openDataTables[table]
    // The initiatives are the one table also offered on its own as JSON.
    return table === 'initiatives' ? [{ table, file, format: 'csv' }, { table, file, format: 'json' }] : [{ table, file, format: 'csv' }]
  }),
  { table: 'framework', file: 'framework', format: 'json' },
]

/** The query of a file in `locale` (English, the default, needs none). */
export const localeQuery = (locale: Locale, query?: URLSearchParams): URLSearchParams => {
  const params = new URLSearchParams(query)
  params.delete('locale')
  if (locale !== defaultLocale) params.set('locale', locale)
  return params
}

/** The documentation page of the files: /<locale>/data. */
export const openDataPagePath = (locale: Locale): string => pathIn(locale, '/data')

/** What each file says about the columns, for programs: name, type and, where they apply, the allowed values and the table pointed into. */
export const columnsSchema = (key: OpenDataTable) =>
  (openDataTables[key].columns as readonly Column<unknown>[]).map(({ name, type, required, values, references }) => ({
    name,
    type,
    list: isListType(type),
    required: required === true,
    ...(values ? { values: [...values] } : {}),
    ...(references ? { references } : {}),
  }))

export interface ExportMeta {
  siteUrl: string
  locale: Locale
  /** When the file was made (ISO 8601). */
  exportedAt: string
}

/** The header every JSON file starts with: what it is, where it comes from, under which licence, when. */
export const jsonHeader = ({ siteUrl, locale, exportedAt }: ExportMeta) => ({
  title: `${siteTitle}: open data`,
  source: siteUrl,
  schema: absoluteUrl(siteUrl, openDataPagePath(locale)),
  licence: { ...licence, attribution: `${attribution} (${siteUrl})` },
  exportedAt,
  locale,
})

/** A JSON file of some tables: the header, the count and columns of each table, then its records. */
export function toJson(meta: ExportMeta, tables: Partial<Record<OpenDataTable, readonly OpenDataRecord[]>>, extra: Record<string, unknown> = {}): string {
  const keys = openDataTableKeys.filter((key) => tables[key] !== undefined)
  const body = {
    ...jsonHeader(meta),
    ...extra,
    counts: Object.fromEntries(keys.map((key) => [key, tables[key]!.length])),
    columns: Object.fromEntries(keys.map((key) => [key, columnsSchema(key)])),
    ...Object.fromEntries(keys.map((key) => [key, tables[key]])),
  }
  return `${JSON.stringify(body, null, 2)}\n`
}

/* ------------------------------------------------------------ responses */

/** `initiatives-2026-12-02.csv`; another language than English is named in it: `initiatives-fr-2026-12-02.csv`. */
export const exportFilename = (file: string, format: 'csv' | 'json', meta: Pick<ExportMeta, 'locale' | 'exportedAt'>): string =>
  `${file}${meta.locale === defaultLocale ? '' : `-${meta.locale}`}-${meta.exportedAt.slice(0, 10)}.${format}`

const contentTypes = { csv: 'text/csv; charset=utf-8', json: 'application/json; charset=utf-8' } as const

/** A file as an attachment, with its language, its documentation and its licence as links. */
export function fileResponse(body: string, format: 'csv' | 'json', filename: string, meta: ExportMeta): Response {
  return new Response(body, {
    status: 200,
    headers: {
      'Content-Type': contentTypes[format],
      'Content-Disposition': `attachment; filename="${filename}"`,
      'Content-Language': meta.locale,
      Link: `<${absoluteUrl(meta.siteUrl, openDataPagePath(meta.locale))}>; rel="describedby", <${licence.url}>; rel="license"`,
      'X-Content-Type-Options': 'nosniff',
      // Shared caches may keep it as long as the data cache does; browsers check again.
      'Cache-Control': 'public, max-age=0, s-maxage=300, stale-while-revalidate=3600',
    },
  })
}

/** A download cannot show a form: a bad parameter is answered 400 with a sentence that names it. */
export const badRequestResponse = (problems: readonly string[]): Response =>
  new Response(`Bad request: ${problems.join(' ')}\n`, {
    status: 400,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' },
  })

/**
 * The file's language: `?locale=fr`, else the address's own (the files are
 * served at /data/… in English and at /<locale>/data/… too). Null, with the
 * problem, for a value that is not one of the site's languages.
 */
export function requestedLocale(params: URLSearchParams, fallback: Locale): { locale: Locale } | { problem: string } {
  const given = params.getAll('locale')
  if (given.length === 0) return { locale: fallback }
  if (given.length > 1) return { problem: `locale was given ${given.length} times; give it once.` }
  const value = given[0]!
  return isLocale(value) ? { locale: value } : { problem: `locale “${value}” is not one of ${locales.join(', ')}.` }
}

/* ------------------------------------------------- the filtered download */

/** The parameters of /data/initiatives.csv and .json: the list's filters, its sort, and the language. */
export const downloadParameters = [...listFilters, 'from', 'to', 'q', 'sort', 'locale'] as const

/** Accepted and ignored: a file holds every result, never one page of them. */
const pagingParameters = ['page', 'all'] as const

const quoted = (value: string) => `“${displayValue(value)}”`

/** A problem with the list's parameters in one plain sentence (the download answers in English, as HTTP errors are read by programs and their authors). */
export function describeFilterProblem(problem: FilterProblem): string {
  switch (problem.kind) {
    case 'unknown':
      return `${problem.filter}: ${quoted(problem.value)} is not one of its values.`
    case 'tooMany':
      return `${problem.filter}: more than ${problem.max} values were given.`
    case 'year':
      return `${problem.filter}: ${quoted(problem.value)} is not a year from 1900 to 2100.`
    case 'yearOrder':
      return `from (${problem.from}) is after to (${problem.to}).`
    case 'tooLong':
      return `q is longer than ${problem.max} characters.`
    case 'controlChars':
      return 'q holds characters that are not text.'
    case 'repeated':
      return `${problem.filter} was given more than once; give it once.`
    case 'sort':
      return `sort: ${quoted(problem.value)} is not one of date-desc, date-asc, name.`
    case 'page':
    case 'pageRange':
    case 'all':
      // Never reached: a download ignores paging.
      return `${problem.filter} cannot be used here.`
  }
}

/**
 * The filters of a download, read exactly as the list reads them
 * (lib/initiativeFilters.ts), but strictly: where the list shows what it
 * ignored above its results, a file cannot, so any problem refuses the file.
 */
export function downloadFilters(params: URLSearchParams, known: KnownValues): { filters: InitiativeFilters } | { problems: string[] } {
  const problems: string[] = []
  const accepted = new Set<string>([...downloadParameters, ...pagingParameters])
  for (const name of new Set(params.keys())) {
    if (!accepted.has(name)) problems.push(`${quoted(name)} is not a parameter of this file; it takes ${downloadParameters.join(', ')}.`)
  }
  const filterParams = new URLSearchParams([...params].filter(([name]) => (listFilters as readonly string[]).includes(name) || (singleFilters as readonly string[]).includes(name)))
  for (const name of pagingParameters) filterParams.delete(name)
  const parsed = parseInitiativeFilters(filterParams, known)
  problems.push(...parsed.problems.map(describeFilterProblem))
  return problems.length ? { problems } : { filters: parsed.filters }
}

/** The filters a file applied, as its JSON says them (paging left out: a file holds every result). */
export const appliedFilters = ({ page: _page, all: _all, ...filters }: InitiativeFilters) => filters
