import { sitePaths, type Locale } from '@global-ai-governance/content'

import { absoluteUrl, publisherName } from './site'

const context = 'https://schema.org'

const publisher = { '@type': 'Organization', name: publisherName, url: 'https://futureoflife.org' } as const

/** schema.org WebSite for the home page. */
export function websiteJsonLd(baseUrl: string, locale: Locale, name: string) {
  return { '@context': context, '@type': 'WebSite', name, url: absoluteUrl(baseUrl, sitePaths.home(locale)), inLanguage: locale, publisher }
}

/** schema.org Article for one building block's page. */
export function buildingBlockJsonLd(
  baseUrl: string,
  locale: Locale,
  block: { title: string; slug: string; summary?: string | null; updatedAt?: string | null; seo?: { title?: string | null; description?: string | null } | null },
) {
  const url = absoluteUrl(baseUrl, sitePaths.buildingBlock(locale, block.slug))
  return {
    '@context': context,
    '@type': 'Article',
    headline: block.title,
    name: block.title,
    description: block.seo?.description || block.summary || undefined,
    ...(block.updatedAt ? { dateModified: block.updatedAt } : {}),
    inLanguage: locale,
    url,
    mainEntityOfPage: url,
    publisher,
  }
}
