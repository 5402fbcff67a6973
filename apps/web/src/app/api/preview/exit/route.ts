// POST (the banner's form) or GET /api/preview/exit?path=/en/risks/bias — turns
// draft mode off and returns to the published page.
import { draftMode } from 'next/headers'

import { sitePath } from '@global-ai-governance/content/server'

export const dynamic = 'force-dynamic'

async function exitPreview(path: string | null): Promise<Response> {
  ;(await draftMode()).disable()
  return new Response(null, { status: 303, headers: { location: sitePath(path) ?? '/', 'cache-control': 'no-store' } })
}

export async function GET(request: Request): Promise<Response> {
  return exitPreview(new URL(request.url).searchParams.get('path'))
}

export async function POST(request: Request): Promise<Response> {
  const form = await request.formData().catch(() => null)
  const path = form?.get('path')
  return exitPreview(typeof path === 'string' ? path : null)
}
