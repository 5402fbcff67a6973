import type { Metadata, ResolvingMetadata } from 'next'
import { notFound } from 'next/navigation'

import { InitiativePage } from '@/components/initiatives/InitiativePage'
import { JsonLd } from '@/components/JsonLd'
import { DraftSavedAt } from '@/components/preview/PreviewBanner'
import { getInitiative, getPageUpdates, getSite, isPreview, isUntranslated } from '@/lib/cms'
import { translator } from '@/lib/i18n'
import { initiativePageMetadata, withSiteName } from '@/lib/seo/metadata'
import { contentLanguage } from '@/lib/seo/sections'
import { initiativeJsonLd, pageContext } from '@/lib/seo/structuredData'
import { documentRoute, type DocumentRouteProps } from '@/lib/routeLocale'

// Publishes refresh pages at once through /api/revalidate; this is the safety net if a call is lost.
export const revalidate = 60

// Rendered on first visit, then cached: the CMS is not running at build time.
export function generateStaticParams() {
  return []
}

export async function generateMetadata(props: DocumentRouteProps, parent: ResolvingMetadata): Promise<Metadata> {
  const { locale, slug } = await documentRoute(props)
  const initiative = await getInitiative(locale, slug)
  if (!initiative) return {}
  return withSiteName(initiativePageMetadata(initiative, locale, isUntranslated(initiative, locale)), parent)
}

export default async function InitiativeRoute(props: DocumentRouteProps) {
  const { locale, slug } = await documentRoute(props)
  const [initiative, preview, site, updates] = await Promise.all([getInitiative(locale, slug), isPreview(), getSite(locale), getPageUpdates('initiatives', locale, slug)])
  if (!initiative) notFound()
  const untranslated = isUntranslated(initiative, locale)
  return (
    <>
      <JsonLd data={initiativeJsonLd(pageContext(locale, site.siteName), initiative, contentLanguage(locale, untranslated), translator(locale)('initiatives.breadcrumb'))} />
      {preview ? <DraftSavedAt savedAt={initiative.updatedAt} locale={locale} /> : null}
      <InitiativePage initiative={initiative} locale={locale} untranslated={untranslated} updates={updates} />
    </>
  )
}
