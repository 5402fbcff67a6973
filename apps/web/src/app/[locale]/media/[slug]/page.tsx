import type { Metadata, ResolvingMetadata } from 'next'
import { notFound } from 'next/navigation'

import { PageUpdates } from '@/components/common/PageUpdates'
import { JsonLd } from '@/components/JsonLd'
import { MediaEntryPage } from '@/components/media/MediaEntryPage'
import { DraftSavedAt } from '@/components/preview/PreviewBanner'
import { getMediaEntry, getPageUpdates, getSite, isPreview, isUntranslated } from '@/lib/cms'
import { translator } from '@/lib/i18n'
import { contentPageMetadata, withSiteName } from '@/lib/seo/metadata'
import { contentLanguage } from '@/lib/seo/sections'
import { mediaEntryJsonLd, pageContext } from '@/lib/seo/structuredData'
import { documentRoute, type DocumentRouteProps } from '@/lib/routeLocale'
import { sitePaths } from '@global-ai-governance/content'

// Publishes refresh pages at once through /api/revalidate; this is the safety net if a call is lost.
export const revalidate = 60

// Rendered on first visit, then cached: the CMS is not running at build time.
export function generateStaticParams() {
  return []
}

export async function generateMetadata(props: DocumentRouteProps, parent: ResolvingMetadata): Promise<Metadata> {
  const { locale, slug } = await documentRoute(props)
  const entry = await getMediaEntry(locale, slug)
  if (!entry) return {}
  const authors = [entry.publisher, ...(entry.partners ?? []).map((partner) => partner.name)].filter((name): name is string => Boolean(name))
  return withSiteName(contentPageMetadata(entry, sitePaths.mediaEntry(locale, entry.slug), locale, isUntranslated(entry, locale), { authors }), parent)
}

export default async function MediaEntryRoute(props: DocumentRouteProps) {
  const { locale, slug } = await documentRoute(props)
  const [entry, preview, site, updates] = await Promise.all([getMediaEntry(locale, slug), isPreview(), getSite(locale), getPageUpdates('media-entries', locale, slug)])
  if (!entry) notFound()
  const untranslated = isUntranslated(entry, locale)
  return (
    <>
      <JsonLd data={mediaEntryJsonLd(pageContext(locale, site.siteName), entry, contentLanguage(locale, untranslated), translator(locale)('media.label'))} />
      {preview ? <DraftSavedAt savedAt={entry.updatedAt} locale={locale} /> : null}
      <MediaEntryPage
        entry={entry}
        locale={locale}
        untranslated={untranslated}
        inEnglish={{ body: isUntranslated(entry, locale, ['body']), questions: isUntranslated(entry, locale, ['questions']) }}
      />
      <PageUpdates updates={updates} locale={locale} />
    </>
  )
}
