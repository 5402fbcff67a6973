import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { RisksIndex } from '@/components/risks/RisksIndex'
import { getRisks } from '@/lib/cms'
import { isLocale } from '@/lib/locales'

// Until the CMS calls the revalidate route on publish, cached pages refresh at most every minute.
export const revalidate = 60

type Props = { params: Promise<{ locale: string }> }

export const metadata: Metadata = {
  title: 'Risks of AI',
  description: 'Harms from AI that cross borders, and the building blocks of international governance that address them.',
}

export default async function RisksRoute({ params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  return <RisksIndex risks={await getRisks(locale)} locale={locale} />
}
