// /data/framework.json (and /<locale>/data/framework.json): every public table in one file. See lib/openData.ts.
import { frameworkJson, type FileContext } from '../files'

// Rendered per request (never at build time); the CMS reads behind it are tagged and kept at most five minutes.
export const dynamic = 'force-dynamic'

export const GET = (request: Request, context: FileContext): Promise<Response> => frameworkJson(request, context)
