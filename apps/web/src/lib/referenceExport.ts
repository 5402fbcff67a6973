/*
 * The bibliography's export files (BibTeX, RIS, CSL-JSON), all written from the
 * CSL-JSON of csl.ts, so that one reference has the same key in every format:
 * its slug (the BibTeX key, the RIS ID and the CSL id).
 */
import { Cite } from '@citation-js/core'
import '@citation-js/plugin-ris'

import { toCsl, type CitationForCsl, type CslItem, type CslName } from './csl'

export const exportFormats = {
  bib: { contentType: 'application/x-bibtex; charset=utf-8' },
  ris: { contentType: 'application/x-research-info-systems; charset=utf-8' },
  json: { contentType: 'application/vnd.citationstyles.csl+json; charset=utf-8' },
} as const

export type ExportFormat = keyof typeof exportFormats

export const isExportFormat = (value: string): value is ExportFormat => Object.hasOwn(exportFormats, value)

/** The bibliography's export files: `all.bib`, `all.ris`, `all.json`, or `<slug>.<ext>` for one reference. */
export type ExportRequest = { target: 'all' } | { target: 'one'; slug: string }

export const exportFormatList: readonly ExportFormat[] = ['bib', 'ris', 'json']

export const exportFormatLabel: Record<ExportFormat, string> = { bib: 'BibTeX', ris: 'RIS', json: 'CSL-JSON' }

/** Language-free addresses (under /api, which the locale proxy leaves alone). */
export const exportPath = (name: 'all' | string, format: ExportFormat): string => `/api/references/${encodeURIComponent(name)}.${format}`

/** `maas-villalobos-2023.ris` → the request and its format; null for any other name. */
export function parseExportFile(file: string): { request: ExportRequest; format: ExportFormat } | null {
  const match = /^([a-z0-9]+(?:-[a-z0-9]+)*)\.([a-z]+)$/.exec(file)
  if (!match || !isExportFormat(match[2]!)) return null
  const name = match[1]!
  return { request: name === 'all' ? { target: 'all' } : { target: 'one', slug: name }, format: match[2] }
}

/* ----------------------------------------------------------------- BibTeX */

/*
 * Written here rather than by citation-js, whose BibTeX output readers decode
 * wrongly: it spells é as `{\' e}` (read back as "ś e" by some parsers), keeps a
 * family-only person in braces (read back as an organisation), and leaves & and %
 * unescaped in names. Text is written as UTF-8 (the file says charset=utf-8; biber,
 * bibtex8 and every current reader take it); only LaTeX's special characters
 * become commands.
 */
const bibtexTypes: Record<CslItem['type'], string> = {
  'article-journal': 'article',
  report: 'techreport',
  book: 'book',
  chapter: 'incollection',
  webpage: 'misc',
}

// The field the "journal, series or website" goes in, for each type.
const bibtexContainerField: Record<CslItem['type'], string> = {
  'article-journal': 'journal',
  report: 'series',
  book: 'series',
  chapter: 'booktitle',
  webpage: 'howpublished',
}

// Each in its own braces: readers that split a list of names on " and " lose count after a bare `\%` or `\{`.
const latexCommands: Record<string, string> = {
  '\\': '{\\textbackslash}',
  '&': '{\\&}',
  '%': '{\\%}',
  $: '{\\$}',
  '#': '{\\#}',
  _: '{\\_}',
  '~': '{\\textasciitilde}',
  '^': '{\\textasciicircum}',
}

/** BibTeX counts braces even when escaped: `{\{}` and `{\}}` only keep a field whole when they pair up. */
function bracesPair(text: string): boolean {
  let depth = 0
  for (const char of text) {
    if (char === '{') depth += 1
    else if (char === '}' && --depth < 0) return false
  }
  return depth === 0
}

const braceCommands = { paired: { '{': '{\\{}', '}': '{\\}}' }, unpaired: { '{': '{\\textbraceleft}', '}': '{\\textbraceright}' } } as const

