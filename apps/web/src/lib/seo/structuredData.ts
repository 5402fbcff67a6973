/*
 * schema.org structured data (JSON-LD) for every page type. Each page carries one
 * `@graph`: the page itself (typed for what it is) and, below the home page, its
 * BreadcrumbList. The breadcrumb names are the interface strings the visible
 * breadcrumbs use; `inLanguage` is the language the text is shown in (English
 * where a document has no translation yet).
 */
import {
  populatedOnly,
  sitePaths,
  type ActorSummary,
  type CitationAuthor,
  type CitationType,
  type InitiativeKind,
  type InitiativeStatus,
  type Locale,
  type MediaKind,
  type Relation,
} from '@global-ai-governance/content'

import { doiUrl, sortCitations, type CitationForCsl } from '@/lib/csl'
import { safeLinkUrl } from '@/lib/embed'
import { translator } from '@/lib/i18n'
import { documentPath, sections, type Section } from './sections'
import { absoluteUrl, publisherName, publisherUrl, siteUrl } from './site'

const schemaOrgContext = 'https://schema.org'

export type JsonLdNode = Record<string, unknown>

/** Where a page is: the public origin, the visitor's language and the site's name in it. */
export interface PageContext {
  baseUrl: string
  locale: Locale
  siteName: string
}

/** The context of a page served here (the public origin from WEB_PUBLIC_URL). */
export const pageContext = (locale: Locale, siteName: string): PageContext => ({ baseUrl: siteUrl(), locale, siteName })

/** A step of a breadcrumb trail: its name and site path. */
export interface Crumb {
  name: string
  path: string
}

/** Leaves out what is not known (undefined, null, empty text or lists), so no property is empty. */
const known = (node: JsonLdNode): JsonLdNode =>
  Object.fromEntries(Object.entries(node).filter(([, value]) => value !== undefined && value !== null && value !== '' && !(Array.isArray(value) && value.length === 0)))

const publisher = { '@type': 'Organization', name: publisherName, url: publisherUrl } as const

const homeUrl = (page: PageContext) => absoluteUrl(page.baseUrl, sitePaths.home(page.locale))

/** The site in the visitor's language, as the page's `isPartOf`. */
const website = (page: PageContext): JsonLdNode => ({ '@type': 'WebSite', '@id': `${homeUrl(page)}#website`, name: page.siteName, url: homeUrl(page) })

/** One JSON-LD document of nodes sharing the schema.org context. */
const jsonLdGraph = (...nodes: JsonLdNode[]): JsonLdNode => ({ '@context': schemaOrgContext, '@graph': nodes })

function breadcrumbList(baseUrl: string, trail: Crumb[]): JsonLdNode {
  return {
    '@type': 'BreadcrumbList',
    itemListElement: trail.map((crumb, index) => ({ '@type': 'ListItem', position: index + 1, name: crumb.name, item: absoluteUrl(baseUrl, crumb.path) })),
  }
}

const homeCrumb = (locale: Locale): Crumb => ({ name: translator(locale)('breadcrumbs.home'), path: sitePaths.home(locale) })

const sectionCrumb = (locale: Locale, section: Section): Crumb => ({ name: translator(locale)(sections[section].label), path: sections[section].path(locale) })

/** A page's node with what every page has: name, description, address, language, site. */
function pageNode(page: PageContext, type: string, { name, description, path, inLanguage = page.locale }: { name: string; description?: string | null; path: string; inLanguage?: string }): JsonLdNode {
  return known({ '@type': type, '@id': absoluteUrl(page.baseUrl, path), name, description, url: absoluteUrl(page.baseUrl, path), inLanguage, isPartOf: website(page) })
}

/** The page and its breadcrumb trail (home first, the page itself last). */
const withTrail = (page: PageContext, node: JsonLdNode, trail: Crumb[]): JsonLdNode => jsonLdGraph(node, breadcrumbList(page.baseUrl, [homeCrumb(page.locale), ...trail]))

