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

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = routeLocale((await params).locale)
  // Result pages are endless variations of one page: keep them out of search engines.
  return { title: translator(locale)('search.title'), robots: { index: false, follow: true } }
}

export default async function SearchRoute({ params, searchParams }: Props) {
  const locale = routeLocale((await params).locale)
  const raw = (await searchParams).q
  // `?q=a&q=b` is not one query: said so rather than guessing which was meant.
  if (Array.isArray(raw)) return <SearchPage locale={locale} query="" outcome={{ status: 'invalid', reason: 'unsearchable' }} />
  const query = (raw ?? '').trim()
  const outcome = query ? await searchContent(locale, query) : null
  return <SearchPage locale={locale} query={query} outcome={outcome} />
}
