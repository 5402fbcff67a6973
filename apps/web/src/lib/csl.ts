/*
 * The one place our citations become CSL-JSON, and CSL-JSON becomes the
 * bibliography (APA, formatted by citation-js with citeproc-js and its
 * built-in APA style). The export files are written from the same CSL-JSON
 * in referenceExport.ts.
 */
import { Cite } from '@citation-js/core'
import '@citation-js/plugin-csl'

import type { Citation, CitationType } from '@global-ai-governance/content'

/** What the mapping reads of a citation (a full document from the CMS has all of it). */
export type CitationForCsl = Pick<Citation, 'slug' | 'type' | 'year'> &
  Partial<Pick<Citation, 'title' | 'authors' | 'containerTitle' | 'publisher' | 'url' | 'doi' | 'accessed'>>

export type CslName = { family: string; given?: string } | { literal: string }
type CslDate = { 'date-parts': [number, ...number[]][] }

export type CslItem = {
  id: string
  'citation-key': string
  type: 'article-journal' | 'report' | 'book' | 'chapter' | 'webpage'
  title?: string
  author?: CslName[]
  issued: CslDate
  'container-title'?: string
  'collection-title'?: string
  publisher?: string
  URL?: string
  DOI?: string
  accessed?: CslDate
}

// A discussion or working paper is a report in CSL (BibTeX @techreport, RIS RPRT).
const cslType: Record<CitationType, CslItem['type']> = {
  'article-journal': 'article-journal',
  report: 'report',
  paper: 'report',
  book: 'book',
  chapter: 'chapter',
  webpage: 'webpage',
}

// Values are single-line in every format (RIS in particular is line-based).
const clean = (value: string | null | undefined): string | undefined => {
  const text = value?.replace(/\s+/g, ' ').trim()
  return text ? text : undefined
}

function cslAuthors(authors: CitationForCsl['authors']): CslName[] {
  const names: CslName[] = []
  for (const author of authors ?? []) {
    if (author.kind === 'organization') {
      const name = clean(author.name)
      if (name) names.push({ literal: name })
    } else {
      const family = clean(author.family)
      const given = clean(author.given)
      if (family) names.push(given ? { family, given } : { family })
    }
  }
  return names
}

function cslDate(iso: string | null | undefined): CslDate | undefined {
  const match = iso ? /^(\d{4})-(\d{2})-(\d{2})/.exec(iso) : null
  return match ? { 'date-parts': [[Number(match[1]), Number(match[2]), Number(match[3])]] } : undefined
}

/** Our citation as a CSL-JSON item; the slug is its id and its BibTeX key. */
export function toCsl(citation: CitationForCsl): CslItem {
  const type = cslType[citation.type]
  const item: CslItem = { id: citation.slug, 'citation-key': citation.slug, type, issued: { 'date-parts': [[citation.year]] } }
  const title = clean(citation.title)
  if (title) item.title = title
  const authors = cslAuthors(citation.authors)
  if (authors.length) item.author = authors
  const container = clean(citation.containerTitle)
  // For a report the "journal, series or website" field is its series; for the others, what contains it.
  if (container) item[type === 'report' ? 'collection-title' : 'container-title'] = container
  const publisher = clean(citation.publisher)
  if (publisher) item.publisher = publisher
  const url = clean(citation.url)
  if (url) item.URL = url
  const doi = clean(citation.doi)
  if (doi) item.DOI = doi
  const accessed = cslDate(citation.accessed)
  if (accessed) item.accessed = accessed
  return item
}

/** The key the bibliography is sorted by: first author (family name or organisation). */
const firstAuthor = (citation: CitationForCsl): string => {
  const first = citation.authors?.[0]
  return (first ? (first.kind === 'organization' ? first.name : first.family) : citation.title) ?? ''
}

/** By first author, then year, then title (the APA order). */
export function sortCitations<T extends CitationForCsl>(citations: readonly T[]): T[] {
  return [...citations].sort(
    (a, b) =>
      firstAuthor(a).localeCompare(firstAuthor(b), 'en', { sensitivity: 'base' }) ||
      a.year - b.year ||
      (a.title ?? '').localeCompare(b.title ?? '', 'en') ||
      a.slug.localeCompare(b.slug),
  )
}

/** The address a DOI resolves at. */
export const doiUrl = (doi: string): string => `https://doi.org/${doi}`

/** One entry of the bibliography as APA plain text (the page renders it as text, never as HTML). */
export function apaText(citation: CitationForCsl): string {
  return new Cite([toCsl(citation)]).format('bibliography', { format: 'text', template: 'apa', lang: 'en-US' }).trim()
}
