import { type NextRequest, NextResponse } from 'next/server'

import { defaultLocale, isLocale } from './lib/locales'

/**
 * Every page lives under a language prefix (/en, /fr, …). Addresses without
 * one are served in English at the same path, so "/" stays a stable home.
 */
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl
  const first = pathname.split('/')[1] ?? ''
  if (isLocale(first)) return NextResponse.next()
  const url = request.nextUrl.clone()
  url.pathname = `/${defaultLocale}${pathname === '/' ? '' : pathname}`
  return NextResponse.rewrite(url)
}

export const config = {
  matcher: ['/((?!_next/|api/|favicon.ico|robots.txt|sitemap.xml|feed.xml|opengraph-image).*)'],
}
