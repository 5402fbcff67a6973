/*
 * The initiatives index's GET parameters: parsed, checked and turned into a
 * Payload `where`. Nothing a visitor types reaches the CMS unchecked: every
 * value is either one of a known list (slugs of building blocks, risks and
 * actors the page has read anyway; the kernel's kinds and statuses), a year
 * from 1900 to 2100, a short text without control characters, or it is left
 * out and named as a problem the page shows above the results. The page still
 * answers 200 with the results of what was valid.
 *
 * Contract (every name may appear in any order; unknown names are ignored):
 *   block, risk, kind, status, actor   slugs / vocabulary values; may repeat (any of them)
 *   from, to                           years (1900–2100), by the initiative's key date
 *   q                                  text in title, official title, identifier or summary
 *   sort                               date-desc (default) | date-asc | name
 *   page                               1-based, 50 a page; or all=1 for every result
 */
import { initiativeKinds, initiativeStatuses, searchLimits, type InitiativeKind, type InitiativeStatus, type Where } from '@global-ai-governance/content'

export const sortOrders = ['date-desc', 'date-asc', 'name'] as const
export type SortOrder = (typeof sortOrders)[number]
export const defaultSort: SortOrder = 'date-desc'

/** Results on one page of the index. */
export const pageSize = 50

/** `all=1` reads at most this many in one page (the list stays one request even with 1,000 initiatives). */
export const showAllLimit = 5000

export const yearBounds = { min: 1900, max: 2100 } as const

/** At most this many values of one list filter are read; the rest are ignored (and the page says so). */
export const maxValuesPerFilter = 100

/** The longest text filter: the same bound as the site's search. */
export const maxQueryLength = searchLimits.maxQueryLength

/** The filters that take several values ("any of them"). */
export const listFilters = ['block', 'risk', 'kind', 'status', 'actor'] as const
export type ListFilter = (typeof listFilters)[number]

/** The parameters that take one value. */
export const singleFilters = ['from', 'to', 'q', 'sort', 'page', 'all'] as const
export type SingleFilter = (typeof singleFilters)[number]

export type FilterName = ListFilter | SingleFilter

export interface InitiativeFilters {
  block: string[]
  risk: string[]
  kind: InitiativeKind[]
  status: InitiativeStatus[]
  actor: string[]
  from: number | null
  to: number | null
  q: string
  sort: SortOrder
  /** 1-based; 1 when `all` is set. */
  page: number
  all: boolean
}

/** What was wrong with a parameter; the page words it in the visitor's language. Values are shortened for display. */
export type FilterProblem =
  | { kind: 'unknown'; filter: ListFilter; value: string }
  | { kind: 'tooMany'; filter: ListFilter; max: number }
  | { kind: 'year'; filter: 'from' | 'to'; value: string }
  | { kind: 'yearOrder'; filter: 'from'; from: number; to: number }
  | { kind: 'tooLong'; filter: 'q'; max: number }
  | { kind: 'controlChars'; filter: 'q' }
  | { kind: 'repeated'; filter: SingleFilter; value: string }
  | { kind: 'sort'; filter: 'sort'; value: string }
  | { kind: 'page'; filter: 'page'; value: string }
  | { kind: 'pageRange'; filter: 'page'; value: number; page: number }
  | { kind: 'all'; filter: 'all'; value: string }

export interface ParsedFilters {
  filters: InitiativeFilters
  problems: FilterProblem[]
}

/** The slugs the page offers for each relationship filter (kinds and statuses come from the kernel). */
export interface KnownValues {
  block: readonly string[]
  risk: readonly string[]
  actor: readonly string[]
}

/** Next's `searchParams`, or a URLSearchParams (tests, route handlers). */
export type RawParams = URLSearchParams | Readonly<Record<string, string | readonly string[] | undefined>>

export const emptyFilters = (): InitiativeFilters => ({
  block: [],
  risk: [],
  kind: [],
  status: [],
  actor: [],
  from: null,
  to: null,
  q: '',
  sort: defaultSort,
  page: 1,
  all: false,
})

const shownLength = 40

/** A visitor's value as the page may quote it: no control characters, at most 40 characters. */
export const displayValue = (value: string): string => {
  const clean = value.replace(/[\p{Cc}\p{Cs}]/gu, ' ').replace(/\s+/g, ' ').trim()
  const characters = [...clean]
  return characters.length > shownLength ? `${characters.slice(0, shownLength).join('')}…` : clean
}

const valuesOf = (params: RawParams, name: string): string[] => {
  if (params instanceof URLSearchParams) return params.getAll(name)
  const value = params[name]
  if (value === undefined) return []
  return typeof value === 'string' ? [value] : [...value]
}

// Phones with Arabic, Persian or full-width keyboards type these digits in a numeric field.
const asciiDigits = (value: string): string =>
  value.replace(/[\u0660-\u0669\u06F0-\u06F9\uFF10-\uFF19]/g, (digit) => {
    const code = digit.charCodeAt(0)
    const zero = code >= 0xff10 ? 0xff10 : code >= 0x06f0 ? 0x06f0 : 0x0660
    return String(code - zero)
  })

