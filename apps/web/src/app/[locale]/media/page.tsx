import type { Metadata } from 'next'

import { JsonLd } from '@/components/JsonLd'
import { MediaPage } from '@/components/media/MediaPage'
import { alternatesFor } from '@/lib/alternates'
import { getMediaEntries, getSite } from '@/lib/cms'
import { translator } from '@/lib/i18n'
import { mediaJsonLd, pageContext } from '@/lib/seo/structuredData'
import { routeLocale } from '@/lib/routeLocale'

// Publishes refresh pages at once through /api/revalidate; this is the safety net if a call is lost.
export const revalidate = 60

type Props = { params: Promise<{ locale: string }> }

// Rendered on first visit, then cached: the CMS is not running at build time.
export function generateStaticParams() {
  return []
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = routeLocale((await params).locale)
  const t = translator(locale)
  return { title: t('media.label'), description: t('media.metaDescription'), alternates: alternatesFor(locale, '/media') }
}

export default async function MediaRoute({ params }: Props) {
  const locale = routeLocale((await params).locale)
  const t = translator(locale)
  const [entries, site] = await Promise.all([getMediaEntries(locale), getSite(locale)])
  return (
    <>
      <JsonLd data={mediaJsonLd(pageContext(locale, site.siteName), { name: t('media.label'), description: t('media.metaDescription'), entries })} />
      <MediaPage entries={entries} locale={locale} />
    </>
  )
}
