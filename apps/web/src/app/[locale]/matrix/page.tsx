import type { Metadata } from 'next'

import { JsonLd } from '@/components/JsonLd'
import { RiskMatrix } from '@/components/matrix/RiskMatrix'
import { alternatesFor } from '@/lib/alternates'
import { getRiskMatrix, getSite } from '@/lib/cms'
import { translator } from '@/lib/i18n'
import { matrixJsonLd, pageContext } from '@/lib/seo/structuredData'
import { routeLocale } from '@/lib/routeLocale'

// Publishes refresh pages at once through /api/revalidate; this is the safety net if a call is lost.
export const revalidate = 60

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = routeLocale((await params).locale)
  const t = translator(locale)
  return { title: t('matrix.title'), description: t('matrix.metaDescription'), alternates: alternatesFor(locale, '/matrix') }
}

export default async function MatrixRoute({ params }: Props) {
  const locale = routeLocale((await params).locale)
  const t = translator(locale)
  const [matrix, site] = await Promise.all([getRiskMatrix(locale), getSite(locale)])
  return (
    <>
      <JsonLd data={matrixJsonLd(pageContext(locale, site.siteName), { name: t('matrix.title'), description: t('matrix.metaDescription'), crumb: t('matrix.breadcrumb') })} />
      <RiskMatrix {...matrix} locale={locale} />
    </>
  )
}
