import { CACHE_TAG_PATTERN, cleanTags, readTags, type ReadTarget } from './invalidation'
import { isLocale } from './locales'
import type { CollectionSlug } from './schemas'

/*
 * The cache tags of a public address, for the cache tier in front of the web
 * (Varnish's xkey, Fastly's Surrogate-Key, Cloudflare's Cache-Tag). Next.js
 * names a page's tags only to its own cache (it sends x-next-cache-tags in
 * minimal mode only), so the web names them itself from the address, before
 * the page renders: each kind of page lists the reads it makes, and the tags
 * are those reads' `readTags`. When in doubt a page names more: a tag too many
 * costs one more render after a publish, a tag too few a stale page.
 */

/** What the open-data files and the feeds read: every published kind of content. */
const everything: readonly ReadTarget[] = (['building-blocks', 'risks', 'benefits', 'initiatives', 'actors', 'citations', 'media-entries'] as const).map((collection) => ({ collection }))

/** `page` is what follows the section: nothing (its list), a document's slug, or `unnamed` (a slug no tag can name). */
type PageReads = (page: { slug: string } | 'list' | 'unnamed') => readonly ReadTarget[]

/** A section with a list page and one page per document (`/risks`, `/risks/bias`). */
const section =
  (collection: CollectionSlug, listAlsoReads: readonly CollectionSlug[] = []): PageReads =>
  (page) => {
    if (page === 'list') return [{ collection }, ...listAlsoReads.map((other) => ({ collection: other }))]
    // A slug no tag can name is no document's: the collection's tag covers that address.
    return page === 'unnamed' ? [{ collection }] : [{ collection, slug: page.slug }]
  }

/** Each page's reads, by the first segment after the language. Every page also reads the site global (its header and footer). */
const readsBySection: Readonly<Record<string, PageReads>> = {
  // Home shows its own texts, the building blocks, risks and benefits, and the films and podcasts.
  '': () => [{ global: 'home' }, { collection: 'building-blocks' }, { collection: 'risks' }, { collection: 'benefits' }, { collection: 'media-entries' }],
  'building-blocks': section('building-blocks'),
  risks: section('risks'),
  benefits: section('benefits'),
  // The tracker's filters list blocks, risks and actors.
  initiatives: section('initiatives', ['building-blocks', 'risks', 'actors']),
  actors: section('actors'),
  media: section('media-entries'),
  references: () => [{ collection: 'citations' }],
  matrix: () => [{ collection: 'building-blocks' }, { collection: 'risks' }, { collection: 'initiatives' }],
  timeline: () => [{ collection: 'initiatives' }],
  // The data page describes the files; the files hold everything.
  data: (page) => (page === 'list' ? [] : everything),
  contact: () => [],
  search: () => [],
}

/** Site-wide files outside the language prefix. */
const readsOfFile: Readonly<Record<string, readonly ReadTarget[]>> = {
  '/sitemap.xml': everything,
  '/feed.xml': everything,
}

const decoded = (segment: string): string | null => {
  try {
    return decodeURIComponent(segment)
  } catch {
    return null
  }
}

/**
 * The tags of the page at `pathname` (`/fr/risks/bias` → the risk's, its
 * collection's, what it shows, the site's). An address no page answers gets the
 * tags of where it would be, so a 404 kept by a cache is purged when that page
 * is published. Addresses without a language are English pages.
 */
export function pageCacheTags(pathname: string): string[] {
  const file = readsOfFile[pathname]
  const targets: ReadTarget[] = [{ global: 'site' }]
  if (file) {
    targets.push(...file)
  } else {
    const segments = pathname.split('/').filter(Boolean)
    if (isLocale(segments[0] ?? '')) segments.shift()
    const [first = '', second] = segments
    const reads = readsBySection[first]
    if (reads) {
      const slug = second === undefined ? null : decoded(second)
      targets.push(...reads(second === undefined ? 'list' : slug !== null && CACHE_TAG_PATTERN.test(slug) ? { slug } : 'unnamed'))
    } else {
      targets.push(...everything)
    }
  }
  return cleanTags(targets.flatMap(readTags))
}

/**
 * The response headers that carry a page's tags: `xkey` (Varnish), `Surrogate-Key`
 * (Fastly), both separated by spaces, and `Cache-Tag` (Cloudflare), by commas.
 */
export const cacheTagHeaders = (tags: readonly string[]): Record<'xkey' | 'Surrogate-Key' | 'Cache-Tag', string> => ({
  xkey: tags.join(' '),
  'Surrogate-Key': tags.join(' '),
  'Cache-Tag': tags.join(','),
})
