import type { Metadata } from 'next'

import { BuildingBlocksIndex } from '@/components/building-blocks/BuildingBlocksIndex'
import { JsonLd } from '@/components/JsonLd'
import { alternatesFor } from '@/lib/alternates'
import { getBuildingBlocks, getSite } from '@/lib/cms'
import { translator } from '@/lib/i18n'
import { indexJsonLd, pageContext } from '@/lib/seo/structuredData'
import { routeLocale } from '@/lib/routeLocale'

// Publishes refresh pages at once through /api/revalidate; this is the safety net if a call is lost.
export const revalidate = 60

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = routeLocale((await params).locale)
  const t = translator(locale)
  return { title: t('buildingBlocks.title'), description: t('buildingBlocks.metaDescription'), alternates: alternatesFor(locale, '/building-blocks') }
}

export default async function BuildingBlocksRoute({ params }: Props) {
  const locale = routeLocale((await params).locale)
  const [blocks, site] = await Promise.all([getBuildingBlocks(locale), getSite(locale)])
  return (
    <>
      <JsonLd data={indexJsonLd(pageContext(locale, site.siteName), 'buildingBlocks', blocks)} />
      <BuildingBlocksIndex blocks={blocks} locale={locale} />
    </>
  )
}
