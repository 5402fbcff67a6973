import { type NextRequest, NextResponse } from 'next/server'

import { defaultLocale, isLocale } from '@global-ai-governance/content'
import { DRAFT_MODE_COOKIE, previewContentSecurityPolicy } from './lib/securityHeaders'
import { cmsPublicUrl } from './lib/seo/site'

/**
 * Every page lives under a language prefix (/en, /fr, …). Addresses without
 * one are served in English at the same path, so "/" stays a stable home.
 */
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl
  const first = pathname.split('/')[1] ?? ''
  let response: NextResponse
  if (isLocale(first)) {
    response = NextResponse.next()
  } else {
    const url = request.nextUrl.clone()
    url.pathname = `/${defaultLocale}${pathname === '/' ? '' : pathname}`
    response = NextResponse.rewrite(url)
  }
  // A draft preview may be shown inside the CMS's Live Preview pane (and only there).
  if (request.cookies.has(DRAFT_MODE_COOKIE)) {
    response.headers.set('Content-Security-Policy', previewContentSecurityPolicy({ production: process.env.NODE_ENV === 'production', cmsOrigin: cmsPublicUrl() }))
    response.headers.delete('X-Frame-Options')
  }
  return response
}

export const config = {
  matcher: ['/((?!_next/|api/|favicon.ico|icon.svg|robots.txt|sitemap.xml|feed.xml|opengraph-image).*)'],
}
