import { sitePaths, yearOf, type InitiativeKind, type InitiativeStatus, type Locale } from '@global-ai-governance/content'

import { Breadcrumbs } from '@/components/common/Breadcrumbs'
import { fallbackAttrs } from '@/components/common/TranslationNotice'
import { translator, type Translator } from '@/lib/i18n'
import type { JsonLdNode, PageContext } from '@/lib/seo/structuredData'

import { initiativeCollectionJsonLd } from './InitiativesIndex'
import { KeyDate } from './InitiativeResults'
import { formatKeyDate, initiativeKindLabel, initiativeStatusLabel } from './labels'

/** What the timeline shows of an initiative (lib/cms getInitiativesTimeline). */
export interface TimelineEntry {
  id: number
  title: string
  slug: string
  kind: InitiativeKind
  status: InitiativeStatus
  keyDate?: string | null
  lang?: 'en' | undefined
}

export interface TimelineYear<T extends TimelineEntry = TimelineEntry> {
  year: number
  entries: T[]
}

/**
 * The initiatives by year, oldest first; within a year by key date (a date
 * known only to the year comes before the months of that year), then by
 * title. Those without a key date are kept apart, for the end of the page.
 */
export function timelineYears<T extends TimelineEntry>(initiatives: readonly T[]): { years: TimelineYear<T>[]; undated: T[] } {
  const dated = initiatives.filter((initiative) => initiative.keyDate)
  const undated = initiatives.filter((initiative) => !initiative.keyDate)
  const sorted = [...dated].sort((a, b) => (a.keyDate! < b.keyDate! ? -1 : a.keyDate! > b.keyDate! ? 1 : a.title.localeCompare(b.title)))
  const years: TimelineYear<T>[] = []
  for (const initiative of sorted) {
    const year = yearOf(initiative.keyDate!)
    const last = years.at(-1)
    if (last && last.year === year) last.entries.push(initiative)
    else years.push({ year, entries: [initiative] })
  }
  return { years, undated: [...undated].sort((a, b) => a.title.localeCompare(b.title)) }
}

function Entry({ initiative, locale, t }: { initiative: TimelineEntry; locale: Locale; t: Translator }) {
  return (
    <li className="timeline__entry">
      {initiative.keyDate ? (
        <p className="timeline__date">
          <KeyDate value={initiative.keyDate} locale={locale} t={t} />
        </p>
      ) : null}
      <h3 className="timeline__title">
        <a href={sitePaths.initiative(locale, initiative.slug)} {...fallbackAttrs(initiative.lang)}>
          {initiative.title}
        </a>
      </h3>
      <p className="timeline__meta">
        {initiativeKindLabel(t, initiative.kind)}
        <span aria-hidden="true"> · </span>
        <span className="visually-hidden">, </span>
        {initiativeStatusLabel(t, initiative.status)}
      </p>
    </li>
  )
}

/** The timeline: one section per year, each with the year as its heading; then "Date not recorded". Plain HTML. */
export function Timeline({ initiatives, locale }: { initiatives: readonly TimelineEntry[]; locale: Locale }) {
  const t = translator(locale)
  const { years, undated } = timelineYears(initiatives)
  return (
    <>
      <Breadcrumbs
        locale={locale}
        trail={[
          { label: t('breadcrumbs.home'), href: sitePaths.home(locale) },
          { label: t('initiatives.breadcrumb'), href: sitePaths.initiatives(locale) },
          { label: t('initiatives.timeline.breadcrumb') },
        ]}
      />
      <h1>{t('initiatives.timeline.title')}</h1>
      <p className="lede">{t('initiatives.timeline.lede')}</p>
      <p>
        <a href={sitePaths.initiatives(locale)}>{t('initiatives.indexLink')}</a>
      </p>
      {initiatives.length === 0 ? <p>{t('initiatives.timeline.empty')}</p> : null}
      {years.length > 1 ? (
        <nav className="timeline-years" aria-label={t('initiatives.timeline.years')}>
          <ul className="inline-list">
            {years.map(({ year }) => (
              <li key={year}>
                <a href={`#year-${year}`}>{formatKeyDate(locale, String(year))}</a>
              </li>
            ))}
            {undated.length ? (
              <li>
                <a href="#year-undated">{t('initiatives.timeline.undated')}</a>
              </li>
            ) : null}
          </ul>
        </nav>
      ) : null}
      {years.map(({ year, entries }) => (
        <section key={year} className="timeline" aria-labelledby={`year-${year}`}>
          <h2 id={`year-${year}`}>{formatKeyDate(locale, String(year))}</h2>
          <ol className="timeline__list">
            {entries.map((initiative) => (
              <Entry key={initiative.id} initiative={initiative} locale={locale} t={t} />
            ))}
          </ol>
        </section>
      ))}
      {undated.length ? (
        <section className="timeline" aria-labelledby="year-undated">
          <h2 id="year-undated">{t('initiatives.timeline.undated')}</h2>
          <ul className="timeline__list">
            {undated.map((initiative) => (
              <Entry key={initiative.id} initiative={initiative} locale={locale} t={t} />
            ))}
          </ul>
        </section>
      ) : null}
    </>
  )
}

/** The timeline's JSON-LD: a CollectionPage counting every initiative, under Home › Current efforts › Timeline. */
export function timelineJsonLd(page: PageContext, initiatives: readonly TimelineEntry[]): JsonLdNode {
  const t = translator(page.locale)
  const path = sitePaths.timeline(page.locale)
  const { years, undated } = timelineYears(initiatives)
  return initiativeCollectionJsonLd(page, {
    name: t('initiatives.timeline.title'),
    description: t('initiatives.timeline.metaDescription'),
    path,
    trail: [
      { name: t('initiatives.breadcrumb'), path: sitePaths.initiatives(page.locale) },
      { name: t('initiatives.timeline.breadcrumb'), path },
    ],
    // In the page's order; the list of 1,000 stays out of the JSON-LD (the count says how many).
    initiatives: [...years.flatMap((year) => year.entries), ...undated].slice(0, 100),
    total: initiatives.length,
  })
}
