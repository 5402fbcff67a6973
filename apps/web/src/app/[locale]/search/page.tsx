import type { Metadata } from 'next'

import { SearchPage } from '@/components/search/SearchPage'
import { searchContent } from '@/lib/cms'
import { translator } from '@/lib/i18n'
import { routeLocale } from '@/lib/routeLocale'

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

// Depends on the query string: rendered on every request, never cached as a page
// (the layout's empty generateStaticParams would otherwise make it an on-demand static page).
export const dynamic = 'force-dynamic'

/** The CMS accepts queries of up to 200 characters. */
const maxQueryLength = 200

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = routeLocale((await params).locale)
  // Result pages are endless variations of one page: keep them out of search engines.
  return { title: translator(locale)('search.title'), robots: { index: false, follow: true } }
}

export default async function SearchRoute({ params, searchParams }: Props) {
  const locale = routeLocale((await params).locale)
  const raw = (await searchParams).q
  const query = (Array.isArray(raw) ? raw[0] ?? '' : raw ?? '').trim().slice(0, maxQueryLength)
  const outcome = query ? await searchContent(locale, query) : null
  return <SearchPage locale={locale} query={query} outcome={outcome} />
}
