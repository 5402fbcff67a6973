import { populatedOnly, sitePaths, type Initiative, type Locale, type PageUpdates as Updates } from '@global-ai-governance/content'

import { Breadcrumbs } from '@/components/common/Breadcrumbs'
import { LinkedTitles } from '@/components/common/LinkedTitles'
import { PageUpdates } from '@/components/common/PageUpdates'
import { fallbackAttrs, fallbackLang, TranslationNotice } from '@/components/common/TranslationNotice'
import { formatDay } from '@/lib/dates'
import { safeLinkUrl } from '@/lib/embed'
import { translator } from '@/lib/i18n'

import { formatKeyDate, initiativeKindLabel, initiativeStatusLabel } from './labels'

/** What the page shows of an initiative (as `getInitiative` selects it). */
export type InitiativePageContent = Pick<
  Initiative,
  | 'title'
  | 'slug'
  | 'officialTitle'
  | 'identifier'
  | 'kind'
  | 'status'
  | 'statusCheckedOn'
  | 'dates'
  | 'keyDate'
  | 'buildingBlocks'
  | 'risks'
  | 'actors'
  | 'summary'
  | 'limits'
  | 'sources'
  | 'relatedInitiatives'
  | 'updatedAt'
>

const dateKeys = [
  ['announced', 'initiative.announced'],
  ['adopted', 'initiative.adopted'],
  ['inForce', 'initiative.inForce'],
] as const

/**
 * One initiative: what it is, where it stands (as of the day an editor
 * checked), when, who, its limits and official sources, and what it serves.
 */
export function InitiativePage({
  initiative,
  locale,
  untranslated = false,
  updates = null,
}: {
  initiative: InitiativePageContent
  locale: Locale
  untranslated?: boolean
  updates?: Updates | null
}) {
  const t = translator(locale)
  const lang = fallbackLang(untranslated)
  const actors = populatedOnly(initiative.actors)
  const related = populatedOnly(initiative.relatedInitiatives)
  const sources = (initiative.sources ?? []).flatMap((source) => {
    const href = safeLinkUrl(source.url)
    return href ? [{ ...source, href }] : []
  })
  return (
    <>
      <Breadcrumbs
        locale={locale}
        trail={[
          { label: t('breadcrumbs.home'), href: sitePaths.home(locale) },
          { label: t('initiatives.breadcrumb'), href: sitePaths.initiatives(locale) },
          { label: initiative.title, lang },
        ]}
      />
      <TranslationNotice locale={locale} untranslated={untranslated} />
      <h1 {...fallbackAttrs(lang)}>{initiative.title}</h1>
      {initiative.officialTitle ? (
        <p className="lede" {...fallbackAttrs(lang)}>
          {initiative.officialTitle}
        </p>
      ) : null}

      <dl className="initiative-facts">
        {initiative.identifier ? (
          <div>
            <dt>{t('initiative.identifier')}</dt>
            <dd dir="ltr">{initiative.identifier}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t('initiative.kind')}</dt>
          <dd>{initiativeKindLabel(t, initiative.kind)}</dd>
        </div>
        <div>
          <dt>{t('initiative.status')}</dt>
          <dd>
            {t.rich('initiative.statusAsOf', {
              status: initiativeStatusLabel(t, initiative.status),
              date: () => <time dateTime={initiative.statusCheckedOn}>{formatDay(locale, initiative.statusCheckedOn)}</time>,
            })}
          </dd>
        </div>
        {dateKeys.map(([key, label]) => {
          const value = initiative.dates?.[key]
          return value ? (
            <div key={key}>
              <dt>{t(label)}</dt>
              <dd>
                <time dateTime={value}>{formatKeyDate(locale, value)}</time>
              </dd>
            </div>
          ) : null
        })}
        {actors.length ? (
          <div>
            <dt>{t('initiative.actors')}</dt>
            <dd>
              <ul className="plain-list">
                {actors.map((actor) => (
                  <li key={actor.id}>
                    <a href={sitePaths.actor(locale, actor.slug)} dir="auto">
                      {actor.name}
                    </a>
                    {actor.shortName && actor.shortName !== actor.name ? ` (${actor.shortName})` : null}
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        ) : null}
      </dl>

      <p {...fallbackAttrs(lang)}>{initiative.summary}</p>

      {initiative.limits ? (
        <section aria-labelledby="limits-heading">
          <h2 id="limits-heading">{t('initiative.limits')}</h2>
          <p {...fallbackAttrs(lang)}>{initiative.limits}</p>
        </section>
      ) : null}

      <section aria-labelledby="sources-heading">
        <h2 id="sources-heading">{t('initiative.sources')}</h2>
        {sources.length ? (
          <ul className="plain-list">
            {sources.map((source, index) => (
              <li key={source.id ?? index}>
                <a href={source.href} rel="noopener noreferrer" {...(lang ? fallbackAttrs(lang) : { dir: 'auto' as const })}>
                  {source.title}
                </a>{' '}
                <span className="secondary-text" dir="ltr">
                  ({new URL(source.href).hostname})
                </span>
              </li>
            ))}
          </ul>
        ) : (
          <p>{t('initiative.noSources')}</p>
        )}
      </section>

      <LinkedTitles
        id="serves-heading"
        heading={t('initiative.buildingBlocks')}
        items={initiative.buildingBlocks}
        hrefOf={(slug) => sitePaths.buildingBlock(locale, slug)}
        emptyText={t('initiative.noBlocks')}
      />
      {populatedOnly(initiative.risks).length ? (
        <LinkedTitles id="risks-heading" heading={t('initiative.risks')} items={initiative.risks} hrefOf={(slug) => sitePaths.risk(locale, slug)} emptyText="" />
      ) : null}
      {related.length ? (
        <section aria-labelledby="related-heading">
          <h2 id="related-heading">{t('initiative.related')}</h2>
          <ul className="plain-list">
            {related.map((other) => (
              <li key={other.id}>
                <a href={sitePaths.initiative(locale, other.slug)} dir="auto">
                  {other.title}
                </a>
                <span className="secondary-text">
                  {' '}
                  {initiativeKindLabel(t, other.kind)} · {initiativeStatusLabel(t, other.status)}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <PageUpdates updates={updates ?? { collection: 'initiatives', slug: initiative.slug, lastUpdated: initiative.updatedAt, updates: [] }} locale={locale} />
    </>
  )
}
