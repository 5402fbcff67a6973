import type { MetadataRoute } from 'next'

import { buildRobots } from '@/lib/seo/robots'
import { siteUrl } from '@/lib/seo/site'

// The sitemap's address comes from WEB_PUBLIC_URL where the site runs, not where it was built.
export const dynamic = 'force-dynamic'

export default function robots(): MetadataRoute.Robots {
  return buildRobots(siteUrl())
}
