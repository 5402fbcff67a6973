import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { HomePage } from '@/components/home/HomePage'
import { JsonLd } from '@/components/JsonLd'
import { DraftSavedAt } from '@/components/preview/PreviewBanner'
import { alternatesFor } from '@/lib/alternates'
import { getHomeFallbacks, getHomePageContent, isPreview } from '@/lib/cms'
import { isLocale } from '@/lib/locales'
import { siteUrl } from '@/lib/seo/site'
import { websiteJsonLd } from '@/lib/seo/structuredData'

// Publishes refresh pages at once through /api/revalidate; this is the safety net if a call is lost.
export const revalidate = 60

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  return { alternates: alternatesFor(locale, '/') }
}

export default async function Home({ params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const [content, fallbacks, preview] = await Promise.all([getHomePageContent(locale), getHomeFallbacks(locale), isPreview()])
  return (
    <>
      <JsonLd data={websiteJsonLd(siteUrl(), locale, content.site.siteName)} />
      {preview ? <DraftSavedAt savedAt={content.home.updatedAt} locale={locale} /> : null}
      <HomePage {...content} locale={locale} fallbacks={fallbacks} />
    </>
  )
}