/** Plain text as BibTeX field text (the pairing of braces is judged on the whole value). */
function latex(text: string, paired = bracesPair(text)): string {
  const braces = braceCommands[paired ? 'paired' : 'unpaired']
  return text.replace(/[\\&%$#_~^{}]/g, (char) => (char === '{' || char === '}' ? braces[char] : latexCommands[char]!))
}

const WORD = /([\p{L}\p{M}\p{N}]+(?:['’.-][\p{L}\p{M}\p{N}]+)*)/u

/**
 * A title as written: every word with a capital letter is braced, so that styles and
 * readers that change case (sentence-case styles, importers such as Zotero's) keep it.
 */
function bibtexTitle(title: string): string {
  const paired = bracesPair(title)
  return title
    .split(WORD)
    .map((part, index) => (index % 2 === 1 && /\p{Lu}/u.test(part) ? `{${part}}` : latex(part, paired)))
    .join('')
}

/**
 * `Family, Given`; a family name alone stays bare when it is one word (a person, not an
 * organisation); braces keep a name of several words (or with a particle) whole, and an
 * organisation's name in one piece.
 */
function bibtexName(name: CslName): string {
  if ('literal' in name) return `{${latex(name.literal)}}`
  const family = /[\s,]|^\p{Ll}/u.test(name.family) ? `{${latex(name.family)}}` : latex(name.family)
  if (!name.given) return family
  return `${family}, ${/,|\band\b/i.test(name.given) ? `{${latex(name.given)}}` : latex(name.given)}`
}

// Addresses and DOIs are read verbatim; only what would unbalance the field is percent-encoded.
const verbatim = (value: string): string => value.replace(/[{}\\]/g, (char) => encodeURIComponent(char))

const isoDate = (date: CslItem['accessed']): string | undefined =>
  date?.['date-parts'][0]?.map((part, index) => (index ? String(part).padStart(2, '0') : String(part))).join('-')

function bibtexEntry(item: CslItem): string {
  const container = item['container-title'] ?? item['collection-title']
  const fields: [string, string | undefined][] = [
    ['author', item.author?.map(bibtexName).join(' and ')],
    ['title', item.title && bibtexTitle(item.title)],
    [bibtexContainerField[item.type], container && bibtexTitle(container)],
    [item.type === 'report' ? 'institution' : 'publisher', item.publisher && latex(item.publisher)],
    ['year', String(item.issued['date-parts'][0]![0])],
    ['doi', item.DOI && verbatim(item.DOI)],
    ['url', item.URL && verbatim(item.URL)],
    ['urldate', isoDate(item.accessed)],
  ]
  const body = fields.flatMap(([field, value]) => (value ? [`  ${field} = {${value}},`] : []))
  return [`@${bibtexTypes[item.type]}{${item.id},`, ...body, '}'].join('\n')
}

/* -------------------------------------------------------------------- RIS */

/*
 * citation-js maps the fields to RIS tags; the lines are written here: each on its
 * own, however long (citation-js breaks them every 70 characters, which readers join
 * back with a space), ending in CR LF as the RIS specification asks, and with the
 * whole key as the ID (citation-js cuts it to the old specification's 20 characters).
 */
type RisRecord = Record<string, string | number | (string | number)[]>

function risRecord(record: RisRecord, item: CslItem): string {
  const { TY, ...tags } = record
  tags.ID = item.id
  const lines = Object.entries(tags).flatMap(([tag, values]) => [values].flat().map((value) => `${tag}  - ${value}`))
  return [`TY  - ${TY}`, ...lines, 'ER  - '].map((line) => `${line}\r\n`).join('')
}

/* ---------------------------------------------------------------- exports */

/** The citations in one export format, as the file's text. */
export function exportCitations(citations: readonly CitationForCsl[], format: ExportFormat): string {
  const items = citations.map(toCsl)
  if (format === 'json') return `${JSON.stringify(items, null, 2)}\n`
  if (format === 'bib') return `${items.map(bibtexEntry).join('\n\n')}\n`
  const records = new Cite(items).format('ris', { format: 'object' }) as RisRecord[]
  return records.map((record, index) => risRecord(record, items[index]!)).join('')
}

/** The file as an attachment. */
export function exportResponse(citations: readonly CitationForCsl[], format: ExportFormat, filename: string): Response {
  return new Response(exportCitations(citations, format), {
    status: 200,
    headers: {
      'Content-Type': exportFormats[format].contentType,
      'Content-Disposition': `attachment; filename="${filename}"`,
      'X-Content-Type-Options': 'nosniff',
    },
  })
}

export const notFoundResponse = (): Response =>
  new Response('Not found\n', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
