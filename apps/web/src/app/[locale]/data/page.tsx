import type { Metadata } from 'next'

import { OpenDataPage } from '@/components/data/OpenDataPage'
import { alternatesFor } from '@/lib/alternates'
import { translator } from '@/lib/i18n'
import { routeLocale } from '@/lib/routeLocale'

// The page documents the files from their definition (lib/openData.ts); only the layout reads the CMS.
// Publishes refresh pages at once through /api/revalidate; this is the safety net if a call is lost.
export const revalidate = 60

type Props = { params: Promise<{ locale: string }> }

export function generateStaticParams() {
  return []
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = routeLocale((await params).locale)
  const t = translator(locale)
  return { title: t('openData.title'), description: t('openData.metaDescription'), alternates: alternatesFor(locale, '/data') }
}

export default async function OpenDataRoute({ params }: Props) {
  const locale = routeLocale((await params).locale)
  return <OpenDataPage locale={locale} />
}
