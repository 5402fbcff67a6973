import { populatedOnly, sitePaths, type InitiativeSummary, type Locale, type Relation } from '@global-ai-governance/content'

import { translator } from '@/lib/i18n'

import { formatKeyDate, initiativeKindLabel, initiativeStatusLabel } from './labels'

/**
 * The initiatives a block, risk or actor page lists: each linked to its page,
 * with its kind, status and key date; then a link to all of them in the
 * tracker, filtered (`allHref`). A relation the reader may not see (a draft)
 * comes back as a bare id and is left out.
 */
export function InitiativeList({
  id,
  heading,
  initiatives,
  total,
  allHref,
  locale,
}: {
  id: string
  heading: string
  initiatives: readonly Relation<InitiativeSummary>[] | null | undefined
  /** How many there are in all (a join may return only the first of them). */
  total?: number
  allHref: string
  locale: Locale
}) {
  const t = translator(locale)
  const listed = populatedOnly(initiatives)
  const count = Math.max(total ?? 0, listed.length)
  return (
    <section aria-labelledby={id} className="initiative-list">
      <h2 id={id}>{heading}</h2>
      {listed.length ? (
        <>
          <ul className="plain-list">
            {listed.map((initiative) => (
              <li key={initiative.id}>
                <a href={sitePaths.initiative(locale, initiative.slug)} dir="auto">
                  {initiative.title}
                </a>
                <span className="secondary-text initiative-list__meta">
                  {' '}
                  {[initiativeKindLabel(t, initiative.kind), initiativeStatusLabel(t, initiative.status)].join(' · ')}
                  {initiative.keyDate ? (
                    <>
                      {' · '}
                      <time dateTime={initiative.keyDate}>{formatKeyDate(locale, initiative.keyDate)}</time>
                    </>
                  ) : null}
                </span>
              </li>
            ))}
          </ul>
          <p>
            <a href={allHref}>{t('initiative.seeAll', { count })}</a>
          </p>
        </>
      ) : (
        <p>{t('initiative.none')}</p>
      )}
    </section>
  )
}
