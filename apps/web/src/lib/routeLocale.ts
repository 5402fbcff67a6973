import { isLocale, type Locale } from '@global-ai-governance/content'
import { notFound } from 'next/navigation'

/** The language of a page from its `[locale]` route segment; any other first segment is the site's 404. */
export function routeLocale(segment: string): Locale {
  if (!isLocale(segment)) notFound()
  return segment
}

/** The props of a document's page, `/[locale]/<section>/[slug]`. */
export type DocumentRouteProps = { params: Promise<{ locale: string; slug: string }> }

/** A document page's language (any other first segment is the 404) and slug. */
export async function documentRoute({ params }: DocumentRouteProps): Promise<{ locale: Locale; slug: string }> {
  const { locale, slug } = await params
  return { locale: routeLocale(locale), slug }
}
