import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { BuildingBlockPage } from '@/components/building-blocks/BuildingBlockPage'
import { getBuildingBlock } from '@/lib/cms'
import { isLocale } from '@/lib/locales'

// Until the CMS calls the revalidate route on publish, cached pages refresh at most every minute.
export const revalidate = 60

type Props = { params: Promise<{ locale: string; slug: string }> }

// Rendered on first visit, then cached: the CMS is not running at build time.
export function generateStaticParams() {
  return []
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params
  if (!isLocale(locale)) return {}
  const block = await getBuildingBlock(locale, slug)
  if (!block) return {}
  return { title: block.seo?.title || block.title, description: block.seo?.description || block.summary }
}

export default async function BuildingBlockRoute({ params }: Props) {
  const { locale, slug } = await params
  if (!isLocale(locale)) notFound()
  const block = await getBuildingBlock(locale, slug)
  if (!block) notFound()
  return <BuildingBlockPage block={block} locale={locale} />
}
