// What the open-data routes (./<file>/route.ts) share: the language, the reads, the files and their answers.
import { isLocale, type Locale } from '@global-ai-governance/content'

import { getOpenData, getOpenDataInitiatives } from '@/lib/cms'
import { defaultSort, filtersQuery, isFiltered } from '@/lib/initiativeFilters'
import {
  appliedFilters,
  badRequestResponse,
  downloadFilters,
  exportFilename,
  fileResponse,
  openDataTables,
  requestedLocale,
  slugIndex,
  tableRecords,
  toCsv,
  toJson,
  type ExportMeta,
  type OpenDataDocuments,
  type OpenDataTable,
} from '@/lib/openData'
import { unavailableResponse } from '@/lib/seo/responses'
import { siteUrl } from '@/lib/seo/site'

/** Route handlers under [locale]: /data/… (served in English by the locale proxy) and /fr/data/… alike. */
export type FileContext = { params: Promise<{ locale: string }> }

const notFound = (): Response => new Response('Not found\n', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })

const isNextSignal = (error: unknown): boolean => Boolean(error && typeof error === 'object' && 'digest' in error)

type Prepared = { params: URLSearchParams; meta: ExportMeta; documents: OpenDataDocuments }

/** The file's language and every published table, or the answer that says why not (404, 400, 503). */
async function prepare(request: Request, context: FileContext, what: string): Promise<Prepared | Response> {
  const pathLocale = (await context.params).locale
  if (!isLocale(pathLocale)) return notFound()
  const params = new URL(request.url).searchParams
  const language = requestedLocale(params, pathLocale)
  if ('problem' in language) return badRequestResponse([language.problem])
  const locale: Locale = language.locale
  let documents: OpenDataDocuments
  try {
    documents = await getOpenData(locale)
  } catch (error) {
    if (isNextSignal(error)) throw error
    return unavailableResponse(what, error)
  }
  return { params, documents, meta: { siteUrl: siteUrl(), locale, exportedAt: new Date().toISOString() } }
}

const recordContext = ({ meta, documents }: Prepared) => ({ locale: meta.locale, siteUrl: meta.siteUrl, slugs: slugIndex(documents) })

/** Only the language may be chosen for a table's file. */
function onlyLocale(params: URLSearchParams): Response | null {
  const other = [...new Set(params.keys())].filter((name) => name !== 'locale')
  return other.length ? badRequestResponse([`${other.map((name) => `“${name}”`).join(', ')}: this file takes no parameter but locale.`]) : null
}

/** /data/<table>.csv: one whole table. */
export async function tableCsv(request: Request, context: FileContext, key: Exclude<OpenDataTable, 'initiatives'>): Promise<Response> {
  const { file } = openDataTables[key]
  const prepared = await prepare(request, context, `The file ${file}.csv`)
  if (prepared instanceof Response) return prepared
  const refused = onlyLocale(prepared.params)
  if (refused) return refused
  const records = tableRecords(key, prepared.documents[key], recordContext(prepared))
  return fileResponse(toCsv(key, records), 'csv', exportFilename(file, 'csv', prepared.meta), prepared.meta)
}

/** /data/initiatives.csv and .json: every published initiative, or the list as filtered with the index's parameters. */
export async function initiativesFile(request: Request, context: FileContext, format: 'csv' | 'json'): Promise<Response> {
  const prepared = await prepare(request, context, `The file initiatives.${format}`)
  if (prepared instanceof Response) return prepared
  const { documents, meta } = prepared
  const parsed = downloadFilters(prepared.params, {
    block: documents.buildingBlocks.map((doc) => doc.slug),
    risk: documents.risks.map((doc) => doc.slug),
    actor: documents.actors.map((doc) => doc.slug),
  })
  if ('problems' in parsed) return badRequestResponse(parsed.problems)
  const { filters } = parsed
  let initiatives = documents.initiatives
  if (isFiltered(filters) || filters.sort !== defaultSort) {
    try {
      initiatives = await getOpenDataInitiatives(meta.locale, filters, documents)
    } catch (error) {
      if (isNextSignal(error)) throw error
      return unavailableResponse(`The file initiatives.${format}`, error)
    }
  }
  const records = tableRecords('initiatives', initiatives, recordContext(prepared))
  const filename = exportFilename('initiatives', format, meta)
  if (format === 'csv') return fileResponse(toCsv('initiatives', records), 'csv', filename, meta)
  const body = toJson(meta, { initiatives: records }, { filters: appliedFilters(filters), query: filtersQuery(filters).toString() })
  return fileResponse(body, 'json', filename, meta)
}

/** /data/framework.json: every public table in one file. */
export async function frameworkJson(request: Request, context: FileContext): Promise<Response> {
  const prepared = await prepare(request, context, 'The file framework.json')
  if (prepared instanceof Response) return prepared
  const refused = onlyLocale(prepared.params)
  if (refused) return refused
  const recordsContext = recordContext(prepared)
  const { documents } = prepared
  const tables = {
    initiatives: tableRecords('initiatives', documents.initiatives, recordsContext),
    buildingBlocks: tableRecords('buildingBlocks', documents.buildingBlocks, recordsContext),
    risks: tableRecords('risks', documents.risks, recordsContext),
    benefits: tableRecords('benefits', documents.benefits, recordsContext),
    actors: tableRecords('actors', documents.actors, recordsContext),
    references: tableRecords('references', documents.references, recordsContext),
  }
  return fileResponse(toJson(prepared.meta, tables), 'json', exportFilename('framework', 'json', prepared.meta), prepared.meta)
}
