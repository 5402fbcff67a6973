import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { BenefitPage } from '@/components/benefits/BenefitPage'
import { DraftSavedAt } from '@/components/preview/PreviewBanner'
import { documentMetadata } from '@/lib/alternates'
import { getBenefit, isPreview, isUntranslated } from '@/lib/cms'
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
  const benefit = await getBenefit(locale, slug)
  if (!benefit) return {}
  return documentMetadata(benefit, locale, `/benefits/${encodeURIComponent(slug)}`)
}

export default async function BenefitRoute({ params }: Props) {
  const { locale: segment, slug } = await params
  const locale = routeLocale(segment)
  const [benefit, preview] = await Promise.all([getBenefit(locale, slug), isPreview()])
  if (!benefit) notFound()
  return (
    <>
      {preview ? <DraftSavedAt savedAt={benefit.updatedAt} locale={locale} /> : null}
      <BenefitPage benefit={benefit} locale={locale} untranslated={isUntranslated(benefit, locale)} />
    </>
  )
}
