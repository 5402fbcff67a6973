import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { MediaPage } from '@/components/media/MediaPage'
import { alternatesFor } from '@/lib/alternates'
import { getMediaEntries } from '@/lib/cms'
import { translator } from '@/lib/i18n'
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
  const t = translator(locale)
  return { title: t('media.label'), description: t('media.metaDescription'), alternates: alternatesFor(locale, '/media') }
}

export default async function MediaRoute({ params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  return <MediaPage entries={await getMediaEntries(locale)} locale={locale} />
}
