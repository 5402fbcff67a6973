import { sitePaths, type Locale } from '@global-ai-governance/content'

import { Breadcrumbs } from '@/components/common/Breadcrumbs'
import { translator } from '@/lib/i18n'
import { pageSize, type FilterProblem, type InitiativeFilters } from '@/lib/initiativeFilters'
import type { JsonLdNode, PageContext } from '@/lib/seo/structuredData'
import { absoluteUrl } from '@/lib/seo/site'

import { FilterProblems, InitiativeFilterForm, type FilterChoices } from './InitiativeFilters'
import { InitiativeResults, type ResultsPage } from './InitiativeResults'

/**
 * The tracker of current efforts: what was ignored of the address (if
 * anything), the filters, then the results. Everything works without
 * JavaScript: the form is a GET form to this page.
 */
export function InitiativesIndex({
  locale,
  filters,
  problems,
  choices,
  results,
}: {
  locale: Locale
  filters: InitiativeFilters
  problems: readonly FilterProblem[]
  choices: FilterChoices
  results: ResultsPage
}) {
  const t = translator(locale)
  return (
    <>
      <Breadcrumbs locale={locale} trail={[{ label: t('breadcrumbs.home'), href: sitePaths.home(locale) }, { label: t('initiatives.breadcrumb') }]} />
      <h1>{t('initiatives.title')}</h1>
      <p className="lede">{t('initiatives.lede')}</p>
      <p>
        <a href={sitePaths.timeline(locale)}>{t('initiatives.timelineLink')}</a>
      </p>
      <FilterProblems problems={problems} locale={locale} />
      <div className="initiatives-index">
        <InitiativeFilterForm locale={locale} filters={filters} choices={choices} />
        <InitiativeResults locale={locale} filters={filters} results={results} />
      </div>
    </>
  )
}

/** A list page's JSON-LD: a CollectionPage whose main entity lists the initiatives shown, under its breadcrumb trail. */
export function initiativeCollectionJsonLd(
  page: PageContext,
  { name, description, path, trail, initiatives, total, firstPosition = 1 }: {
    name: string
    description: string
    path: string
    /** Below home, the page itself last. */
    trail: readonly { name: string; path: string }[]
    initiatives: readonly { title: string; slug: string }[]
    total: number
    firstPosition?: number
  },
): JsonLdNode {
  const home = sitePaths.home(page.locale)
  const url = absoluteUrl(page.baseUrl, path)
  const homeUrl = absoluteUrl(page.baseUrl, home)
  const crumbs = [{ name: translator(page.locale)('breadcrumbs.home'), path: home }, ...trail]
  return {
    '@context': 'https://schema.org',
    '@graph': [
      {
        '@type': 'CollectionPage',
        '@id': url,
        name,
        description,
        url,
        inLanguage: page.locale,
        isPartOf: { '@type': 'WebSite', '@id': `${homeUrl}#website`, name: page.siteName, url: homeUrl },
        mainEntity: {
          '@type': 'ItemList',
          numberOfItems: total,
          itemListElement: initiatives.map((initiative, index) => ({
            '@type': 'ListItem',
            position: firstPosition + index,
            name: initiative.title,
            url: absoluteUrl(page.baseUrl, sitePaths.initiative(page.locale, initiative.slug)),
          })),
        },
      },
      {
        '@type': 'BreadcrumbList',
        itemListElement: crumbs.map((crumb, index) => ({ '@type': 'ListItem', position: index + 1, name: crumb.name, item: absoluteUrl(page.baseUrl, crumb.path) })),
      },
    ],
  }
}

/** The index's JSON-LD: the initiatives of this page of results (at most one page's worth, even with "show all"). */
export function initiativesIndexJsonLd(page: PageContext, filters: InitiativeFilters, results: ResultsPage): JsonLdNode {
  const t = translator(page.locale)
  const path = sitePaths.initiatives(page.locale)
  return initiativeCollectionJsonLd(page, {
    name: t('initiatives.title'),
    description: t('initiatives.metaDescription'),
    path,
    trail: [{ name: t('initiatives.breadcrumb'), path }],
    initiatives: results.docs.slice(0, pageSize),
    total: results.totalDocs,
    firstPosition: filters.all ? 1 : (results.page - 1) * pageSize + 1,
  })
}
