import type { Metadata } from 'next'

import { OpenDataPage } from '@/components/data/OpenDataPage'
import { JsonLd } from '@/components/JsonLd'
import { alternatesFor } from '@/lib/alternates'
import { getSite } from '@/lib/cms'
import { translator } from '@/lib/i18n'
import { licence, localeQuery, openDataFiles, openDataPath } from '@/lib/openData'
import { routeLocale } from '@/lib/routeLocale'
import { openDataJsonLd, pageContext } from '@/lib/seo/structuredData'

// The page documents the files from their definition (lib/openData.ts); it reads only the site's name from the CMS.
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
  const t = translator(locale)
  const site = await getSite(locale)
  const files = openDataFiles.map(({ table, file, format }) => ({
    name: `${table === 'framework' ? t('openData.files.frameworkTitle') : t(`openData.tables.${table}.title`)} (${format.toUpperCase()})`,
    path: openDataPath(file, format, localeQuery(locale)),
    format,
  }))
  return (
    <>
      <JsonLd data={openDataJsonLd(pageContext(locale, site.siteName), { name: t('openData.title'), description: t('openData.metaDescription'), crumb: t('openData.breadcrumb'), licence: licence.url, files })} />
      <OpenDataPage locale={locale} />
    </>
  )
}
