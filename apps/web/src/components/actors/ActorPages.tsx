import { actorKinds, populatedOnly, sitePaths, type Actor, type ActorKind, type Locale, type PageUpdates as Updates } from '@global-ai-governance/content'

import { Breadcrumbs } from '@/components/common/Breadcrumbs'
import { PageUpdates } from '@/components/common/PageUpdates'
import { fallbackAttrs, fallbackLang, TranslationNotice } from '@/components/common/TranslationNotice'
import { InitiativeList } from '@/components/initiatives/InitiativeList'
import { safeLinkUrl } from '@/lib/embed'
import { translator } from '@/lib/i18n'

export type ActorListItem = Pick<Actor, 'id' | 'name' | 'slug' | 'shortName' | 'kind'> & { initiativeCount: number; lang?: 'en' }

/** Every actor, grouped by kind, each with how many initiatives name it. */
export function ActorsIndex({ actors, locale }: { actors: readonly ActorListItem[]; locale: Locale }) {
  const t = translator(locale)
  const groups = actorKinds
    .map(({ value }) => ({ kind: value as ActorKind, members: actors.filter((actor) => actor.kind === value) }))
    .filter((group) => group.members.length > 0)
  return (
    <>
      <Breadcrumbs
        locale={locale}
        trail={[{ label: t('breadcrumbs.home'), href: sitePaths.home(locale) }, { label: t('initiatives.breadcrumb'), href: sitePaths.initiatives(locale) }, { label: t('actors.title') }]}
      />
      <h1>{t('actors.title')}</h1>
      <p className="lede">{t('actors.lede')}</p>
      {groups.length === 0 ? <p>{t('actors.empty')}</p> : null}
      {groups.map((group) => (
        <section key={group.kind} aria-labelledby={`actors-${group.kind}`}>
          <h2 id={`actors-${group.kind}`}>{t(`actors.kinds.${group.kind}`)}</h2>
          <ul className="plain-list">
            {group.members.map((actor) => (
              <li key={actor.id}>
                <a href={sitePaths.actor(locale, actor.slug)} {...fallbackAttrs(actor.lang)}>
                  {actor.name}
                </a>
                {actor.shortName && actor.shortName !== actor.name ? <span dir="auto"> ({actor.shortName})</span> : null}
                <span className="secondary-text"> · {t('actors.initiativeCount', { count: actor.initiativeCount })}</span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  )
}

export type ActorPageContent = Pick<Actor, 'name' | 'slug' | 'shortName' | 'kind' | 'url' | 'summary' | 'initiatives' | 'updatedAt'>

/** One actor: what it is, its official site, and the initiatives that name it. */
export function ActorPage({ actor, locale, untranslated = false, updates = null }: { actor: ActorPageContent; locale: Locale; untranslated?: boolean; updates?: Updates | null }) {
  const t = translator(locale)
  const lang = fallbackLang(untranslated)
  const site = safeLinkUrl(actor.url)
  return (
    <>
      <Breadcrumbs
        locale={locale}
        trail={[
          { label: t('breadcrumbs.home'), href: sitePaths.home(locale) },
          { label: t('initiatives.breadcrumb'), href: sitePaths.initiatives(locale) },
          { label: t('actors.title'), href: sitePaths.actors(locale) },
          { label: actor.name, lang },
        ]}
      />
      <TranslationNotice locale={locale} untranslated={untranslated} />
      <h1 {...fallbackAttrs(lang)}>{actor.name}</h1>
      <p className="lede">
        {actor.shortName && actor.shortName !== actor.name ? <span dir="auto">{actor.shortName} · </span> : null}
        {t(`actors.kinds.${actor.kind}`)}
      </p>
      {actor.summary ? <p dir="auto">{actor.summary}</p> : null}
      {site ? (
        <p>
          <a href={site} rel="noopener noreferrer">
            {t('actors.website', { host: new URL(site).hostname })}
          </a>
        </p>
      ) : null}
      <InitiativeList
        id="actor-initiatives-heading"
        heading={t('actors.initiatives')}
        initiatives={populatedOnly(actor.initiatives?.docs)}
        total={actor.initiatives?.totalDocs}
        allHref={sitePaths.initiatives(locale, new URLSearchParams({ actor: actor.slug }))}
        locale={locale}
      />
      <PageUpdates updates={updates ?? { collection: 'actors', slug: actor.slug, lastUpdated: actor.updatedAt, updates: [] }} locale={locale} />
    </>
  )
}
