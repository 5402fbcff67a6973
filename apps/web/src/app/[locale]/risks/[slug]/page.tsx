import type { Metadata, ResolvingMetadata } from 'next'
import { notFound } from 'next/navigation'

import { PageUpdates } from '@/components/common/PageUpdates'
import { JsonLd } from '@/components/JsonLd'
import { DraftSavedAt } from '@/components/preview/PreviewBanner'
import { RiskPage } from '@/components/risks/RiskPage'
import { getRisk, getPageUpdates, getSite, isPreview, isUntranslated } from '@/lib/cms'
import { documentPageMetadata, withSiteName } from '@/lib/seo/metadata'
import { contentLanguage } from '@/lib/seo/sections'
import { documentJsonLd, pageContext } from '@/lib/seo/structuredData'
import { documentRoute, type DocumentRouteProps } from '@/lib/routeLocale'

// Publishes refresh pages at once through /api/revalidate; this is the safety net if a call is lost.
export const revalidate = 60

// Rendered on first visit, then cached: the CMS is not running at build time.
export function generateStaticParams() {
  return []
}

export async function generateMetadata(props: DocumentRouteProps, parent: ResolvingMetadata): Promise<Metadata> {
  const { locale, slug } = await documentRoute(props)
  const risk = await getRisk(locale, slug)
  if (!risk) return {}
  return withSiteName(documentPageMetadata('risks', risk, locale, isUntranslated(risk, locale)), parent)
}

export default async function RiskRoute(props: DocumentRouteProps) {
  const { locale, slug } = await documentRoute(props)
  const [risk, preview, site, updates] = await Promise.all([getRisk(locale, slug), isPreview(), getSite(locale), getPageUpdates('risks', locale, slug)])
  if (!risk) notFound()
  const untranslated = isUntranslated(risk, locale)
  return (
    <>
      <JsonLd data={documentJsonLd(pageContext(locale, site.siteName), 'risks', risk, contentLanguage(locale, untranslated))} />
      {preview ? <DraftSavedAt savedAt={risk.updatedAt} locale={locale} /> : null}
      <RiskPage risk={risk} locale={locale} untranslated={untranslated} />
      <PageUpdates updates={updates} locale={locale} />
    </>
  )
}
