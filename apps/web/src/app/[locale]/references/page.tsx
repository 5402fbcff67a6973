import type { Metadata } from 'next'

import { JsonLd } from '@/components/JsonLd'
import { ReferencesPage } from '@/components/references/ReferencesPage'
import { alternatesFor } from '@/lib/alternates'
import { getCitations, getSite } from '@/lib/cms'
import { translator } from '@/lib/i18n'
import { pageContext, referencesJsonLd } from '@/lib/seo/structuredData'
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
  return { title: t('references.heading'), description: t('references.metaDescription'), alternates: alternatesFor(locale, '/references') }
}

export default async function ReferencesRoute({ params }: Props) {
  const locale = routeLocale((await params).locale)
  const t = translator(locale)
  const [citations, site] = await Promise.all([getCitations(locale), getSite(locale)])
  return (
    <>
      <JsonLd data={referencesJsonLd(pageContext(locale, site.siteName), { name: t('references.heading'), description: t('references.metaDescription'), citations })} />
      <ReferencesPage citations={citations} locale={locale} />
    </>
  )
}
