import type { Metadata, ResolvingMetadata } from 'next'
import { notFound } from 'next/navigation'

import { PageUpdates } from '@/components/common/PageUpdates'
import { JsonLd } from '@/components/JsonLd'
import { DraftSavedAt } from '@/components/preview/PreviewBanner'
import { BenefitPage } from '@/components/benefits/BenefitPage'
import { getBenefit, getPageUpdates, getSite, isPreview, isUntranslated } from '@/lib/cms'
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
  const benefit = await getBenefit(locale, slug)
  if (!benefit) return {}
  return withSiteName(documentPageMetadata('benefits', benefit, locale, isUntranslated(benefit, locale)), parent)
}

export default async function BenefitRoute(props: DocumentRouteProps) {
  const { locale, slug } = await documentRoute(props)
  const [benefit, preview, site, updates] = await Promise.all([getBenefit(locale, slug), isPreview(), getSite(locale), getPageUpdates('benefits', locale, slug)])
  if (!benefit) notFound()
  const untranslated = isUntranslated(benefit, locale)
  return (
    <>
      <JsonLd data={documentJsonLd(pageContext(locale, site.siteName), 'benefits', benefit, contentLanguage(locale, untranslated))} />
      {preview ? <DraftSavedAt savedAt={benefit.updatedAt} locale={locale} /> : null}
      <BenefitPage benefit={benefit} locale={locale} untranslated={untranslated} />
      <PageUpdates updates={updates} locale={locale} />
    </>
  )
}