/* ------------------------------------------------------------------ home */

/** The home page: the site (WebSite) and who publishes it (Organization). */
export function homeJsonLd(page: PageContext, description?: string | null): JsonLdNode {
  return jsonLdGraph(known({ ...website(page), description, inLanguage: page.locale, publisher }))
}

/* ------------------------------------------------------------ index pages */

/** What an index lists of a document. */
export interface ListedDocument {
  title: string
  slug: string
}

const itemList = (items: JsonLdNode[]): JsonLdNode => ({ '@type': 'ItemList', numberOfItems: items.length, itemListElement: items })

/** The building blocks, risks or benefits index: a CollectionPage listing each document's page in order. */
export function indexJsonLd(page: PageContext, section: Section, documents: readonly ListedDocument[]): JsonLdNode {
  const t = translator(page.locale)
  const [name, description] = [t(sections[section].title), t(sections[section].description)]
  const items = documents.map((document, index) => ({
    '@type': 'ListItem',
    position: index + 1,
    name: document.title,
    url: absoluteUrl(page.baseUrl, documentPath[section](page.locale, document.slug)),
  }))
  const node = { ...pageNode(page, 'CollectionPage', { name, description, path: sections[section].path(page.locale) }), mainEntity: itemList(items) }
  return withTrail(page, node, [sectionCrumb(page.locale, section)])
}

/* --------------------------------------------------------- document pages */

/** A document's page as its route reads it: a building block, a risk or a benefit. */
export interface DocumentForJsonLd {
  title: string
  slug: string
  summary?: string | null
  updatedAt?: string | null
  seo?: { title?: string | null; description?: string | null } | null
  citations?: readonly Relation<CitedWork & { id: number }>[] | null
}

/** What a document's citations carry (their `defaultPopulate` summary). */
export type CitedWork = Pick<CitationForCsl, 'slug' | 'year'> & Partial<Pick<CitationForCsl, 'title' | 'authors' | 'url' | 'doi' | 'type'>>

const personOrOrganization = (author: CitationAuthor): JsonLdNode | null => {
  if (author.kind === 'organization') return author.name ? { '@type': 'Organization', name: author.name } : null
  if (!author.family) return null
  return known({ '@type': 'Person', name: author.given ? `${author.given} ${author.family}` : author.family, givenName: author.given, familyName: author.family })
}

// The CSL types of the bibliography as schema.org types (a discussion or working paper is a report there too).
const workType: Record<CitationType, string> = {
  'article-journal': 'ScholarlyArticle',
  report: 'Report',
  paper: 'Report',
  book: 'Book',
  chapter: 'Chapter',
  webpage: 'WebPage',
}

// What contains the work: a journal, the book of a chapter, a report's series.
const containerType: Record<CitationType, string> = {
  'article-journal': 'Periodical',
  report: 'CreativeWorkSeries',
  paper: 'CreativeWorkSeries',
  book: 'CreativeWorkSeries',
  chapter: 'Book',
  webpage: 'WebSite',
}

/** One work of the bibliography, identified by its entry on the references page. */
function workNode(baseUrl: string, locale: Locale, work: CitedWork & { containerTitle?: string | null; publisher?: string | null }): JsonLdNode {
  const doi = work.doi?.trim() ? doiUrl(work.doi.trim()) : undefined
  const authors = (work.authors ?? []).map(personOrOrganization).filter((author): author is JsonLdNode => author !== null)
  return known({
    '@type': work.type ? workType[work.type] : 'CreativeWork',
    '@id': absoluteUrl(baseUrl, sitePaths.reference(locale, work.slug)),
    name: work.title?.trim(),
    author: authors,
    datePublished: String(work.year),
    url: work.url ?? doi,
    sameAs: doi && work.url ? doi : undefined,
    publisher: work.publisher?.trim() ? { '@type': 'Organization', name: work.publisher.trim() } : undefined,
    isPartOf: work.containerTitle?.trim() && work.type ? { '@type': containerType[work.type], name: work.containerTitle.trim() } : undefined,
  })
}

