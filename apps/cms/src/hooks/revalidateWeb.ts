/**
 * Tells the public site which cached pages a publish changed, so it shows them
 * within a second or two without a rebuild: an HTTP POST to the web's
 * /api/revalidate with the cache tags (see ./revalidateTags).
 *
 * The request is sent only after the database transaction commits: Payload
 * runs afterChange/afterDelete (and afterOperation) inside the transaction,
 * and a web app that re-fetched then would cache the old row again. Payload
 * 3.90 has no after-commit hook, so the Postgres adapter's open session is
 * wrapped: its `resolve` (what `commitTransaction` calls) sends once the
 * COMMIT has finished; a rollback sends nothing. Without a transaction the
 * write is already committed and the request goes out on the next tick.
 *
 * Then each cache node in front of the site (CACHE_PURGE_URLS) drops the pages
 * with those tags: after the web's refresh, or the cache would fetch the old
 * page again and keep it.
 *
 * Never in a seed, never for draft or autosave saves, and never an error for
 * the editor: a web or cache node that is down is logged as a warning.
 */
import { chunkTags, cleanTags } from '@global-ai-governance/content'
import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  GlobalAfterChangeHook,
  Payload,
  PayloadRequest,
} from 'payload'

import { cachePurge, webRevalidation } from '../lib/environment'
import { transactionSessionOf, type TransactionSession } from '../lib/transactionSession'
import { changeVerdict, collectionTags, globalTags, isVisible } from './revalidateTags'

const TIMEOUT_MS = 3_000

type Logger = Pick<Payload['logger'], 'info' | 'warn'>

let reportedUnconfigured = false

/** POSTs the tags to the web's revalidate route; logs instead of throwing. */
export async function sendRevalidation(logger: Logger, tags: string[], fetchImpl: typeof fetch = fetch): Promise<void> {
  const clean = cleanTags(tags)
  if (clean.length === 0) return
  await refreshWeb(logger, clean, fetchImpl)
  await purgeCacheNodes(logger, clean, fetchImpl)
}

