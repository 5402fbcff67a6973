import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { BuildingBlocksIndex } from '@/components/building-blocks/BuildingBlocksIndex'
import { alternatesFor } from '@/lib/alternates'
import { getBuildingBlocks } from '@/lib/cms'
import { translator } from '@/lib/i18n'
import { isLocale } from '@/lib/locales'

// Publishes refresh pages at once through /api/revalidate; this is the safety net if a call is lost.
export const revalidate = 60

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  const t = translator(locale)
  return { title: t('buildingBlocks.title'), description: t('buildingBlocks.metaDescription'), alternates: alternatesFor(locale, '/building-blocks') }
}

export default async function BuildingBlocksRoute({ params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  return <BuildingBlocksIndex blocks={await getBuildingBlocks(locale)} locale={locale} />
}
