import type { Metadata } from 'next'

import { RisksIndex } from '@/components/risks/RisksIndex'
import { alternatesFor } from '@/lib/alternates'
import { getRisks } from '@/lib/cms'
import { translator } from '@/lib/i18n'
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
  return <RisksIndex risks={await getRisks(locale)} locale={locale} />
}
