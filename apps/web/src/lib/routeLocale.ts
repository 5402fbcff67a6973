import { isLocale, type Locale } from '@global-ai-governance/content'
import { notFound } from 'next/navigation'

/** The language of a page from its `[locale]` route segment; any other first segment is the site's 404. */
export function routeLocale(segment: string): Locale {
  if (!isLocale(segment)) notFound()
  return segment
}
