import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { BenefitsIndex } from '@/components/benefits/BenefitsIndex'
import { alternatesFor } from '@/lib/alternates'
import { getBenefits } from '@/lib/cms'
import { translator } from '@/lib/i18n'
import { isLocale } from '@/lib/locales'

// Publishes refresh pages at once through /api/revalidate; this is the safety net if a call is lost.
export const revalidate = 60

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  const t = translator(locale)
  return { title: t('benefits.title'), description: t('benefits.metaDescription'), alternates: alternatesFor(locale, '/benefits') }
}

export default async function BenefitsRoute({ params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  return <BenefitsIndex benefits={await getBenefits(locale)} locale={locale} />
}
