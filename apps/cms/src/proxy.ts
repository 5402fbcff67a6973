import { NextResponse, type NextRequest } from 'next/server'

import { parseSearchParams } from './endpoints/searchParams'

const noStore = { 'cache-control': 'no-store' }

/**
 * Checks of the address as the client sent it, which only a proxy sees:
 *
 * - A path that is not percent-encoded UTF-8 (`/api/risks/%ZZ`,
 *   `/api/media/file/%C3%28`) is answered 400: Next.js cannot decode it into
 *   the API route's parameters and answers 500 (vercel/next.js#92527).
 * - Next.js mends a query string before a route reads it (an undecodable
 *   `%ZZ` becomes the text "%ZZ", bad UTF-8 becomes U+FFFD), so the search
 *   API's rules (endpoints/searchParams.ts) are applied here to the query
 *   string as sent, and again by the endpoint to what it reads.
 */
export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl
  try {
    decodeURIComponent(pathname)
  } catch {
    return NextResponse.json(
      { errors: [{ message: 'This address is not valid: each % in it must start a percent-encoded UTF-8 character (write % itself as %25).' }] },
      { status: 400, headers: noStore },
    )
  }
  if (pathname === '/api/search') {
    const parsed = parseSearchParams(search)
    if (!parsed.ok) return NextResponse.json({ error: parsed.error }, { status: 400, headers: noStore })
  }
  return NextResponse.next()
}

export const config = {
  // Addresses with a % in them, and the search API: a proxy holds request bodies in memory (up to
  // 10 MB), so it must not stand in front of uploads, whose addresses have none.
  matcher: ['/(.*%.*)', '/api/search'],
}
