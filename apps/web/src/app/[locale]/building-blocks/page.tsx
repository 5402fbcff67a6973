import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { BuildingBlocksIndex } from '@/components/building-blocks/BuildingBlocksIndex'
import { getBuildingBlocks } from '@/lib/cms'
import { isLocale } from '@/lib/locales'

// Until the CMS calls the revalidate route on publish, cached pages refresh at most every minute.
export const revalidate = 60

type Props = { params: Promise<{ locale: string }> }

export const metadata: Metadata = {
  title: 'Building blocks',
  description: 'The components of an international governance regime for AI.',
}

export default async function BuildingBlocksRoute({ params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  return <BuildingBlocksIndex blocks={await getBuildingBlocks(locale)} locale={locale} />
}