/**
 * A building block's, risk's or benefit's page: an Article by the site's publisher, dated by
 * its last change, citing the works of the bibliography it draws on. `inLanguage` is the
 * language its text is shown in.
 */
export function documentJsonLd(page: PageContext, section: Section, document: DocumentForJsonLd, inLanguage: string): JsonLdNode {
  const path = documentPath[section](page.locale, document.slug)
  const url = absoluteUrl(page.baseUrl, path)
  const article = known({
    ...pageNode(page, 'Article', { name: document.title, description: document.seo?.description || document.summary, path, inLanguage }),
    headline: document.title,
    mainEntityOfPage: url,
    dateModified: document.updatedAt,
    author: publisher,
    publisher,
    citation: populatedOnly(document.citations).map((work) => workNode(page.baseUrl, page.locale, work)),
  })
  return withTrail(page, article, [sectionCrumb(page.locale, section), { name: document.title, path }])
}

/* ---------------------------------------------------------- other pages */

/** The risk × building-block matrix: a WebPage under the building blocks. */
export function matrixJsonLd(page: PageContext, { name, description, crumb }: { name: string; description: string; crumb: string }): JsonLdNode {
  const path = sitePaths.matrix(page.locale)
  return withTrail(page, pageNode(page, 'WebPage', { name, description, path }), [sectionCrumb(page.locale, 'buildingBlocks'), { name: crumb, path }])
}

/** A bibliography entry as the references page reads it. */
export type BibliographyEntry = CitedWork & Pick<CitationForCsl, 'type'> & { containerTitle?: string | null; publisher?: string | null }

/** The references page: a CollectionPage whose main entity is the bibliography, in the page's (APA) order. */
export function referencesJsonLd(page: PageContext, { name, description, citations }: { name: string; description: string; citations: readonly BibliographyEntry[] }): JsonLdNode {
  const path = sitePaths.references(page.locale)
  const works = sortCitations(citations).map((work, index) => ({ '@type': 'ListItem', position: index + 1, item: workNode(page.baseUrl, page.locale, work) }))
  const node = { ...pageNode(page, 'CollectionPage', { name, description, path }), mainEntity: itemList(works) }
  return withTrail(page, node, [{ name, path }])
}

/** A film, podcast or episode as the media pages read it. */
export interface MediaForJsonLd {
  kind: MediaKind
  title: string
  slug: string
  summary?: string | null
  publisher?: string | null
  partners?: readonly { name: string }[] | null
  watchUrl?: string | null
}

const mediaType: Record<MediaKind, string> = { film: 'Movie', podcast: 'PodcastSeries', episode: 'PodcastEpisode' }

/** One film (Movie), podcast (PodcastSeries) or episode (PodcastEpisode), identified by its page here; where to watch it as `sameAs`. */
function mediaNode(page: PageContext, entry: MediaForJsonLd, inLanguage?: string): JsonLdNode {
  return known({
    ...pageNode(page, mediaType[entry.kind], { name: entry.title, description: entry.summary, path: sitePaths.mediaEntry(page.locale, entry.slug), inLanguage }),
    sameAs: safeLinkUrl(entry.watchUrl) ?? undefined,
    publisher: entry.publisher ? { '@type': 'Organization', name: entry.publisher } : undefined,
    contributor: (entry.partners ?? []).map((partner) => ({ '@type': 'Organization', name: partner.name })),
  })
}

/** The media page: a CollectionPage listing each film, podcast and episode. */
export function mediaJsonLd(page: PageContext, { name, description, entries }: { name: string; description: string; entries: readonly MediaForJsonLd[] }): JsonLdNode {
  const path = sitePaths.media(page.locale)
  const items = entries.map((entry, index) => {
    // A list item names the work, not the whole page it is on.
    const { isPartOf: _site, inLanguage: _language, ...item } = mediaNode(page, entry)
    return { '@type': 'ListItem', position: index + 1, item }
  })
  const node = { ...pageNode(page, 'CollectionPage', { name, description, path }), mainEntity: itemList(items) }
  return withTrail(page, node, [{ name, path }])
}

