// Exports of the bibliography: /api/references/all.bib|all.ris|all.json and /api/references/<slug>.bib|.ris|.json.
import { defaultLocale } from '@global-ai-governance/content'

import { sortCitations } from '@/lib/csl'
import { getCitation, getCitations } from '@/lib/cms'
import { exportResponse, notFoundResponse, parseExportFile } from '@/lib/referenceExport'

// Cached like the pages: rendered on first request, then refreshed at most every minute.
export const revalidate = 60

export function generateStaticParams() {
  return []
}

type Context = { params: Promise<{ file: string }> }

export async function GET(_request: Request, { params }: Context): Promise<Response> {
  const parsed = parseExportFile((await params).file)
  if (!parsed) return notFoundResponse()
  const { request, format } = parsed
  // Titles and authors are not localized, so the exports are the same in every language.
  if (request.target === 'all') {
    return exportResponse(sortCitations(await getCitations(defaultLocale)), format, `references.${format}`)
  }
  const citation = await getCitation(defaultLocale, request.slug)
  if (!citation) return notFoundResponse()
  return exportResponse([citation], format, `${citation.slug}.${format}`)
}
