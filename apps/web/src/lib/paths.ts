import { localizedHref } from '@/components/layout/SiteHeader'

import type { Locale } from './locales'

/** Addresses of the site's own pages, always in the visitor's language. */
export const paths = {
  home: (locale: Locale) => localizedHref('/', locale),
  buildingBlocks: (locale: Locale) => localizedHref('/building-blocks', locale),
  buildingBlock: (locale: Locale, slug: string) => localizedHref(`/building-blocks/${encodeURIComponent(slug)}`, locale),
  risks: (locale: Locale) => localizedHref('/risks', locale),
  risk: (locale: Locale, slug: string) => localizedHref(`/risks/${encodeURIComponent(slug)}`, locale),
  benefits: (locale: Locale) => localizedHref('/benefits', locale),
  benefit: (locale: Locale, slug: string) => localizedHref(`/benefits/${encodeURIComponent(slug)}`, locale),
  matrix: (locale: Locale) => localizedHref('/matrix', locale),
  media: (locale: Locale) => localizedHref('/media', locale),
  /** One film or podcast on the media page (anchored by its slug). */
  mediaEntry: (locale: Locale, slug: string) => `${localizedHref('/media', locale)}#${encodeURIComponent(slug)}`,
  search: (locale: Locale) => localizedHref('/search', locale),
  /** The bibliography entry of one citation (the references page anchors each entry by its slug). */
  reference: (locale: Locale, slug: string) => `${localizedHref('/references', locale)}#${encodeURIComponent(slug)}`,
}