/**
 * A film's, podcast's or episode's own page: the work, dated by its last change,
 * about the building blocks it relates to. `inLanguage` is the language its text is shown in.
 */
export function mediaEntryJsonLd(
  page: PageContext,
  entry: MediaForJsonLd & { updatedAt: string; relatedBuildingBlocks?: readonly Relation<{ id: number; title: string; slug: string }>[] | null },
  inLanguage: string,
  crumb: string,
): JsonLdNode {
  const path = sitePaths.mediaEntry(page.locale, entry.slug)
  const about = populatedOnly(entry.relatedBuildingBlocks).map((block) => ({ '@type': 'Thing', name: block.title, url: absoluteUrl(page.baseUrl, sitePaths.buildingBlock(page.locale, block.slug)) }))
  const node = known({ ...mediaNode(page, entry, inLanguage), dateModified: entry.updatedAt, about })
  return withTrail(page, node, [{ name: crumb, path: sitePaths.media(page.locale) }, { name: entry.title, path }])
}

/** The contact page: a ContactPage about the organisation and team to write to. */
export function contactJsonLd(
  page: PageContext,
  { name, description, contact }: { name: string; description: string; contact: { team?: string | null; organisation?: string | null; email?: string | null } },
): JsonLdNode {
  const path = sitePaths.contact(page.locale)
  // Only an address the page itself shows as a mailto link (ContactPage's own check).
  const email = contact.email?.trim()?.match(/^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/)?.[0]
  const contactPoint = contact.team || email ? known({ '@type': 'ContactPoint', name: contact.team, email }) : undefined
  const organization = known({ '@type': 'Organization', name: contact.organisation || publisherName, contactPoint })
  return withTrail(page, { ...pageNode(page, 'ContactPage', { name, description, path }), mainEntity: organization }, [{ name, path }])
}

/* ------------------------------------------------------------ initiatives */

/** An initiative as its page reads it. */
export interface InitiativeForJsonLd {
  title: string
  slug: string
  officialTitle?: string | null
  identifier?: string | null
  kind: InitiativeKind
  status: InitiativeStatus
  summary: string
  keyDate?: string | null
  dates?: { adopted?: string | null; inForce?: string | null } | null
  updatedAt: string
  actors?: readonly Relation<ActorSummary>[] | null
  sources?: readonly { url: string }[] | null
}

const legislative: ReadonlySet<InitiativeKind> = new Set(['treaty', 'law', 'resolution'])

/** schema.org's legal force, where the status says it for certain. */
const legalForce = (status: InitiativeStatus): string | undefined =>
  status === 'in-force' ? 'https://schema.org/InForce' : status === 'withdrawn' || status === 'superseded' ? 'https://schema.org/NotInForce' : undefined

/**
 * An initiative's page: Legislation for treaties, laws and resolutions (with
 * its identifier, date and legal force), Report for reports, CreativeWork
 * otherwise; by its actors, with its official sources as `sameAs`.
 */
export function initiativeJsonLd(page: PageContext, initiative: InitiativeForJsonLd, inLanguage: string, crumb: string): JsonLdNode {
  const path = sitePaths.initiative(page.locale, initiative.slug)
  const type = legislative.has(initiative.kind) ? 'Legislation' : initiative.kind === 'report' ? 'Report' : 'CreativeWork'
  const actors = populatedOnly(initiative.actors).map((actor) => ({ '@type': 'Organization', name: actor.name, alternateName: actor.shortName ?? undefined }))
  const node = known({
    ...pageNode(page, type, { name: initiative.title, description: initiative.summary, path, inLanguage }),
    alternateName: initiative.officialTitle,
    identifier: initiative.identifier,
    dateModified: initiative.updatedAt,
    datePublished: initiative.dates?.adopted ?? initiative.keyDate,
    author: actors.length ? actors : undefined,
    sameAs: (initiative.sources ?? []).map((source) => source.url),
    ...(type === 'Legislation'
      ? known({
          legislationIdentifier: initiative.identifier,
          legislationDate: initiative.dates?.adopted,
          legislationDateOfApplicability: initiative.dates?.inForce,
          legislationLegalForce: legalForce(initiative.status),
        })
      : {}),
  })
  return withTrail(page, node, [{ name: crumb, path: sitePaths.initiatives(page.locale) }, { name: initiative.title, path }])
}

