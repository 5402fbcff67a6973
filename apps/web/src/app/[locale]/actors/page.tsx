import type { Metadata } from 'next'

import { ActorsIndex } from '@/components/actors/ActorPages'
import { JsonLd } from '@/components/JsonLd'
import { alternatesFor } from '@/lib/alternates'
import { getActors, getSite } from '@/lib/cms'
import { translator } from '@/lib/i18n'
import { routeLocale } from '@/lib/routeLocale'
import { actorsJsonLd, pageContext } from '@/lib/seo/structuredData'

// Publishes refresh pages at once through /api/revalidate; this is the safety net if a call is lost.
export const revalidate = 60

type Props = { params: Promise<{ locale: string }> }

export function generateStaticParams() {
  return []
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = routeLocale((await params).locale)
  const t = translator(locale)
  return { title: t('actors.title'), description: t('actors.lede'), alternates: alternatesFor(locale, '/actors') }
}

export default async function ActorsRoute({ params }: Props) {
  const locale = routeLocale((await params).locale)
  const t = translator(locale)
  const [actors, site] = await Promise.all([getActors(locale), getSite(locale)])
  return (
    <>
      <JsonLd data={actorsJsonLd(pageContext(locale, site.siteName), { name: t('actors.title'), description: t('actors.lede'), crumb: t('initiatives.breadcrumb'), actors })} />
      <ActorsIndex actors={actors} locale={locale} />
    </>
  )
}
