import type { MetadataRoute } from 'next'

import { absoluteUrl, seoPaths } from './site'

/** Every public page may be crawled; the API routes may not. */
export function buildRobots(baseUrl: string): MetadataRoute.Robots {
  return {
    rules: [{ userAgent: '*', allow: '/', disallow: '/api/' }],
    sitemap: absoluteUrl(baseUrl, seoPaths.sitemap),
  }
}
