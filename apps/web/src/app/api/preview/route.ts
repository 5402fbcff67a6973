// GET /api/preview?path=/en/risks/bias&expires=…&signature=… — opened from the
// CMS (Preview button, Live Preview pane). A valid link turns on Next's draft
// mode for this browser and sends it to the page; anything else gets 401 and
// no cookie.
import { cookies, draftMode } from 'next/headers'
import { NextResponse } from 'next/server'

import { checkPreviewRequest } from '@global-ai-governance/content/server'
import { DRAFT_MODE_COOKIE } from '@/lib/securityHeaders'

export const dynamic = 'force-dynamic'

export async function GET(request: Request): Promise<Response> {
  const check = checkPreviewRequest(new URL(request.url).searchParams, process.env.PREVIEW_SECRET)
  if (!check.ok) {
    if (check.status === 503) console.error('GET /api/preview refused: PREVIEW_SECRET is not set.')
    return NextResponse.json({ error: check.error }, { status: check.status, headers: { 'cache-control': 'no-store' } })
  }
  if (!process.env.PREVIEW_API_KEY) {
    console.error('GET /api/preview refused: PREVIEW_API_KEY is not set, so drafts cannot be read.')
    return NextResponse.json({ error: 'Preview is not configured on this server (PREVIEW_API_KEY is not set).' }, { status: 503 })
  }
  ;(await draftMode()).enable()
  await fitDraftCookieToScheme(request)
  // A relative Location: the browser stays on this site, whatever the Host header says.
  return new Response(null, { status: 307, headers: { location: check.path, 'cache-control': 'no-store' } })
}

/**
 * Next marks the draft-mode cookie `Secure; SameSite=None` outside development.
 * Over https that is right (the CMS may frame the page from another site).
 * Over plain http a browser drops a Secure cookie set inside the CMS's Live
 * Preview frame (it keeps it only for localhost), so there the same cookie is
 * sent as `SameSite=Lax` without Secure: the CMS and the site are then one site.
 */
async function fitDraftCookieToScheme(request: Request) {
  const forwarded = request.headers.get('x-forwarded-proto')
  const https = (forwarded ?? new URL(request.url).protocol.replace(':', '')) === 'https'
  if (https) return
  const store = await cookies()
  const value = store.get(DRAFT_MODE_COOKIE)?.value
  if (value) store.set(DRAFT_MODE_COOKIE, value, { httpOnly: true, path: '/', sameSite: 'lax', secure: false })
}
