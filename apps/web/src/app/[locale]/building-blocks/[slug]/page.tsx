import type { Metadata, ResolvingMetadata } from 'next'
import { notFound } from 'next/navigation'

import { BuildingBlockPage } from '@/components/building-blocks/BuildingBlockPage'
import { PageUpdates } from '@/components/common/PageUpdates'
import { JsonLd } from '@/components/JsonLd'
import { DraftSavedAt } from '@/components/preview/PreviewBanner'
import { getBuildingBlock, getPageUpdates, getSite, isPreview, isUntranslated } from '@/lib/cms'
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
  const block = await getBuildingBlock(locale, slug)
  if (!block) return {}
  return withSiteName(documentPageMetadata('buildingBlocks', block, locale, isUntranslated(block, locale)), parent)
}

export default async function BuildingBlockRoute(props: DocumentRouteProps) {
  const { locale, slug } = await documentRoute(props)
  const [block, preview, site, updates] = await Promise.all([getBuildingBlock(locale, slug), isPreview(), getSite(locale), getPageUpdates('building-blocks', locale, slug)])
  if (!block) notFound()
  const untranslated = isUntranslated(block, locale)
  return (
    <>
      <JsonLd data={documentJsonLd(pageContext(locale, site.siteName), 'buildingBlocks', block, contentLanguage(locale, untranslated))} />
      {preview ? <DraftSavedAt savedAt={block.updatedAt} locale={locale} /> : null}
      <BuildingBlockPage block={block} locale={locale} untranslated={untranslated} />
      <PageUpdates updates={updates} locale={locale} />
    </>
  )
}
