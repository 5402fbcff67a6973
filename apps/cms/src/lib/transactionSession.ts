/**
 * The database transaction a request writes in, for the two things this app
 * needs and Payload 3.90 offers no API for: running a query inside it (a
 * transaction-scoped lock, hooks/serializeSaves.ts) and running code once it
 * has committed (hooks/revalidateWeb.ts).
 *
 * The one place that reads the Postgres adapter's internals
 * (@payloadcms/drizzle, dist/transactions/*.js): `beginTransaction` keeps each
 * open transaction in `adapter.sessions[id]` as `{ db, resolve, reject }`,
 * `db` being the drizzle transaction, and `commitTransaction(id)` removes the
 * entry and calls its `resolve`, which settles once COMMIT has finished
 * (`rollbackTransaction` calls `reject` instead). transactionSession.test.ts
 * checks this against the installed adapter, so an upgrade that changes it
 * fails there rather than silently in production.
 */
import type { sql } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'

type Query = ReturnType<typeof sql.raw>

/** An entry of the adapter's `sessions`, as @payloadcms/drizzle's beginTransaction stores it. */
type AdapterSession = {
  db?: { execute?: (query: Query) => Promise<unknown> }
  resolve: () => Promise<unknown>
  reject?: () => Promise<unknown>
}

export type TransactionSession = {
  /** Runs a query inside the transaction. */
  execute(query: Query): Promise<unknown>
  /** Calls `fn` once the transaction has committed (its result is not awaited); never if it rolls back or the COMMIT fails. */
  onCommit(fn: () => unknown): void
}

// One TransactionSession per adapter session, so callers may key their own state by it.
const wrappers = new WeakMap<AdapterSession, TransactionSession>()

function wrap(session: AdapterSession): TransactionSession {
  return {
    execute(query) {
      if (typeof session.db?.execute !== 'function') throw new Error('The database adapter’s transaction session has no db.execute (has @payloadcms/db-postgres changed?).')
      return session.db.execute(query)
    },
    onCommit(fn) {
      const commit = session.resolve
      session.resolve = async () => {
        const result = await commit()
        void fn()
        return result
      }
    },
  }
}

/**
 * The open transaction `req` writes in, or undefined when there is none (no
 * transaction, or it has already ended): a write then is committed at once.
 * The same object for every call within one transaction.
 */
export async function transactionSessionOf(req: Pick<PayloadRequest, 'payload' | 'transactionID'>): Promise<TransactionSession | undefined> {
  const transactionID = req.transactionID instanceof Promise ? await req.transactionID : req.transactionID
  if (transactionID === undefined || transactionID === null) return undefined
  const sessions = (req.payload.db as unknown as { sessions?: Record<string, AdapterSession | undefined> }).sessions
  const session = sessions?.[String(transactionID)]
  if (!session || typeof session.resolve !== 'function') return undefined
  let wrapper = wrappers.get(session)
  if (!wrapper) wrappers.set(session, (wrapper = wrap(session)))
  return wrapper
}
