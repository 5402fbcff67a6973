import type { Metadata } from 'next'

import { BenefitsIndex } from '@/components/benefits/BenefitsIndex'
import { JsonLd } from '@/components/JsonLd'
import { alternatesFor } from '@/lib/alternates'
import { getBenefits, getSite } from '@/lib/cms'
import { translator } from '@/lib/i18n'
import { indexJsonLd, pageContext } from '@/lib/seo/structuredData'
import { routeLocale } from '@/lib/routeLocale'

// Publishes refresh pages at once through /api/revalidate; this is the safety net if a call is lost.
export const revalidate = 60

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = routeLocale((await params).locale)
  const t = translator(locale)
  return { title: t('benefits.title'), description: t('benefits.metaDescription'), alternates: alternatesFor(locale, '/benefits') }
}

export default async function BenefitsRoute({ params }: Props) {
  const locale = routeLocale((await params).locale)
  const [benefits, site] = await Promise.all([getBenefits(locale), getSite(locale)])
  return (
    <>
      <JsonLd data={indexJsonLd(pageContext(locale, site.siteName), 'benefits', benefits)} />
      <BenefitsIndex benefits={benefits} locale={locale} />
    </>
  )
}
