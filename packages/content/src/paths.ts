import { isLocale, locales, type Locale } from './locales'

/*
 * Addresses of the public site. The web builds its links with these and the
 * CMS its preview links, so a document is previewed exactly where it is shown.
 * Every page lives under a language prefix: `/fr/risks/bias`.
 */

/** The same page in another language: `/fr/risks` for ("fr", "/risks"); `path` is "/" for home. */
export const pathIn = (locale: Locale, path: string): string => `/${locale}${path === '/' || path === '' ? '' : path}`

/**
 * A page's address without its language prefix ("/fr/risks" → "/risks"); addresses
 * without a prefix (served in English) come back unchanged.
 */
export const pathWithoutLocale = (pathname: string | null | undefined): string => {
  if (!pathname || !pathname.startsWith('/')) return '/'
  const [, first = '', ...rest] = pathname.split('/')
  if (!(locales as readonly string[]).includes(first)) return pathname
  const remainder = rest.join('/')
  return remainder ? `/${remainder}` : '/'
}

/**
 * A link an editor wrote as a site path ("/risks", in the navigation or in rich
 * text), in the visitor's language. Paths that already name a language, and
 * anything that is not a site path, are left as they are.
 */
export const localizedHref = (href: string, locale: Locale): string => {
  if (!href.startsWith('/') || href.startsWith('//')) return href
  const first = href.split(/[/?#]/)[1] ?? ''
  return isLocale(first) ? href : pathIn(locale, href)
}

const segment = (slug: string) => encodeURIComponent(slug)

const withQuery = (path: string, query?: URLSearchParams | string): string => {
  const search = query === undefined ? '' : String(query)
  return search ? `${path}?${search.replace(/^\?/, '')}` : path
}

/** The site's own pages, always in the visitor's language. */
export const sitePaths = {
  home: (locale: Locale) => pathIn(locale, '/'),
  buildingBlocks: (locale: Locale) => pathIn(locale, '/building-blocks'),
  buildingBlock: (locale: Locale, slug: string) => pathIn(locale, `/building-blocks/${segment(slug)}`),
  risks: (locale: Locale) => pathIn(locale, '/risks'),
  risk: (locale: Locale, slug: string) => pathIn(locale, `/risks/${segment(slug)}`),
  benefits: (locale: Locale) => pathIn(locale, '/benefits'),
  benefit: (locale: Locale, slug: string) => pathIn(locale, `/benefits/${segment(slug)}`),
  matrix: (locale: Locale) => pathIn(locale, '/matrix'),
  /** The tracker of current efforts; `query` is its filter form's GET parameters. */
  initiatives: (locale: Locale, query?: URLSearchParams | string) => withQuery(pathIn(locale, '/initiatives'), query),
  initiative: (locale: Locale, slug: string) => pathIn(locale, `/initiatives/${segment(slug)}`),
  /** Initiatives by date, the years as headings. */
  timeline: (locale: Locale) => pathIn(locale, '/timeline'),
  actors: (locale: Locale) => pathIn(locale, '/actors'),
  /** The open-data page: what each download holds, its columns and licence. */
  openData: (locale: Locale) => pathIn(locale, '/data'),
  actor: (locale: Locale, slug: string) => pathIn(locale, `/actors/${segment(slug)}`),
  media: (locale: Locale) => pathIn(locale, '/media'),
  /** One film, podcast or episode: its own page, with its questions and the blocks it relates to. */
  mediaEntry: (locale: Locale, slug: string) => pathIn(locale, `/media/${segment(slug)}`),
  references: (locale: Locale) => pathIn(locale, '/references'),
  /** The bibliography entry of one citation (the references page anchors each entry by its slug). */
  reference: (locale: Locale, slug: string) => `${pathIn(locale, '/references')}#${segment(slug)}`,
  contact: (locale: Locale) => pathIn(locale, '/contact'),
  search: (locale: Locale) => pathIn(locale, '/search'),
} as const

/** Collections whose documents have a place on the public site. */
export const documentPageCollections = ['building-blocks', 'risks', 'benefits', 'initiatives', 'actors', 'media-entries', 'citations'] as const
export type DocumentPageCollection = (typeof documentPageCollections)[number]

/** Globals shown on the public site (the site global's contact details have their own page). */
export const pageGlobals = ['home', 'site'] as const
export type PageGlobal = (typeof pageGlobals)[number]

export type PageTarget = { collection: DocumentPageCollection; slug?: string | null } | { global: PageGlobal }

const documentPath: Record<DocumentPageCollection, (locale: Locale, slug: string) => string> = {
  'building-blocks': sitePaths.buildingBlock,
  risks: sitePaths.risk,
  benefits: sitePaths.benefit,
  initiatives: sitePaths.initiative,
  actors: sitePaths.actor,
  'media-entries': sitePaths.mediaEntry,
  citations: sitePaths.reference,
}

const globalPath: Record<PageGlobal, (locale: Locale) => string> = {
  home: sitePaths.home,
  site: sitePaths.contact,
}

/**
 * The public address that shows a document or global (`/fr/risks/bias`,
 * `/es/media/the-film`). Null when the document has no slug yet.
 */
export function publicPathOf(target: PageTarget, locale: Locale): string | null {
  if ('global' in target) return globalPath[target.global](locale)
  const slug = target.slug?.trim()
  return slug ? documentPath[target.collection](locale, slug) : null
}
