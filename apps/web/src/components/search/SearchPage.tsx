import type { ReactNode } from 'react'

import { passageMarks, searchLimits, type Locale, type SearchCollection, type SearchResult } from '@global-ai-governance/content'

import { Breadcrumbs } from '@/components/common/Breadcrumbs'
import type { SearchOutcome } from '@/lib/cms'
import { translator, type Translator } from '@/lib/i18n'
import { sitePaths } from '@global-ai-governance/content'

/** What searchContent found: results, a query it cannot search, or an error. */
export type SearchPageOutcome = SearchOutcome

/** Where a result lives on this site. */
export const searchResultHref = (locale: Locale, result: Pick<SearchResult, 'collection' | 'slug'>): string => {
  switch (result.collection) {
    case 'building-blocks':
      return sitePaths.buildingBlock(locale, result.slug)
    case 'risks':
      return sitePaths.risk(locale, result.slug)
    case 'benefits':
      return sitePaths.benefit(locale, result.slug)
    case 'initiatives':
      return sitePaths.initiative(locale, result.slug)
    case 'actors':
      return sitePaths.actor(locale, result.slug)
    case 'media-entries':
      return sitePaths.mediaEntry(locale, result.slug)
    case 'citations':
      return sitePaths.reference(locale, result.slug)
  }
}

const collectionKey = {
  'building-blocks': 'buildingBlocks',
  risks: 'risks',
  benefits: 'benefits',
  initiatives: 'initiatives',
  actors: 'actors',
  'media-entries': 'mediaEntries',
  citations: 'citations',
} as const satisfies Record<SearchCollection, string>

const collectionName = (t: Translator, collection: SearchCollection): string => t(`search.collections.${collectionKey[collection]}`)

/** A plain GET form: searching works without JavaScript. */
export function SearchForm({ locale, query = '', id = 'search-q' }: { locale: Locale; query?: string; id?: string }) {
  const t = translator(locale)
  return (
    <form role="search" method="get" action={sitePaths.search(locale)} className="search-form">
      <label htmlFor={id}>{t('search.label')}</label>
      <input id={id} name="q" type="search" defaultValue={query} maxLength={searchLimits.maxQueryLength} required />
      <button type="submit">{t('search.submit')}</button>
    </form>
  )
}

/** The search page: the form, then the results of the query (if any), an empty state or an error. */
export function SearchPage({ locale, query, outcome }: { locale: Locale; query: string; outcome: SearchPageOutcome | null }) {
  const t = translator(locale)
  return (
    <>
      <Breadcrumbs locale={locale} trail={[{ label: t('breadcrumbs.home'), href: sitePaths.home(locale) }, { label: t('search.title') }]} />
      <h1>{t('search.title')}</h1>
      <SearchForm locale={locale} query={query} />
      {outcome === null ? (
        <p>{t('search.prompt')}</p>
      ) : outcome.status === 'error' ? (
        <div className="search-error" role="alert">
          <p>{t('search.error')}</p>
        </div>
      ) : outcome.status === 'invalid' ? (
        <div className="search-error" role="alert">
          <p>{outcome.reason === 'too-long' ? t('search.tooLong', { max: searchLimits.maxQueryLength }) : t('search.invalid')}</p>
        </div>
      ) : outcome.results.length === 0 ? (
        <p className="search-empty" role="status">
          {t('search.empty', { query })}
        </p>
      ) : (
        <section aria-labelledby="search-results">
          <h2 id="search-results">
            {t('search.count', { count: outcome.results.length, query })}
          </h2>
          <ol className="search-results">
            {outcome.results.map((result) => (
              <li key={`${result.collection}/${result.slug}`}>
                <p className="search-results__collection">{collectionName(t, result.collection)}</p>
                <h3 {...otherLanguage(result.language, locale)}>
                  <a href={searchResultHref(locale, result)}>{result.title || result.slug}</a>
                </h3>
                {result.passage ? (
                  <p {...otherLanguage(result.summaryLanguage ?? result.language, locale)}>
                    <Passage text={result.passage} />
                  </p>
                ) : result.summary ? (
                  <p {...otherLanguage(result.summaryLanguage ?? result.language, locale)}>{result.summary}</p>
                ) : null}
              </li>
            ))}
          </ol>
        </section>
      )}
    </>
  )
}

/** Text in another language than the page (the English fallback) says so, for screen readers and fonts. */
const otherLanguage = (language: string | undefined, locale: Locale) => (language && language !== locale ? { lang: language, dir: 'auto' as const } : {})

/** The matching passage, each matched word marked (the CMS puts them between `passageMarks`). */
export function Passage({ text }: { text: string }) {
  const parts: ReactNode[] = []
  let rest = text
  let index = 0
  while (rest) {
    const start = rest.indexOf(passageMarks.start)
    if (start < 0) {
      parts.push(rest)
      break
    }
    const end = rest.indexOf(passageMarks.end, start)
    if (end < 0) {
      parts.push(rest.replaceAll(passageMarks.start, ''))
      break
    }
    if (start > 0) parts.push(rest.slice(0, start))
    parts.push(<mark key={index++}>{rest.slice(start + 1, end)}</mark>)
    rest = rest.slice(end + 1)
  }
  return <>{parts}</>
}
