import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { MediaPage } from '@/components/media/MediaPage'
import { getMediaEntries } from '@/lib/cms'
import { isLocale } from '@/lib/locales'

// Publishes refresh pages at once through /api/revalidate; this is the safety net if a call is lost.
export const revalidate = 60

type Props = { params: Promise<{ locale: string }> }

// Rendered on first visit, then cached: the CMS is not running at build time.
export function generateStaticParams() {
  return []
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  return { title: 'Films and podcasts', description: 'Films and podcasts on the international governance of AI.' }
}

export default async function MediaRoute({ params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  return <MediaPage entries={await getMediaEntries(locale)} locale={locale} />
}
