import type { Metadata, ResolvingMetadata } from 'next'
import { notFound } from 'next/navigation'

import { ActorPage } from '@/components/actors/ActorPages'
import { JsonLd } from '@/components/JsonLd'
import { DraftSavedAt } from '@/components/preview/PreviewBanner'
import { actorNameField, getActor, getPageUpdates, getSite, isPreview, isUntranslated } from '@/lib/cms'
import { translator } from '@/lib/i18n'
import { documentRoute, type DocumentRouteProps } from '@/lib/routeLocale'
import { contentPageMetadata, withSiteName } from '@/lib/seo/metadata'
import { contentLanguage } from '@/lib/seo/sections'
import { actorJsonLd, pageContext } from '@/lib/seo/structuredData'
import { sitePaths } from '@global-ai-governance/content'

// Publishes refresh pages at once through /api/revalidate; this is the safety net if a call is lost.
export const revalidate = 60

export function generateStaticParams() {
  return []
}

export async function generateMetadata(props: DocumentRouteProps, parent: ResolvingMetadata): Promise<Metadata> {
  const { locale, slug } = await documentRoute(props)
  const actor = await getActor(locale, slug)
  if (!actor) return {}
  // An actor's page is cited as its own work: the organisation is its subject, not its author.
  return withSiteName(contentPageMetadata({ ...actor, title: actor.name, summary: actor.summary ?? '' }, sitePaths.actor(locale, actor.slug), locale, isUntranslated(actor, locale, actorNameField)), parent)
}

export default async function ActorRoute(props: DocumentRouteProps) {
  const { locale, slug } = await documentRoute(props)
  const [actor, preview, site, updates] = await Promise.all([getActor(locale, slug), isPreview(), getSite(locale), getPageUpdates('actors', locale, slug)])
  if (!actor) notFound()
  const t = translator(locale)
  const untranslated = isUntranslated(actor, locale, actorNameField)
  return (
    <>
      <JsonLd data={actorJsonLd(pageContext(locale, site.siteName), actor, contentLanguage(locale, untranslated), { initiatives: t('initiatives.breadcrumb'), actors: t('actors.title') })} />
      {preview ? <DraftSavedAt savedAt={actor.updatedAt} locale={locale} /> : null}
      <ActorPage actor={actor} locale={locale} untranslated={untranslated} updates={updates} />
    </>
  )
}
