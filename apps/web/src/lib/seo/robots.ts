import type { MetadataRoute } from 'next'

import { absoluteUrl, seoPaths } from './site'

/**
 * Every public page may be crawled; the API routes may not. One Disallow and no Allow: with
 * `Allow: /` beside it, a first-match parser (the original 1994 rules, Python's robotparser)
 * would let crawlers into /api/ while a longest-match parser (RFC 9309, Google) would not.
 * Without an overlapping Allow both read the same rules.
 */
export function buildRobots(baseUrl: string): MetadataRoute.Robots {
  return {
    rules: [{ userAgent: '*', disallow: '/api/' }],
    sitemap: absoluteUrl(baseUrl, seoPaths.sitemap),
  }
}
