import { defaultLocale, type Locale, locales, pathIn } from '@global-ai-governance/content'
import { seoPaths, siteTitle } from './seo/site'

/**
 * `alternates` for a page's metadata: its canonical address in the visitor's
 * language and hreflang links to all six languages (x-default: English).
 * Relative paths; the layout's `metadataBase` makes them absolute. A page's
 * `alternates` replaces the layout's, so the Atom feed link is repeated here.
 */
export function alternatesFor(locale: Locale, path: string) {
  const languages: Record<string, string> = Object.fromEntries(locales.map((other) => [other, pathIn(other, path)]))
  languages['x-default'] = pathIn(defaultLocale, path)
  return {
    canonical: pathIn(locale, path),
    languages,
    types: { 'application/atom+xml': [{ url: seoPaths.feed, title: `${siteTitle}: latest changes` }] },
  }
}

type DocumentWithSeo = { title: string; summary: string; seo?: { title?: string | null; description?: string | null } | null }

/** Metadata of a document's own page: its SEO fields, else its title and summary, with language alternates. */
export function documentMetadata(doc: DocumentWithSeo, locale: Locale, path: string) {
  return {
    title: doc.seo?.title || doc.title,
    description: doc.seo?.description || doc.summary,
    alternates: alternatesFor(locale, path),
  }
}
