import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { RiskMatrix } from '@/components/matrix/RiskMatrix'
import { getRiskMatrix } from '@/lib/cms'
import { isLocale } from '@/lib/locales'

// Until the CMS calls the revalidate route on publish, cached pages refresh at most every minute.
export const revalidate = 60

type Props = { params: Promise<{ locale: string }> }

export const metadata: Metadata = {
  title: 'Which building blocks address which risks',
  description: 'A table of the building blocks of international AI governance and the risks each one addresses.',
}

export default async function MatrixRoute({ params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  return <RiskMatrix {...await getRiskMatrix(locale)} locale={locale} />
}