async function refreshWeb(logger: Logger, clean: string[], fetchImpl: typeof fetch): Promise<void> {
  const target = webRevalidation()
  if (!target) {
    if (!reportedUnconfigured) {
      reportedUnconfigured = true
      logger[process.env.NODE_ENV === 'production' ? 'warn' : 'info']('Public site refresh is off: set REVALIDATE_SECRET (and WEB_URL in production) so publishes show on the site at once.')
    }
    return
  }
  for (const chunk of chunkTags(clean)) {
    try {
      const response = await fetchImpl(target.url, {
        method: 'POST',
        headers: { Authorization: `Bearer ${target.secret}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ tags: chunk }),
        signal: AbortSignal.timeout(TIMEOUT_MS),
      })
      if (!response.ok) {
        logger.warn(`Could not refresh the public site (${target.url} answered ${response.status}) for: ${chunk.join(', ')}`)
      }
    } catch (error) {
      logger.warn(`Could not reach the public site at ${target.url} to refresh: ${chunk.join(', ')} (${(error as Error).message})`)
    }
  }
}

/** `PURGE /` on every cache node with the tags in `xkey-purge` (deploy/varnish/default.vcl); logs instead of throwing. */
export async function purgeCacheNodes(logger: Logger, clean: string[], fetchImpl: typeof fetch = fetch): Promise<void> {
  let nodes: ReturnType<typeof cachePurge>
  try {
    nodes = cachePurge()
  } catch (error) {
    logger.warn(`Cache nodes not purged: ${(error as Error).message}`)
    return
  }
  if (!nodes) return
  const { urls, secret } = nodes
  await Promise.all(
    urls.map(async (url) => {
      for (const chunk of chunkTags(clean)) {
        try {
          const response = await fetchImpl(url, {
            method: 'PURGE',
            headers: { 'xkey-purge': chunk.join(' '), 'X-Purge-Secret': secret },
            signal: AbortSignal.timeout(TIMEOUT_MS),
          })
          await response.arrayBuffer().catch(() => undefined)
          if (!response.ok) logger.warn(`Could not purge the cache node ${url} (it answered ${response.status}) for: ${chunk.join(', ')}`)
        } catch (error) {
          logger.warn(`Could not reach the cache node ${url} to purge: ${chunk.join(', ')} (${(error as Error).message})`)
        }
      }
    }),
  )
}

// Tags waiting for one transaction's commit, by its session.
const pendingBySession = new WeakMap<TransactionSession, Set<string>>()

/**
 * Runs `send(tags)` once the transaction `req` writes in has committed, with
 * the tags of every write in that transaction together; never on rollback.
 */
export async function afterCommit(req: Pick<PayloadRequest, 'payload' | 'transactionID'>, tags: string[], send: (tags: string[]) => unknown): Promise<void> {
  if (tags.length === 0) return
  const session = await transactionSessionOf(req)
  if (!session) {
    // No transaction (or it already ended): the write is visible now.
    setTimeout(() => void send(tags), 0)
    return
  }
  const pending = pendingBySession.get(session)
  if (pending) {
    for (const tag of tags) pending.add(tag)
    return
  }
  const collected = new Set(tags)
  pendingBySession.set(session, collected)
  session.onCommit(() => send([...collected]))
}

const isSeed = (context: Record<string, unknown> | undefined): boolean => Boolean(context?.seed)

const notify = (req: PayloadRequest, tags: string[]) => afterCommit(req, tags, (ready) => sendRevalidation(req.payload.logger, ready))

const warnHookFailure = (req: PayloadRequest, error: unknown) =>
  req.payload.logger.warn(`Public site refresh skipped after an error: ${(error as Error)?.message ?? String(error)}`)

/** afterChange for collections: published changes, unpublishes, slug changes. */
export const revalidateCollectionAfterChange: CollectionAfterChangeHook = async ({ collection, doc, previousDoc, req, context }) => {
  try {
    if (isSeed(context)) return doc
    const hasDrafts = Boolean(collection.versions && typeof collection.versions === 'object' && collection.versions.drafts)
    let verdict = changeVerdict(doc, previousDoc, hasDrafts)
    if (verdict === 'ask-live-row') {
      // A draft saved on a published document leaves the live row published; an unpublish does not.
      const live = await req.payload.db.findOne<{ id: number | string; _status?: unknown }>({ collection: collection.slug, where: { id: { equals: doc.id } }, req })
      verdict = live?._status === 'published' ? 'draft-only' : 'public'
    }
    if (verdict === 'public') await notify(req, collectionTags(collection.slug, doc, previousDoc))
  } catch (error) {
    warnHookFailure(req, error)
  }
  return doc
}

/** afterDelete for collections: only a document the public could see matters. */
export const revalidateCollectionAfterDelete: CollectionAfterDeleteHook = async ({ collection, doc, req, context }) => {
  try {
    if (isSeed(context)) return doc
    if (isVisible(doc)) await notify(req, collectionTags(collection.slug, doc))
  } catch (error) {
    warnHookFailure(req, error)
  }
  return doc
}

/** afterChange for globals (home, site). */
export const revalidateGlobalAfterChange: GlobalAfterChangeHook = async ({ global, doc, previousDoc, req, context }) => {
  try {
    if (isSeed(context)) return doc
    const hasDrafts = Boolean(global.versions && typeof global.versions === 'object' && global.versions.drafts)
    let verdict = changeVerdict(doc, previousDoc, hasDrafts)
    if (verdict === 'ask-live-row') {
      const live = (await req.payload.db.findGlobal({ slug: global.slug, req })) as { _status?: unknown } | undefined
      verdict = live?._status === 'published' ? 'draft-only' : 'public'
    }
    // Globals without drafts are always public.
    if (verdict === 'public' || (!hasDrafts && verdict === 'draft-only')) await notify(req, globalTags(global.slug))
  } catch (error) {
    warnHookFailure(req, error)
  }
  return doc
}
