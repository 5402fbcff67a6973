import type { ReactNode } from 'react'

import { defaultLocale, populatedOnly, sitePaths, type ActorSummary, type InitiativeKind, type InitiativeStatus, type Locale, type Relation } from '@global-ai-governance/content'

import { fallbackAttrs } from '@/components/common/TranslationNotice'
import { translator, type Translator } from '@/lib/i18n'
import { filtersQuery, isFiltered, pageNumbers, pageSize, type InitiativeFilters } from '@/lib/initiativeFilters'

import { formatKeyDate, initiativeKindLabel, initiativeStatusLabel } from './labels'

/** What a row of the index shows (lib/cms getInitiativesList). */
export interface ListedInitiative {
  id: number
  title: string
  slug: string
  kind: InitiativeKind
  status: InitiativeStatus
  keyDate?: string | null
  identifier?: string | null
  actors?: readonly Relation<ActorSummary>[] | null
  /** "en" when the title is the English fallback. */
  lang?: 'en' | undefined
}

export interface ResultsPage {
  docs: readonly ListedInitiative[]
  totalDocs: number
  /** 1-based. */
  page: number
  totalPages: number
}

/**
 * Where the open-data routes serve the same results: they read the index's
 * parameters, and `locale` for a file in another language than English (the
 * page's own language, so the file says what the page says).
 */
export const dataPaths = {
  csv: (locale: Locale, query: URLSearchParams) => withQuery('/data/initiatives.csv', locale, query),
  json: (locale: Locale, query: URLSearchParams) => withQuery('/data/initiatives.json', locale, query),
}

const withQuery = (path: string, locale: Locale, query: URLSearchParams) => {
  const params = new URLSearchParams(query)
  if (locale !== defaultLocale) params.set('locale', locale)
  const search = params.toString()
  return search ? `${path}?${search}` : path
}

/** A key date in words at its precision, in a machine-readable <time>; or "Date not recorded". */
export function KeyDate({ value, locale, t }: { value: string | null | undefined; locale: Locale; t: Translator }) {
  return value ? <time dateTime={value}>{formatKeyDate(locale, value)}</time> : <span className="secondary-text">{t('initiatives.dateNotRecorded')}</span>
}

function Actors({ actors, locale }: { actors: ListedInitiative['actors']; locale: Locale }) {
  const shown = populatedOnly(actors ?? [])
  if (shown.length === 0) return null
  return (
    <ul className="inline-list">
      {shown.map((actor) => (
        <li key={actor.id}>
          <a href={sitePaths.actor(locale, actor.slug)}>
            {actor.shortName && actor.shortName !== actor.name ? <abbr title={actor.name}>{actor.shortName}</abbr> : actor.name}
          </a>
        </li>
      ))}
    </ul>
  )
}

/** A cell with its column's name in front of the value, shown only where the table becomes a list of cards (phones). */
function Cell({ label, children }: { label: string; children: ReactNode }) {
  const empty = children === null || children === undefined || children === ''
  return (
    <td className={empty ? 'initiatives-table__empty' : undefined}>
      {empty ? null : (
        <>
          <span className="initiatives-table__label">{label}: </span>
          {children}
        </>
      )}
    </td>
  )
}

/**
 * The results as one table: on wide screens a compact table (caption, column
 * headers, the name as each row's header); on phones the same markup shows as
 * a list of cards, each value with its column's name (CSS only).
 */
