import type { Locale } from '../lib/locales'

/** Where each kind of document appears on the public site. */
export type PreviewTarget =
  | { collection: 'building-blocks' | 'risks' | 'benefits' | 'media-entries' | 'citations'; slug?: string | null }
  | { global: 'home' | 'site' }

/**
 * The public path that shows a document, in the URL shape of the public site
 * (`/fr/risks/bias`). Media entries and references live on one page each and
 * are found by their anchor. Null when the document has no slug yet.
 */
export function publicPathOf(target: PreviewTarget, locale: Locale): string | null {
  if ('global' in target) return target.global === 'home' ? `/${locale}` : `/${locale}/contact`
  const slug = target.slug?.trim()
  if (!slug) return null
  const safe = encodeURIComponent(slug)
  if (target.collection === 'media-entries') return `/${locale}/media#${safe}`
  if (target.collection === 'citations') return `/${locale}/references#${safe}`
  // Building blocks, risks and benefits live under a path named like their collection.
  return `/${locale}/${target.collection}/${safe}`
}
