import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { RiskPage } from '@/components/risks/RiskPage'
import { DraftSavedAt } from '@/components/preview/PreviewBanner'
import { documentMetadata } from '@/lib/alternates'
import { getRisk, isPreview, isUntranslated } from '@/lib/cms'
import { routeLocale } from '@/lib/routeLocale'

// Publishes refresh pages at once through /api/revalidate; this is the safety net if a call is lost.
export const revalidate = 60

type Props = { params: Promise<{ locale: string; slug: string }> }

// Rendered on first visit, then cached: the CMS is not running at build time.
export function generateStaticParams() {
  return []
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale: segment, slug } = await params
  const locale = routeLocale(segment)
  const risk = await getRisk(locale, slug)
  if (!risk) return {}
  return documentMetadata(risk, locale, `/risks/${encodeURIComponent(slug)}`)
}

export default async function RiskRoute({ params }: Props) {
  const { locale: segment, slug } = await params
  const locale = routeLocale(segment)
  const [risk, preview] = await Promise.all([getRisk(locale, slug), isPreview()])
  if (!risk) notFound()
  return (
    <>
      {preview ? <DraftSavedAt savedAt={risk.updatedAt} locale={locale} /> : null}
      <RiskPage risk={risk} locale={locale} untranslated={isUntranslated(risk, locale)} />
    </>
  )
}
