import { sitePaths } from '@global-ai-governance/content'
import { Feed } from 'feed'

import { absoluteUrl, publisherName, seoPaths, siteTitle } from './site'

export type ChangeKind = 'building-blocks' | 'risks' | 'benefits' | 'initiatives' | 'media-entries'

/** One published document, as the feed shows it. */
export interface ChangedDocument {
  kind: ChangeKind
  title: string
  slug: string
  summary?: string | null
  /** The editor's public note on this update ("Updated the status of the Scientific Panel"). */
  changeNote?: string | null
  updatedAt: string
  _status?: 'published' | 'draft' | null
}

export const feedSize = 50

const pathOf = (document: ChangedDocument): string => {
  switch (document.kind) {
    case 'building-blocks':
      return sitePaths.buildingBlock('en', document.slug)
    case 'risks':
      return sitePaths.risk('en', document.slug)
    case 'benefits':
      return sitePaths.benefit('en', document.slug)
    case 'initiatives':
      return sitePaths.initiative('en', document.slug)
    case 'media-entries':
      return sitePaths.mediaEntry('en', document.slug)
  }
}

// Atom's title and summary are written as type="html" (by the feed library); plain text must be escaped to be HTML.
const htmlText = (text: string): string =>
  text.replace(/[&<>"']/g, (character) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[character] as string)

/** The newest `limit` published documents of all kinds, newest first (ties by title, for a stable order). */
export function latestChanges(documents: ChangedDocument[], limit = feedSize): ChangedDocument[] {
  return documents
    .filter((document) => document._status !== 'draft' && !Number.isNaN(Date.parse(document.updatedAt)))
    .sort((a, b) => Date.parse(b.updatedAt) - Date.parse(a.updatedAt) || a.title.localeCompare(b.title))
    .slice(0, limit)
}

/**
 * Atom 1.0 of the latest published changes, in English. `now` dates an empty feed
 * (Atom requires `updated`); otherwise the newest entry does.
 */
export function buildAtomFeed(baseUrl: string, documents: ChangedDocument[], now: Date = new Date()): string {
  const changes = latestChanges(documents)
  const newest = changes[0]
  const feed = new Feed({
    id: absoluteUrl(baseUrl, seoPaths.feed),
    title: `${siteTitle}: latest changes`,
    description: 'Building blocks, risks, benefits, initiatives and media as they are published and revised.',
    link: absoluteUrl(baseUrl, sitePaths.home('en')),
    feedLinks: { atom: absoluteUrl(baseUrl, seoPaths.feed) },
    language: 'en',
    updated: newest ? new Date(newest.updatedAt) : now,
    author: { name: publisherName },
    copyright: `© ${publisherName}`,
    generator: false,
  })
  for (const change of changes) {
    const link = absoluteUrl(baseUrl, pathOf(change))
    feed.addItem({
      id: link,
      title: htmlText(change.title),
      link,
      date: new Date(change.updatedAt),
      // What changed, when the editor said so; else what the page is about.
      ...(change.changeNote?.trim() ? { description: htmlText(change.changeNote.trim()) } : change.summary ? { description: htmlText(change.summary) } : {}),
    })
  }
  return feed.atom1()
}
