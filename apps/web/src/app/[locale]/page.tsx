import type { Metadata } from 'next'

import { HomePage } from '@/components/home/HomePage'
import { JsonLd } from '@/components/JsonLd'
import { DraftSavedAt } from '@/components/preview/PreviewBanner'
import { alternatesFor } from '@/lib/alternates'
import { getHomePageContent, homeFallbacks, isPreview } from '@/lib/cms'
import { homeJsonLd, pageContext } from '@/lib/seo/structuredData'
import { routeLocale } from '@/lib/routeLocale'

// Publishes refresh pages at once through /api/revalidate; this is the safety net if a call is lost.
export const revalidate = 60

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = routeLocale((await params).locale)
  return { alternates: alternatesFor(locale, '/') }
}

export default async function Home({ params }: Props) {
  const locale = routeLocale((await params).locale)
  const [content, preview] = await Promise.all([getHomePageContent(locale), isPreview()])
  return (
    <>
      <JsonLd data={homeJsonLd(pageContext(locale, content.site.siteName), content.site.tagline)} />
      {preview ? <DraftSavedAt savedAt={content.home.updatedAt} locale={locale} /> : null}
      <HomePage {...content} locale={locale} fallbacks={homeFallbacks(content.home, locale)} />
    </>
  )
}
