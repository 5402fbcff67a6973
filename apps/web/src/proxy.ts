import { type NextRequest, NextResponse } from 'next/server'

import { cacheTagHeaders, defaultLocale, isLocale, pageCacheTags } from '@global-ai-governance/content'
import { contentSecurityPolicy, DRAFT_MODE_COOKIE, previewContentSecurityPolicy, servedOverHttps } from './lib/securityHeaders'
import { cmsOrigins } from './lib/seo/site'

/** Whether every %-sequence of a path is percent-encoded UTF-8 (`%ZZ`, `%C3%28`, a WTF-8 surrogate are not). */
const decodable = (path: string): boolean => {
  try {
    decodeURIComponent(path)
    return true
  } catch {
    return false
  }
}

// The paths the first matcher below leaves out (the proxy sees them only for the check of their encoding).
const notAPage = /^\/(?:_next\/|api\/|favicon\.ico|icon\.svg|robots\.txt|opengraph-image)/
// Site-wide files that show content: they carry its cache tags, and need no page policy.
const contentFiles = new Set(['/sitemap.xml', '/feed.xml'])

/**
 * Names what the answer shows for the cache tier in front (packages/content pageTags.ts), so a
 * publish purges exactly the pages it changed. A draft preview is never cached: it names nothing.
 */
function withCacheTags(response: NextResponse, request: NextRequest, pathname: string): NextResponse {
  if (request.cookies.has(DRAFT_MODE_COOKIE)) return response
  for (const [name, value] of Object.entries(cacheTagHeaders(pageCacheTags(pathname)))) response.headers.set(name, value)
  return response
}

/**
 * Every page lives under a language prefix (/en, /fr, …). Addresses without
 * one are served in English at the same path, so "/" stays a stable home.
 *
 * An address that is not percent-encoded UTF-8 is answered 400 here: Next.js
 * cannot decode it into a route's parameters and answers 500
 * (vercel/next.js#92527), for pages and API routes alike.
 */
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl
  if (!decodable(pathname)) {
    return new NextResponse('Bad request: this address is not valid. Each % in it must start a percent-encoded UTF-8 character (write % itself as %25).\n', {
      status: 400,
      headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' },
    })
  }
  if (notAPage.test(pathname)) return NextResponse.next()
  if (contentFiles.has(pathname)) return withCacheTags(NextResponse.next(), request, pathname)
  const first = pathname.split('/')[1] ?? ''
  let response: NextResponse
  if (isLocale(first)) {
    response = NextResponse.next()
  } else {
    const url = request.nextUrl.clone()
    url.pathname = `/${defaultLocale}${pathname === '/' ? '' : pathname}`
    response = NextResponse.rewrite(url)
  }
  // The page's policy for where this server runs (next.config.ts's is the build's): one build may
  // serve a plain-http staging host and the https site, and only the latter upgrades requests.
  const production = process.env.NODE_ENV === 'production'
  const https = servedOverHttps()
  if (request.cookies.has(DRAFT_MODE_COOKIE)) {
    // A draft preview may be shown inside the CMS's Live Preview pane (and only there).
    response.headers.set('Content-Security-Policy', previewContentSecurityPolicy({ production, https, cmsOrigins: cmsOrigins() }))
    response.headers.delete('X-Frame-Options')
  } else {
    response.headers.set('Content-Security-Policy', contentSecurityPolicy({ production, https }))
  }
  return withCacheTags(response, request, pathname)
}

export const config = {
  // The pages, the sitemap and the feed; and any address with a % in it, whose encoding is checked (no other API request pays for the proxy).
  matcher: ['/((?!_next/|api/|favicon.ico|icon.svg|robots.txt|opengraph-image).*)', '/(.*%.*)'],
}
