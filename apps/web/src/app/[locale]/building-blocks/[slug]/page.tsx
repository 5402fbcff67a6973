import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { BuildingBlockPage } from '@/components/building-blocks/BuildingBlockPage'
import { JsonLd } from '@/components/JsonLd'
import { DraftSavedAt } from '@/components/preview/PreviewBanner'
import { documentMetadata } from '@/lib/alternates'
import { getBuildingBlock, isPreview, isUntranslated } from '@/lib/cms'
import { siteUrl } from '@/lib/seo/site'
import { buildingBlockJsonLd } from '@/lib/seo/structuredData'
import { routeLocale } from '@/lib/routeLocale'

// Publishes refresh pages at once through /api/revalidate; this is the safety net if a call is lost.
export const revalidate = 60

type Props = { params: Promise<{ locale: string; slug: string }> }

// Rendered on first visit, then cached: the CMS is not running at build time.
export function generateStaticParams() {
  return []
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale: segment, slug } = await params
  const locale = routeLocale(segment)
  const block = await getBuildingBlock(locale, slug)
  if (!block) return {}
  return documentMetadata(block, locale, `/building-blocks/${encodeURIComponent(slug)}`)
}

export default async function BuildingBlockRoute({ params }: Props) {
  const { locale: segment, slug } = await params
  const locale = routeLocale(segment)
  const [block, preview] = await Promise.all([getBuildingBlock(locale, slug), isPreview()])
  if (!block) notFound()
  return (
    <>
      <JsonLd data={buildingBlockJsonLd(siteUrl(), locale, block)} />
      {preview ? <DraftSavedAt savedAt={block.updatedAt} locale={locale} /> : null}
      <BuildingBlockPage block={block} locale={locale} untranslated={isUntranslated(block, locale)} />
    </>
  )
}