/* ----------------------------------------------------------------- actors */

/** An actor as its pages read it. */
export interface ActorForJsonLd {
  name: string
  slug: string
  shortName?: string | null
  summary?: string | null
  /** Its official site. */
  url?: string | null
}

/** The organisation or group itself; its page here is the `@id`-less subject, its official site `sameAs`. */
const organizationNode = (page: PageContext, actor: ActorForJsonLd): JsonLdNode =>
  known({
    '@type': 'Organization',
    name: actor.name,
    alternateName: actor.shortName && actor.shortName !== actor.name ? actor.shortName : undefined,
    description: actor.summary,
    url: absoluteUrl(page.baseUrl, sitePaths.actor(page.locale, actor.slug)),
    sameAs: safeLinkUrl(actor.url) ?? undefined,
  })

/** The actors page: a CollectionPage listing each organisation, under the current efforts. */
export function actorsJsonLd(page: PageContext, { name, description, crumb, actors }: { name: string; description: string; crumb: string; actors: readonly ActorForJsonLd[] }): JsonLdNode {
  const path = sitePaths.actors(page.locale)
  const items = actors.map((actor, index) => ({ '@type': 'ListItem', position: index + 1, item: organizationNode(page, actor) }))
  const node = { ...pageNode(page, 'CollectionPage', { name, description, path }), mainEntity: itemList(items) }
  return withTrail(page, node, [{ name: crumb, path: sitePaths.initiatives(page.locale) }, { name, path }])
}

/** An actor's page: a ProfilePage about the organisation, dated by its last change. */
export function actorJsonLd(page: PageContext, actor: ActorForJsonLd & { updatedAt: string }, inLanguage: string, crumbs: { initiatives: string; actors: string }): JsonLdNode {
  const path = sitePaths.actor(page.locale, actor.slug)
  const node = known({
    ...pageNode(page, 'ProfilePage', { name: actor.name, description: actor.summary, path, inLanguage }),
    dateModified: actor.updatedAt,
    mainEntity: organizationNode(page, actor),
  })
  return withTrail(page, node, [
    { name: crumbs.initiatives, path: sitePaths.initiatives(page.locale) },
    { name: crumbs.actors, path: sitePaths.actors(page.locale) },
    { name: actor.name, path },
  ])
}

/* -------------------------------------------------------------- open data */

/** One downloadable file of the open data. */
export interface DataFile {
  name: string
  /** Its site path, with the page's language as a parameter where it needs one. */
  path: string
  format: 'csv' | 'json'
}

const mediaTypes = { csv: 'text/csv', json: 'application/json' } as const

/** The open-data page: a Dataset under its licence, each file a DataDownload. */
export function openDataJsonLd(
  page: PageContext,
  { name, description, crumb, licence, files }: { name: string; description: string; crumb: string; licence: string; files: readonly DataFile[] },
): JsonLdNode {
  const path = sitePaths.openData(page.locale)
  const node = known({
    ...pageNode(page, 'Dataset', { name, description, path }),
    license: licence,
    creator: publisher,
    publisher,
    isAccessibleForFree: true,
    distribution: files.map((file) => ({ '@type': 'DataDownload', name: file.name, encodingFormat: mediaTypes[file.format], contentUrl: absoluteUrl(page.baseUrl, file.path) })),
  })
  return withTrail(page, node, [{ name: crumb, path }])
}
