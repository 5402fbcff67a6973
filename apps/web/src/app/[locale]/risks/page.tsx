import type { Metadata } from 'next'

import { RisksIndex } from '@/components/risks/RisksIndex'
import { JsonLd } from '@/components/JsonLd'
import { alternatesFor } from '@/lib/alternates'
import { getRisks, getSite } from '@/lib/cms'
import { translator } from '@/lib/i18n'
import { indexJsonLd, pageContext } from '@/lib/seo/structuredData'
import { routeLocale } from '@/lib/routeLocale'

// Publishes refresh pages at once through /api/revalidate; this is the safety net if a call is lost.
export const revalidate = 60

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = routeLocale((await params).locale)
  const t = translator(locale)
  return { title: t('risks.title'), description: t('risks.metaDescription'), alternates: alternatesFor(locale, '/risks') }
}

export default async function RisksRoute({ params }: Props) {
  const locale = routeLocale((await params).locale)
  const [risks, site] = await Promise.all([getRisks(locale), getSite(locale)])
  return (
    <>
      <JsonLd data={indexJsonLd(pageContext(locale, site.siteName), 'risks', risks)} />
      <RisksIndex risks={risks} locale={locale} />
    </>
  )
}
