import type { Metadata } from 'next'

import { locales, type Locale } from '@global-ai-governance/content'
import { seoPaths, siteTitle } from './site'

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