/** A year from 1900 to 2100, or null. */
export const parseYear = (value: string): number | null => {
  const digits = asciiDigits(value.trim())
  if (!/^\d{4}$/.test(digits)) return null
  const year = Number(digits)
  return year >= yearBounds.min && year <= yearBounds.max ? year : null
}

/**
 * The text filter made safe to send: control characters and broken surrogate
 * halves (which cannot even be put in an address) become spaces, runs of
 * spaces become one.
 */
export const cleanQuery = (value: string): { text: string; stripped: boolean } => {
  const stripped = /[\p{Cc}\p{Cs}]/u.test(value)
  return { text: value.replace(/[\p{Cc}\p{Cs}]/gu, ' ').replace(/\s+/g, ' ').trim(), stripped }
}

const kindValues: readonly string[] = initiativeKinds.map((kind) => kind.value)
const statusValues: readonly string[] = initiativeStatuses.map((status) => status.value)

/** The one value of a single-valued parameter: the first non-empty one, and a problem when there were more. */
function single(params: RawParams, name: SingleFilter, problems: FilterProblem[]): string | null {
  const given = valuesOf(params, name).filter((value) => value.trim() !== '')
  if (given.length === 0) return null
  const first = given[0]!
  if (given.length > 1) problems.push({ kind: 'repeated', filter: name, value: displayValue(first) })
  return first
}

function list<V extends string>(params: RawParams, name: ListFilter, allowed: readonly string[], problems: FilterProblem[]): V[] {
  const given = [...new Set(valuesOf(params, name).map((value) => value.trim()).filter((value) => value !== ''))]
  if (given.length > maxValuesPerFilter) problems.push({ kind: 'tooMany', filter: name, max: maxValuesPerFilter })
  const known = new Set(allowed)
  const values: V[] = []
  for (const value of given.slice(0, maxValuesPerFilter)) {
    if (known.has(value)) values.push(value as V)
    else problems.push({ kind: 'unknown', filter: name, value: displayValue(value) })
  }
  return values
}

/** The index's parameters as filters, and what was ignored and why. Never throws. */
export function parseInitiativeFilters(params: RawParams, known: KnownValues): ParsedFilters {
  const problems: FilterProblem[] = []
  const filters = emptyFilters()

  filters.block = list(params, 'block', known.block, problems)
  filters.risk = list(params, 'risk', known.risk, problems)
  filters.kind = list<InitiativeKind>(params, 'kind', kindValues, problems)
  filters.status = list<InitiativeStatus>(params, 'status', statusValues, problems)
  filters.actor = list(params, 'actor', known.actor, problems)

  for (const name of ['from', 'to'] as const) {
    const raw = single(params, name, problems)
    if (raw === null) continue
    const year = parseYear(raw)
    if (year === null) problems.push({ kind: 'year', filter: name, value: displayValue(raw) })
    else filters[name] = year
  }
  if (filters.from !== null && filters.to !== null && filters.from > filters.to) {
    problems.push({ kind: 'yearOrder', filter: 'from', from: filters.from, to: filters.to })
    filters.from = null
    filters.to = null
  }

  const rawQuery = single(params, 'q', problems)
  if (rawQuery !== null) {
    // Measured before cleaning too: a 10 kB text is refused without being rewritten.
    if (rawQuery.length > maxQueryLength * 4) problems.push({ kind: 'tooLong', filter: 'q', max: maxQueryLength })
    else {
      const { text, stripped } = cleanQuery(rawQuery)
      if (stripped) problems.push({ kind: 'controlChars', filter: 'q' })
      if (text.length > maxQueryLength) problems.push({ kind: 'tooLong', filter: 'q', max: maxQueryLength })
      else filters.q = text
    }
  }

  const rawSort = single(params, 'sort', problems)
  if (rawSort !== null) {
    const sort = rawSort.trim()
    if ((sortOrders as readonly string[]).includes(sort)) filters.sort = sort as SortOrder
    else problems.push({ kind: 'sort', filter: 'sort', value: displayValue(rawSort) })
  }

  const rawAll = single(params, 'all', problems)
  if (rawAll !== null) {
    if (rawAll.trim() === '1') filters.all = true
    else problems.push({ kind: 'all', filter: 'all', value: displayValue(rawAll) })
  }

  const rawPage = single(params, 'page', problems)
  if (rawPage !== null && !filters.all) {
    const digits = asciiDigits(rawPage.trim())
    const page = /^\d{1,6}$/.test(digits) ? Number(digits) : 0
    if (page >= 1) filters.page = page
    else problems.push({ kind: 'page', filter: 'page', value: displayValue(rawPage) })
  }

  return { filters, problems }
}

/** True when any filter narrows the results (sorting and paging do not). */
export const isFiltered = (filters: InitiativeFilters): boolean =>
  listFilters.some((name) => filters[name].length > 0) || filters.from !== null || filters.to !== null || filters.q !== ''

