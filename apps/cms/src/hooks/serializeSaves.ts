import { sql } from '@payloadcms/db-postgres'
import { APIError, type CollectionBeforeOperationHook, type GlobalBeforeOperationHook, type PayloadRequest } from 'payload'

import { transactionSessionOf } from '../lib/transactionSession'

/*
 * Saves of one document, one at a time. Payload reads the stored document,
 * merges the incoming fields into it and writes the whole document back, so
 * two editors saving at once (one the French title, the other the order)
 * each wrote back the other's old values: every save answered 200 and all but
 * one were lost. A transaction-scoped advisory lock per document, taken before
 * Payload reads it, makes the second save wait for the first to commit and
 * then merge into the result. Unrelated documents never wait for each other
 * (barring a hash collision, which only serialises two saves). A save that
 * cannot get its turn within LOCK_WAIT (a stuck save, or every pooled
 * connection taken by waiting saves) is refused with 409 and a message, never
 * dropped silently.
 */
const LOCK_WAIT = '10s'

async function holdSaveLock(req: PayloadRequest, key: string) {
  const session = await transactionSessionOf(req)
  if (!session) return // no transaction: nothing would hold the lock
  await session.execute(sql.raw(`set local lock_timeout = '${LOCK_WAIT}'`))
  try {
    await session.execute(sql`select pg_advisory_xact_lock(hashtext(${key}))`)
  } catch (error) {
    const code = (error as { code?: string; cause?: { code?: string } }).code ?? (error as { cause?: { code?: string } }).cause?.code
    if (code === '55P03') {
      throw new APIError('Someone else is saving this document right now, so your change was not saved. Please try again in a moment.', 409, undefined, true)
    }
    throw error
  }
}

export const serializeDocumentSaves: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  // Only saves of one document (updateByID) carry an id; bulk updates by `where` do not.
  const id = (args as { id?: number | string } | undefined)?.id
  if (operation === 'update' && id !== undefined && id !== null) await holdSaveLock(req, `${collection.slug}:${id}`)
  return args
}

export const serializeGlobalSaves: GlobalBeforeOperationHook = async ({ args, global, operation, req }) => {
  if (operation === 'update') await holdSaveLock(req, `global:${global.slug}`)
  return args
}
