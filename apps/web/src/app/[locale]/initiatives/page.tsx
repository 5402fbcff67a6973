import type { Metadata } from 'next'

import { InitiativesIndex, initiativesIndexJsonLd } from '@/components/initiatives/InitiativesIndex'
import { JsonLd } from '@/components/JsonLd'
import { alternatesFor } from '@/lib/alternates'
import { getInitiativeFilterOptions, getInitiativesList, getSite } from '@/lib/cms'
import { translator } from '@/lib/i18n'
import { hasNarrowingParams, parseInitiativeFilters } from '@/lib/initiativeFilters'
import { routeLocale } from '@/lib/routeLocale'
import { pageContext } from '@/lib/seo/structuredData'

// Publishes refresh the CMS reads at once through /api/revalidate; this is the safety net if a call is lost.
export const revalidate = 60
// The page depends on its query string: rendered on every request (its reads stay cached by tag).
export const dynamic = 'force-dynamic'

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const locale = routeLocale((await params).locale)
  const t = translator(locale)
  // A filtered list is one of endless variations of this page: followed, not indexed; the bare index is canonical.
  const narrowed = hasNarrowingParams(await searchParams)
  return {
    title: t('initiatives.title'),
    description: t('initiatives.metaDescription'),
    alternates: alternatesFor(locale, '/initiatives'),
    ...(narrowed ? { robots: { index: false, follow: true } } : {}),
  }
}

export default async function InitiativesRoute({ params, searchParams }: Props) {
  const locale = routeLocale((await params).locale)
  const [raw, choices, site] = await Promise.all([searchParams, getInitiativeFilterOptions(locale), getSite(locale)])
  // Bad values are ignored and named above the results; the page always answers.
  const { filters, problems } = parseInitiativeFilters(raw, {
    block: choices.buildingBlocks.map((block) => block.slug),
    risk: choices.risks.map((risk) => risk.slug),
    actor: choices.actors.map((actor) => actor.slug),
  })
  let results = await getInitiativesList(locale, filters, choices)
  let shown = filters
  if (!filters.all && filters.page > results.totalPages) {
    problems.push({ kind: 'pageRange', filter: 'page', value: filters.page, page: results.totalPages })
    shown = { ...filters, page: results.totalPages }
    if (results.totalDocs > 0) results = await getInitiativesList(locale, shown, choices)
    else results = { ...results, page: results.totalPages }
  }
  return (
    <>
      <JsonLd data={initiativesIndexJsonLd(pageContext(locale, site.siteName), shown, results)} />
      <InitiativesIndex locale={locale} filters={shown} problems={problems} choices={choices} results={results} />
    </>
  )
}