/**
 * The filters as a query string, in a fixed order, with only valid values and
 * without defaults: the address of the same results (links, pagination, the
 * CSV and JSON downloads). `page` and `all` are left out unless given.
 */
export function filtersQuery(filters: InitiativeFilters, paging: { page?: number; all?: boolean } = {}): URLSearchParams {
  const query = new URLSearchParams()
  for (const name of listFilters) for (const value of filters[name]) query.append(name, value)
  if (filters.from !== null) query.set('from', String(filters.from))
  if (filters.to !== null) query.set('to', String(filters.to))
  if (filters.q) query.set('q', filters.q)
  if (filters.sort !== defaultSort) query.set('sort', filters.sort)
  if (paging.all) query.set('all', '1')
  else if (paging.page !== undefined && paging.page > 1) query.set('page', String(paging.page))
  return query
}

/** Slugs to ids, from the lists the page read for the form's options. */
export interface FilterIds {
  block: ReadonlyMap<string, number>
  risk: ReadonlyMap<string, number>
  actor: ReadonlyMap<string, number>
}

export const idsBySlug = (documents: readonly { id: number; slug: string }[]): Map<string, number> => new Map(documents.map((document) => [document.slug, document.id]))

const idsOf = (slugs: readonly string[], ids: ReadonlyMap<string, number>): number[] =>
  slugs.map((slug) => ids.get(slug)).filter((id): id is number => id !== undefined)

/** The fields the text filter looks in. */
export const textFields = ['title', 'officialTitle', 'identifier', 'summary'] as const

/**
 * The filters as a Payload `where`: each list filter is "any of" its values,
 * the filters together are "all of" them; years compare the key date as text
 * ("2024-05-17" >= "2024" and < "2025"). Undefined when nothing narrows.
 */
export function initiativesWhere(filters: InitiativeFilters, ids: FilterIds): Where | undefined {
  const and: Where[] = []
  const relation = (field: string, slugs: readonly string[], map: ReadonlyMap<string, number>) => {
    if (slugs.length === 0) return
    const found = idsOf(slugs, map)
    // A slug the page offered always has an id; should one not, the filter matches nothing rather than everything.
    and.push({ [field]: { in: found.length ? found : [0] } })
  }
  relation('buildingBlocks', filters.block, ids.block)
  relation('risks', filters.risk, ids.risk)
  relation('actors', filters.actor, ids.actor)
  if (filters.kind.length) and.push({ kind: { in: [...filters.kind] } })
  if (filters.status.length) and.push({ status: { in: [...filters.status] } })
  if (filters.from !== null) and.push({ keyDate: { greater_than_equal: String(filters.from) } })
  if (filters.to !== null) and.push({ keyDate: { less_than: String(filters.to + 1) } })
  if (filters.q) and.push({ or: textFields.map((field) => ({ [field]: { like: filters.q } })) })
  if (and.length === 0) return undefined
  return { and }
}

/** Payload `sort` for a sort order; ties by title, so pages do not reshuffle. */
export const initiativesSort = (sort: SortOrder): string[] =>
  sort === 'name' ? ['title', '-keyDate'] : sort === 'date-asc' ? ['keyDate', 'title'] : ['-keyDate', 'title']

/** Sorting by date reads dated and undated initiatives apart, so the undated come last whichever way dates run. */
export const sortsByDate = (sort: SortOrder): boolean => sort !== 'name'

/** `where` and a further condition, combined. */
export const andWhere = (where: Where | undefined, condition: Where): Where => (where ? { and: [...(where.and ?? [where]), condition] } : { and: [condition] })

/**
 * Where one page of a date-sorted list falls when the `datedTotal` dated
 * initiatives come first and the undated after them: how many of the page
 * come from the dated list (Payload's own page `page`), and which slice of
 * the undated list fills the rest.
 */
export function undatedSlice(datedTotal: number, page: number, size: number): { offset: number; count: number } {
  const start = (page - 1) * size
  const end = start + size
  if (end <= datedTotal) return { offset: 0, count: 0 }
  const offset = Math.max(0, start - datedTotal)
  const count = end - Math.max(start, datedTotal)
  return { offset, count }
}

/** Page numbers to show: the first, the last, and the current one with its neighbours; null marks a gap (GOV.UK pagination). */
export function pageNumbers(current: number, total: number): (number | null)[] {
  if (total <= 1) return []
  const wanted = new Set([1, total, current - 1, current, current + 1].filter((page) => page >= 1 && page <= total))
  const sorted = [...wanted].sort((a, b) => a - b)
  const shown: (number | null)[] = []
  sorted.forEach((page, index) => {
    const previous = sorted[index - 1]
    if (previous !== undefined && page - previous === 2) shown.push(previous + 1)
    else if (previous !== undefined && page - previous > 2) shown.push(null)
    shown.push(page)
  })
  return shown
}

/** True when the address narrows the list (for metadata: such pages stay out of search engines), without reading the CMS. */
export const hasNarrowingParams = (params: RawParams): boolean =>
  [...listFilters, 'from', 'to', 'q'].some((name) => valuesOf(params, name).some((value) => value.trim() !== ''))
