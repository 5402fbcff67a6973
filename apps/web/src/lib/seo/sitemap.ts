import { defaultLocale, locales, sitePaths, type Locale } from '@global-ai-governance/content'
import { XMLBuilder } from 'fast-xml-parser'
import type { MetadataRoute } from 'next'

import { absoluteUrl, seoPaths } from './site'

/** What the sitemap needs of a published document. */
export interface SitemapDocument {
  slug: string
  updatedAt: string
  _status?: 'published' | 'draft' | null
}

/** What the sitemap needs of a document listed only on an index page (citations). */
export type DatedDocument = Pick<SitemapDocument, 'updatedAt' | '_status'>

export interface SitemapSources {
  buildingBlocks: SitemapDocument[]
  risks: SitemapDocument[]
  benefits: SitemapDocument[]
  initiatives: SitemapDocument[]
  actors: SitemapDocument[]
  citations: DatedDocument[]
  mediaEntries: SitemapDocument[]
  /** When the `site` global (contact team, navigation) last changed. */
  siteUpdatedAt?: string | null
}

export type SitemapEntries = MetadataRoute.Sitemap

// The public API answers with published documents only; a draft here would be a bug upstream, never a page.
const published = <T extends DatedDocument>(documents: T[]): T[] => documents.filter((document) => document._status !== 'draft')

const latest = (...groups: DatedDocument[][]): string | undefined => {
  let newest: number | undefined
  for (const document of groups.flat()) {
    const time = Date.parse(document.updatedAt)
    if (!Number.isNaN(time) && (newest === undefined || time > newest)) newest = time
  }
  return newest === undefined ? undefined : new Date(newest).toISOString()
}

/**
 * One entry per page and locale, each naming all six language versions (and English
 * as x-default), newest change as `lastModified`.
 */
export function buildSitemap(baseUrl: string, sources: SitemapSources): SitemapEntries {
  const blocks = published(sources.buildingBlocks)
  const risks = published(sources.risks)
  const benefits = published(sources.benefits)
  const initiatives = published(sources.initiatives)
  const actors = published(sources.actors)
  const citations = published(sources.citations)
  const mediaEntries = published(sources.mediaEntries)

  const pages: { path: (locale: Locale) => string; lastModified: string | undefined }[] = [
    { path: sitePaths.home, lastModified: latest(blocks, risks, benefits, mediaEntries) },
    { path: sitePaths.buildingBlocks, lastModified: latest(blocks) },
    ...blocks.map((block) => ({ path: (locale: Locale) => sitePaths.buildingBlock(locale, block.slug), lastModified: latest([block]) })),
    { path: sitePaths.risks, lastModified: latest(risks) },
    ...risks.map((risk) => ({ path: (locale: Locale) => sitePaths.risk(locale, risk.slug), lastModified: latest([risk]) })),
    { path: sitePaths.benefits, lastModified: latest(benefits) },
    ...benefits.map((benefit) => ({ path: (locale: Locale) => sitePaths.benefit(locale, benefit.slug), lastModified: latest([benefit]) })),
    { path: sitePaths.matrix, lastModified: latest(blocks, risks, initiatives) },
    { path: (locale: Locale) => sitePaths.initiatives(locale), lastModified: latest(initiatives) },
    ...initiatives.map((initiative) => ({ path: (locale: Locale) => sitePaths.initiative(locale, initiative.slug), lastModified: latest([initiative]) })),
    { path: sitePaths.timeline, lastModified: latest(initiatives) },
    { path: sitePaths.actors, lastModified: latest(actors) },
    ...actors.map((actor) => ({ path: (locale: Locale) => sitePaths.actor(locale, actor.slug), lastModified: latest([actor]) })),
    // The open data holds every public table.
    { path: sitePaths.openData, lastModified: latest(initiatives, blocks, risks, benefits, actors, citations) },
    { path: sitePaths.references, lastModified: latest(citations) },
    { path: sitePaths.media, lastModified: latest(mediaEntries) },
    ...mediaEntries.map((entry) => ({ path: (locale: Locale) => sitePaths.mediaEntry(locale, entry.slug), lastModified: latest([entry]) })),
    { path: sitePaths.contact, lastModified: sources.siteUpdatedAt ? latest([{ updatedAt: sources.siteUpdatedAt }]) : undefined },
  ]

  return pages.flatMap(({ path, lastModified }) => {
    const languages: Record<string, string> = Object.fromEntries(locales.map((locale) => [locale, absoluteUrl(baseUrl, path(locale))]))
    languages['x-default'] = absoluteUrl(baseUrl, path(defaultLocale))
    return locales.map((locale) => ({
      url: absoluteUrl(baseUrl, path(locale)),
      ...(lastModified ? { lastModified } : {}),
      alternates: { languages },
    }))
  })
}

const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@_', format: true, suppressEmptyNode: true })

/**
 * The sitemap protocol's XML (with xhtml:link hreflang alternates), escaped by the XML builder.
 * The sitemaps.org 0.9 schema fixes the order inside <url>: loc, lastmod, changefreq, priority,
 * and only then elements of other namespaces (its `xsd:any namespace="##other"`), so the
 * xhtml:link alternates come last. The builder writes keys in the order they are given.
 */
export function sitemapXml(entries: SitemapEntries): string {
  return builder.build({
    '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' },
    urlset: {
      '@_xmlns': 'http://www.sitemaps.org/schemas/sitemap/0.9',
      '@_xmlns:xhtml': 'http://www.w3.org/1999/xhtml',
      url: entries.map((entry) => ({
        loc: entry.url,
        ...(entry.lastModified ? { lastmod: new Date(entry.lastModified).toISOString() } : {}),
        'xhtml:link': Object.entries(entry.alternates?.languages ?? {}).map(([hreflang, href]) => ({
          '@_rel': 'alternate',
          '@_hreflang': hreflang,
          '@_href': href,
        })),
      })),
    },
  }) as string
}
