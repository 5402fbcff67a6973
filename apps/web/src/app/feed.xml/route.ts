import { getRecentChanges } from '@/lib/cms'
import { buildAtomFeed, feedSize } from '@/lib/seo/feed'
import { unavailableResponse, xmlResponse } from '@/lib/seo/responses'
import { siteUrl } from '@/lib/seo/site'

// Rendered per request (never at build time, when the CMS is not running); the CMS reads
// behind it are in the data cache, by tag and for at most five minutes.
export const dynamic = 'force-dynamic'

/** Atom 1.0: the latest published changes to building blocks, risks, benefits and media, in English. */
export async function GET(): Promise<Response> {
  let documents: Awaited<ReturnType<typeof getRecentChanges>>
  try {
    documents = await getRecentChanges(feedSize)
  } catch (error) {
    return unavailableResponse('The feed', error)
  }
  return xmlResponse(buildAtomFeed(siteUrl(), documents), 'application/atom+xml; charset=utf-8')
}