export function ResultsTable({ initiatives, locale }: { initiatives: readonly ListedInitiative[]; locale: Locale }) {
  const t = translator(locale)
  const column = (name: 'identifier' | 'kind' | 'status' | 'date' | 'actors') => t(`initiatives.table.${name}`)
  return (
    <table className="table initiatives-table">
      <caption className="visually-hidden">{t('initiatives.table.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('initiatives.table.title')}</th>
          <th scope="col">{column('identifier')}</th>
          <th scope="col">{column('kind')}</th>
          <th scope="col">{column('status')}</th>
          <th scope="col">{column('date')}</th>
          <th scope="col">{column('actors')}</th>
        </tr>
      </thead>
      <tbody>
        {initiatives.map((initiative) => (
          <tr key={initiative.id}>
            <th scope="row">
              <a href={sitePaths.initiative(locale, initiative.slug)} {...fallbackAttrs(initiative.lang)}>
                {initiative.title}
              </a>
            </th>
            <Cell label={column('identifier')}>{initiative.identifier || null}</Cell>
            <Cell label={column('kind')}>{initiativeKindLabel(t, initiative.kind)}</Cell>
            <Cell label={column('status')}>{initiativeStatusLabel(t, initiative.status)}</Cell>
            <Cell label={column('date')}>
              <KeyDate value={initiative.keyDate} locale={locale} t={t} />
            </Cell>
            <Cell label={column('actors')}>{populatedOnly(initiative.actors ?? []).length ? <Actors actors={initiative.actors} locale={locale} /> : null}</Cell>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

/** GOV.UK's pagination: previous, the page numbers (with gaps), next; every link keeps the filters. */
export function Pagination({ locale, filters, page, totalPages }: { locale: Locale; filters: InitiativeFilters; page: number; totalPages: number }) {
  if (totalPages <= 1) return null
  const t = translator(locale)
  const href = (number: number) => sitePaths.initiatives(locale, filtersQuery(filters, { page: number }))
  return (
    <nav className="pagination" aria-label={t('initiatives.pagination.label')}>
      {page > 1 ? (
        <div className="pagination__prev">
          <a href={href(page - 1)} rel="prev">
            {t('initiatives.pagination.previous')}
          </a>
        </div>
      ) : null}
      <ul className="pagination__list">
        {pageNumbers(page, totalPages).map((number, index) =>
          number === null ? (
            <li key={`gap-${index}`} className="pagination__item pagination__item--ellipsis">
              ⋯
            </li>
          ) : (
            <li key={number} className={number === page ? 'pagination__item pagination__item--current' : 'pagination__item'}>
              <a href={href(number)} aria-label={t('initiatives.pagination.page', { page: number })} aria-current={number === page ? 'page' : undefined}>
                {number}
              </a>
            </li>
          ),
        )}
      </ul>
      {page < totalPages ? (
        <div className="pagination__next">
          <a href={href(page + 1)} rel="next">
            {t('initiatives.pagination.next')}
          </a>
        </div>
      ) : null}
    </nav>
  )
}

/**
 * The results: their count (a heading, announced as a status), which of them
 * this page shows, downloads of the same results, the table and the pages.
 */
export function InitiativeResults({ locale, filters, results }: { locale: Locale; filters: InitiativeFilters; results: ResultsPage }) {
  const t = translator(locale)
  const { docs, totalDocs, page, totalPages } = results
  const query = filtersQuery(filters)
  const paged = !filters.all && totalPages > 1
  const start = (page - 1) * pageSize + 1
  return (
    <section className="initiatives-results" aria-labelledby="initiatives-results">
      <div role="status">
        <h2 id="initiatives-results" tabIndex={-1}>
          {t('initiatives.count', { count: totalDocs })}
        </h2>
      </div>
      {totalDocs === 0 ? (
        <p>{isFiltered(filters) ? t('initiatives.empty') : t('initiatives.noneYet')}</p>
      ) : (
        <>
          {paged ? <p className="secondary-text">{t('initiatives.range', { start, end: start + docs.length - 1, total: totalDocs })}</p> : null}
          <ul className="inline-list initiatives-downloads" aria-label={t('initiatives.download.label')}>
            <li>
              <a href={dataPaths.csv(locale, query)} type="text/csv">
                {t('initiatives.download.csv')}
              </a>
            </li>
            <li>
              <a href={dataPaths.json(locale, query)} type="application/json">
                {t('initiatives.download.json')}
              </a>
            </li>
            <li>
              <a href={sitePaths.openData(locale)}>{t('initiatives.download.about')}</a>
            </li>
          </ul>
          <ResultsTable initiatives={docs} locale={locale} />
          <Pagination locale={locale} filters={filters} page={page} totalPages={totalPages} />
          {paged ? (
            <p>
              <a href={sitePaths.initiatives(locale, filtersQuery(filters, { all: true }))}>{t('initiatives.pagination.showAll', { count: totalDocs })}</a>
            </p>
          ) : filters.all && totalDocs > pageSize ? (
            <p>
              <a href={sitePaths.initiatives(locale, query)}>{t('initiatives.pagination.showPages', { size: pageSize })}</a>
            </p>
          ) : null}
        </>
      )}
    </section>
  )
}
