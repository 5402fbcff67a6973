import { exportCitations, exportFormats, isExportFormat, type CitationForCsl, type ExportFormat } from './csl'

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

/** The file as an attachment; the body is what citation-js writes. */
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
