import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { BenefitsIndex } from '@/components/benefits/BenefitsIndex'
import { getBenefits } from '@/lib/cms'
import { isLocale } from '@/lib/locales'

// Until the CMS calls the revalidate route on publish, cached pages refresh at most every minute.
export const revalidate = 60

type Props = { params: Promise<{ locale: string }> }

export const metadata: Metadata = {
  title: 'Benefits of AI',
  description: 'What AI could bring, and the building blocks of international governance that help share it.',
}

export default async function BenefitsRoute({ params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  return <BenefitsIndex benefits={await getBenefits(locale)} locale={locale} />
}
