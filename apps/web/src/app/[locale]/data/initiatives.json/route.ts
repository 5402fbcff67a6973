// /data/initiatives.json (and /<locale>/data/initiatives.json): the published initiatives, filtered with the list's parameters. See lib/openData.ts.
import { initiativesFile, type FileContext } from '../files'

// Rendered per request (never at build time); the CMS reads behind it are tagged and kept at most five minutes.
export const dynamic = 'force-dynamic'

export const GET = (request: Request, context: FileContext): Promise<Response> => initiativesFile(request, context, 'json')
