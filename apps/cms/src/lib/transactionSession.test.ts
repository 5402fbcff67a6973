/**
 * What transactionSession.ts relies on, checked against the installed
 * @payloadcms/db-postgres (and the @payloadcms/drizzle code it uses), not a
 * mock: a Payload upgrade that changes how the adapter keeps its transactions
 * fails here. Those packages are ESM-only and this jest compiles to CommonJS,
 * so a child `node` runs them (transactionSession.adapterCheck.mjs) and this
 * test judges what it saw. Here the adapter's `drizzle` is a stand-in; the
 * same check on a real PostgreSQL runs with the system tests
 * (tests/integration/transaction-session.test.ts), which always have one.
 */
import { execFile } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

const cmsDir = path.resolve(__dirname, '../..')
const check = path.join(__dirname, 'transactionSession.adapterCheck.mjs')

type Calls = { resolve?: number; reject?: number }
type Ending = { calls: Calls; entryRemoved: boolean; eventsWhenDone: string[] }
type Facts = {
  withoutDatabase: {
    idType: string
    sessionKeys: string[]
    memberTypes: Record<'db' | 'resolve' | 'reject', string>
    dbIsTheTransaction: boolean
    commit: Ending
    rollback: Ending
    module: {
      found: boolean
      sameObjectAgain: boolean
      sameObjectForPromisedID: boolean
      noneWithoutID: boolean
      commitEvents: string[]
      noneAfterCommit: boolean
      rollbackEvents: string[]
    }
  }
}

let facts: Facts

beforeAll(async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cms-transaction-session-test-'))
  try {
    const out = path.join(dir, 'facts.json')
    const args = [check, path.join(__dirname, 'transactionSession.ts'), out]
    await promisify(execFile)(process.execPath, args, { cwd: cmsDir, timeout: 90_000 })
    facts = JSON.parse(fs.readFileSync(out, 'utf8')) as Facts
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
}, 120_000)

describe('the installed Postgres adapter, as transactionSession.ts reads it', () => {
  it('keeps each open transaction in adapter.sessions[id] as { db, resolve, reject }, db being the drizzle transaction', () => {
    const adapter = facts.withoutDatabase
    expect(adapter.idType).toBe('string')
    expect(adapter.sessionKeys).toEqual(expect.arrayContaining(['db', 'reject', 'resolve']))
    expect(adapter.memberTypes).toEqual({ db: 'object', resolve: 'function', reject: 'function' })
    expect(adapter.dbIsTheTransaction).toBe(true)
  })

  it('commits by calling sessions[id].resolve (as it is then, so a replaced one), removing the entry, once COMMIT is done', () => {
    expect(facts.withoutDatabase.commit).toEqual({ calls: { resolve: 1 }, entryRemoved: true, eventsWhenDone: ['COMMIT'] })
  })

  it('rolls back by calling reject, never resolve', () => {
    expect(facts.withoutDatabase.rollback).toEqual({ calls: { reject: 1 }, entryRemoved: true, eventsWhenDone: ['ROLLBACK'] })
  })
})

describe('transactionSessionOf on the adapter’s sessions', () => {
  it('finds the open transaction, the same object each time, whether the id is a promise or not', () => {
    expect(facts.withoutDatabase.module).toMatchObject({ found: true, sameObjectAgain: true, sameObjectForPromisedID: true, noneWithoutID: true })
  })

  it('runs queries in the transaction and onCommit callbacks after COMMIT, in order; the session is gone after', () => {
    expect(facts.withoutDatabase.module.commitEvents).toEqual(['execute', 'COMMIT', 'onCommit 1', 'onCommit 2'])
    expect(facts.withoutDatabase.module.noneAfterCommit).toBe(true)
  })

  it('runs no onCommit callback when the transaction rolls back', () => {
    expect(facts.withoutDatabase.module.rollbackEvents).toEqual(['ROLLBACK'])
  })
})
