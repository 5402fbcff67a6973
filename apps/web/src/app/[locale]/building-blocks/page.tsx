import type { Metadata } from 'next'

import { BuildingBlocksIndex } from '@/components/building-blocks/BuildingBlocksIndex'
import { alternatesFor } from '@/lib/alternates'
import { getBuildingBlocks } from '@/lib/cms'
import { translator } from '@/lib/i18n'
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
  return <BuildingBlocksIndex blocks={await getBuildingBlocks(locale)} locale={locale} />
}
