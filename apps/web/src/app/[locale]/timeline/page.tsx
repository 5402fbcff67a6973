import type { Metadata } from 'next'

import { Timeline, timelineJsonLd } from '@/components/initiatives/Timeline'
import { JsonLd } from '@/components/JsonLd'
import { alternatesFor } from '@/lib/alternates'
import { getInitiativesTimeline, getSite } from '@/lib/cms'
import { translator } from '@/lib/i18n'
import { routeLocale } from '@/lib/routeLocale'
import { pageContext } from '@/lib/seo/structuredData'

// Publishes refresh pages at once through /api/revalidate; this is the safety net if a call is lost.
export const revalidate = 60

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = routeLocale((await params).locale)
  const t = translator(locale)
  return { title: t('initiatives.timeline.title'), description: t('initiatives.timeline.metaDescription'), alternates: alternatesFor(locale, '/timeline') }
}

export default async function TimelineRoute({ params }: Props) {
  const locale = routeLocale((await params).locale)
  const [initiatives, site] = await Promise.all([getInitiativesTimeline(locale), getSite(locale)])
  return (
    <>
      <JsonLd data={timelineJsonLd(pageContext(locale, site.siteName), initiatives)} />
      <Timeline initiatives={initiatives} locale={locale} />
    </>
  )
}
