// /data/building-blocks.csv (and /<locale>/data/building-blocks.csv): the published building-blocks, one row each. See lib/openData.ts.
import { tableCsv, type FileContext } from '../files'

// Rendered per request (never at build time); the CMS reads behind it are tagged and kept at most five minutes.
export const dynamic = 'force-dynamic'

export const GET = (request: Request, context: FileContext): Promise<Response> => tableCsv(request, context, 'buildingBlocks')
