import type { Metadata } from 'next'

import { locales, pathWithoutLocale, sitePaths, type Locale } from '@global-ai-governance/content'

import { documentMetadata } from '@/lib/alternates'
import { absoluteUrl, publisherName, seoPaths, siteTitle, siteUrl } from './site'
import { contentLanguage, documentPath, type Section } from './sections'

// Open Graph names languages with a territory.
const ogLocales: Record<Locale, string> = { en: 'en_US', fr: 'fr_FR', es: 'es_ES', ar: 'ar_AR', zh: 'zh_CN', ru: 'ru_RU' }

/**
 * What every page inherits: absolute URLs from the public origin, Open Graph and Twitter
 * defaults (the image comes from app/opengraph-image.tsx) and the Atom feed's address.
 * A page that sets `openGraph` or `alternates` itself replaces these objects, so it spreads them.
 */
export function defaultSiteMetadata(baseUrl: string, locale: Locale, siteName: string): Metadata {
  const image = { url: '/opengraph-image', width: 1200, height: 630, alt: siteTitle }
  return {
    metadataBase: new URL(`${baseUrl}/`),
    openGraph: {
      siteName,
      type: 'website',
      locale: ogLocales[locale],
      alternateLocale: locales.filter((other) => other !== locale).map((other) => ogLocales[other]),
      images: [image],
    },
    twitter: { card: 'summary_large_image', images: [image] },
    alternates: { types: { 'application/atom+xml': [{ url: seoPaths.feed, title: `${siteTitle}: latest changes` }] } },
  }
}

/** "2026/05/01" for an ISO time: the date form Google Scholar's inclusion guidelines give for citation_publication_date. */
const citationDate = (iso: string | null | undefined): string | undefined => {
  const match = iso ? /^(\d{4})-(\d{2})-(\d{2})/.exec(iso) : null
  return match ? `${match[1]}/${match[2]}/${match[3]}` : undefined
}

/**
 * Highwire Press `citation_*` tags, as reference managers (Zotero's "Embedded Metadata"
 * translator) and Google Scholar read them: the page as a work its site's publisher
 * published, dated by its last change, in the language its text is shown in. Next writes
 * each value of a list as a meta element of its own (one citation_author per author).
 */
export function citationMetadata({ title, url, updatedAt, language }: { title: string; url: string; updatedAt?: string | null; language: Locale }): Record<string, string | string[]> {
  const date = citationDate(updatedAt)
  return {
    citation_title: title,
    citation_author: [publisherName],
    citation_publisher: publisherName,
    ...(date ? { citation_publication_date: date } : {}),
    citation_public_url: url,
    citation_language: language,
  }
}

type DocumentPage = Parameters<typeof documentMetadata>[0] & { slug: string; updatedAt?: string | null }

/** Metadata of a building block's, risk's or benefit's page: its SEO fields, language alternates and citation tags. */
export function documentPageMetadata(section: Section, document: DocumentPage, locale: Locale, untranslated: boolean): Metadata {
  const path = documentPath[section](locale, document.slug)
  return {
    ...documentMetadata(document, locale, pathWithoutLocale(path)),
    other: citationMetadata({ title: document.title, url: absoluteUrl(siteUrl(), path), updatedAt: document.updatedAt, language: contentLanguage(locale, untranslated) }),
  }
}

/** An initiative's page as its route reads it. */
type InitiativeForMetadata = DocumentPage & {
  identifier?: string | null
  keyDate?: string | null
  actors?: readonly (number | { name: string })[] | null
}

/**
 * Metadata of an initiative's page: an article (og:type) with Highwire tags a
 * reference manager saves it by — its actors as authors (organisations), its
 * key date — and Dublin Core (DC.*) for readers that prefer those. The
 * language is the one the text is shown in (English where it is the fallback).
 */
export function initiativePageMetadata(initiative: InitiativeForMetadata, locale: Locale, untranslated: boolean): Metadata {
  const path = sitePaths.initiative(locale, initiative.slug)
  const url = absoluteUrl(siteUrl(), path)
  const language = contentLanguage(locale, untranslated)
  const authors = (initiative.actors ?? []).flatMap((actor) => (typeof actor === 'object' ? [actor.name] : []))
  const base = documentMetadata(initiative, locale, pathWithoutLocale(path))
  const date = initiative.keyDate ? initiative.keyDate.replaceAll('-', '/') : undefined
  return {
    ...base,
    openGraph: { type: 'article', title: base.title, description: base.description ?? undefined, url, modifiedTime: initiative.updatedAt ?? undefined },
    other: {
      citation_title: initiative.title,
      citation_author: authors.length ? authors : [publisherName],
      citation_publisher: publisherName,
      ...(date ? { citation_publication_date: date } : {}),
      citation_public_url: url,
      citation_language: language,
      'DC.title': initiative.title,
      ...(authors.length ? { 'DC.creator': authors } : {}),
      'DC.publisher': publisherName,
      ...(initiative.keyDate ? { 'DC.date': initiative.keyDate } : {}),
      ...(initiative.identifier ? { 'DC.identifier': initiative.identifier } : {}),
      'DC.language': language,
      'DC.type': 'Text',
    },
  }
}
