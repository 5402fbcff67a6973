import type { Metadata, ResolvingMetadata } from 'next'

import { locales, pathWithoutLocale, sitePaths, type Locale } from '@global-ai-governance/content'

import { documentMetadata } from '@/lib/alternates'
import { absoluteUrl, publisherName, seoPaths, siteTitle, siteUrl } from './site'
import { contentLanguage, documentPath, type Section } from './sections'

// Open Graph names languages with a territory.
const ogLocales: Record<Locale, string> = { en: 'en_US', fr: 'fr_FR', es: 'es_ES', ar: 'ar_AR', zh: 'zh_CN', ru: 'ru_RU' }

/**
 * What every page inherits: absolute URLs from the public origin, Open Graph and Twitter
 * defaults (the image comes from app/[locale]/opengraph-image.tsx) and the Atom feed's address.
 * A page that sets `openGraph` or `alternates` itself replaces these objects, so it spreads them.
 */
const shareImage = (locale: Locale) => ({ url: `/${locale}/opengraph-image`, width: 1200, height: 630, alt: siteTitle })

const openGraphLocales = (locale: Locale) => ({
  locale: ogLocales[locale],
  alternateLocale: locales.filter((other) => other !== locale).map((other) => ogLocales[other]),
})

export function defaultSiteMetadata(baseUrl: string, locale: Locale, siteName: string): Metadata {
  const image = shareImage(locale)
  return {
    metadataBase: new URL(`${baseUrl}/`),
    openGraph: { siteName, type: 'website', ...openGraphLocales(locale), images: [image] },
    twitter: { card: 'summary_large_image', images: [image] },
    alternates: { types: { 'application/atom+xml': [{ url: seoPaths.feed, title: `${siteTitle}: latest changes` }] } },
  }
}

/**
 * "2026/05/01" for an ISO time or a partial date ("2024", "2024-05"): the date form
 * Google Scholar's inclusion guidelines give for citation_publication_date.
 */
const citationDate = (date: string | null | undefined): string | undefined => {
  const match = date ? /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(date) : null
  return match ? match.slice(1).filter(Boolean).join('/') : undefined
}

/** What reference managers save a page by. */
export interface CitedPage {
  title: string
  /** The page's absolute address. */
  url: string
  /** The language its text is shown in (English where that is the fallback). */
  language: Locale
  /** When it last changed; its date unless `date` says otherwise. */
  updatedAt?: string | null
  /** The work's own date (an initiative's key date: "2024", "2024-05-17"); null when it has none, undefined to date it by its last change. */
  date?: string | null
  /** Organisations that made the work; the site's publisher otherwise. */
  authors?: readonly string[]
  /** An official identifier ("CETS No. 225"). */
  identifier?: string | null
}

/** The work's date: its own where it has one (null: none), else its last change. */
const workDate = ({ date, updatedAt }: Pick<CitedPage, 'date' | 'updatedAt'>): string | null | undefined => (date === undefined ? updatedAt : date)

/**
 * Highwire Press `citation_*` tags, as reference managers (Zotero's "Embedded Metadata"
 * translator) and Google Scholar read them: the page as a work its authors (else its
 * site's publisher) made, dated, in the language its text is shown in. Next writes each
 * value of a list as a meta element of its own (one citation_author per author).
 */
export function citationMetadata(page: CitedPage): Record<string, string | string[]> {
  const { title, url, authors, language } = page
  const published = citationDate(workDate(page))
  return {
    citation_title: title,
    citation_author: authors?.length ? [...authors] : [publisherName],
    citation_publisher: publisherName,
    ...(published ? { citation_publication_date: published } : {}),
    citation_public_url: url,
    citation_language: language,
  }
}

/** The same facts as Dublin Core (DC.*), for readers that prefer those. */
function dublinCore(page: CitedPage): Record<string, string | string[]> {
  const { title, authors, identifier, language } = page
  const day = workDate(page)?.slice(0, 10)
  return {
    'DC.title': title,
    ...(authors?.length ? { 'DC.creator': [...authors] } : {}),
    'DC.publisher': publisherName,
    ...(day ? { 'DC.date': day } : {}),
    ...(identifier ? { 'DC.identifier': identifier } : {}),
    'DC.language': language,
    'DC.type': 'Text',
  }
}

type DocumentPage = Parameters<typeof documentMetadata>[0] & { slug: string; updatedAt?: string | null }

/**
 * Metadata of a content page (a building block, risk, benefit, initiative, actor,
 * film or podcast): its SEO fields and language alternates, an article for Open Graph,
 * and the Highwire and Dublin Core tags a reference manager saves it by.
 */
export function contentPageMetadata(
  document: DocumentPage,
  path: string,
  locale: Locale,
  untranslated: boolean,
  cited: Pick<CitedPage, 'date' | 'authors' | 'identifier'> = {},
  /** 'own': the page's segment has an opengraph-image file (Next adds it; naming one here would replace it). */
  image: 'own' | 'site' = 'site',
): Metadata {
  const url = absoluteUrl(siteUrl(), path)
  const base = documentMetadata(document, locale, pathWithoutLocale(path))
  const page: CitedPage = { title: document.title, url, updatedAt: document.updatedAt, language: contentLanguage(locale, untranslated), ...cited }
  return {
    ...base,
    // A page's openGraph replaces the layout's: its languages come along.
    openGraph: {
      ...openGraphLocales(locale),
      type: 'article',
      title: base.title,
      description: base.description ?? undefined,
      url,
      modifiedTime: document.updatedAt ?? undefined,
      // A page's openGraph replaces the layout's, image included: a page without its own names the site's.
      ...(image === 'site' ? { images: [shareImage(locale)] } : {}),
    },
    other: { ...citationMetadata(page), ...dublinCore(page) },
  }
}

/**
 * A page's Open Graph object replaces the layout's whole (Next merges metadata one key deep):
 * the site's name in the visitor's language, which the layout set, is carried over.
 */
export async function withSiteName(metadata: Metadata, parent: ResolvingMetadata): Promise<Metadata> {
  const siteName = (await parent).openGraph?.siteName ?? undefined
  return { ...metadata, openGraph: { ...metadata.openGraph, siteName } }
}

/** Metadata of a building block's, risk's or benefit's page. */
export function documentPageMetadata(section: Section, document: DocumentPage, locale: Locale, untranslated: boolean): Metadata {
  return contentPageMetadata(document, documentPath[section](locale, document.slug), locale, untranslated, {}, 'own')
}

/** An initiative's page as its route reads it. */
type InitiativeForMetadata = DocumentPage & {
  identifier?: string | null
  keyDate?: string | null
  actors?: readonly (number | { name: string })[] | null
}

/** Metadata of an initiative's page: its actors as authors (organisations), its key date and identifier. */
export function initiativePageMetadata(initiative: InitiativeForMetadata, locale: Locale, untranslated: boolean): Metadata {
  const authors = (initiative.actors ?? []).flatMap((actor) => (typeof actor === 'object' ? [actor.name] : []))
  return contentPageMetadata(initiative, sitePaths.initiative(locale, initiative.slug), locale, untranslated, {
    authors,
    // An initiative is dated by its own key date, never by an edit of this page.
    date: initiative.keyDate ?? null,
    identifier: initiative.identifier,
  })
}
