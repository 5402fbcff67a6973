// sitemap.xml as a route handler rather than `app/sitemap.ts`: a metadata route cannot
// answer 503, and a sitemap must not be built (or cached) from a CMS that did not answer.
import { getSitemapSources } from '@/lib/cms'
import { unavailableResponse, xmlResponse } from '@/lib/seo/responses'
import { siteUrl } from '@/lib/seo/site'
import { buildSitemap, sitemapXml } from '@/lib/seo/sitemap'

// Rendered per request (never at build time, when the CMS is not running); the CMS reads
// behind it are in the data cache, by tag and for at most five minutes.
export const dynamic = 'force-dynamic'

export async function GET(): Promise<Response> {
  let sources: Awaited<ReturnType<typeof getSitemapSources>>
  try {
    sources = await getSitemapSources()
  } catch (error) {
    return unavailableResponse('The sitemap', error)
  }
  return xmlResponse(sitemapXml(buildSitemap(siteUrl(), sources)), 'application/xml; charset=utf-8')
}
