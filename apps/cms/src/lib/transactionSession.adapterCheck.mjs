// Run by transactionSession.test.ts in a child `node`: the Payload packages
// are ESM-only and the CMS's jest compiles tests to CommonJS. Takes the
// adapter's transaction functions from the installed @payloadcms/db-postgres
// (which gets them from @payloadcms/drizzle), runs transactionSession.ts (compiled
// here by SWC) on the sessions they create, and writes what it saw as JSON
// to the file named by argv[3]: the test judges it.
//   node transactionSession.adapterCheck.mjs <transactionSession.ts> <out.json> [postgres admin URL]
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

import { postgresAdapter, sql } from '@payloadcms/db-postgres'
import swc from '@swc/core'
import pg from 'pg'

const [modulePath, outPath, adminUrl] = process.argv.slice(2)
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'cms-transaction-session-'))

async function loadModule() {
  const { code } = swc.transformFileSync(modulePath, {
    jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
    module: { type: 'es6' },
  })
  // Written outside the project, so it may import types only (it does: nothing it needs is a runtime import).
  const file = path.join(work, 'transactionSession.mjs')
  fs.writeFileSync(file, code)
  return import(pathToFileURL(file).href)
}

const silent = { debug() {}, error() {}, info() {}, warn() {} }
const newAdapter = (pool) => postgresAdapter({ pool, push: false, migrationDir: work }).init({ payload: { logger: silent } })
const spy = (object, name, calls) => {
  const original = object[name]
  object[name] = (...args) => {
    calls[name] = (calls[name] ?? 0) + 1
    return original(...args)
  }
}

/** The adapter with its drizzle replaced by a stand-in whose transaction logs COMMIT or ROLLBACK as drizzle's would. */
function adapterWithoutDatabase() {
  const adapter = newAdapter({ connectionString: 'postgres://unused' })
  const events = []
  const handed = []
  adapter.drizzle = {
    transaction: (callback) =>
      (async () => {
        await new Promise((resolve) => setImmediate(resolve)) // drizzle first takes a pooled connection
        const tx = { execute: async (query) => events.push(query?.queryChunks ? 'execute' : 'execute (not a query)') }
        handed.push(tx)
        try {
          await callback(tx)
        } catch (error) {
          events.push('ROLLBACK')
          throw error
        }
        events.push('COMMIT')
      })(),
  }
  adapter.resolveInitializing()
  return { adapter, events, handed }
}

async function withoutDatabase({ transactionSessionOf }) {
  const { adapter, events, handed } = adapterWithoutDatabase()
  const facts = {}

  const id = await adapter.beginTransaction()
  const session = adapter.sessions[id]
  facts.idType = typeof id
  facts.sessionKeys = Object.keys(session ?? {}).sort()
  facts.memberTypes = { db: typeof session?.db, resolve: typeof session?.resolve, reject: typeof session?.reject }
  facts.dbIsTheTransaction = session?.db === handed[0]

  const calls = {}
  spy(session, 'resolve', calls)
  spy(session, 'reject', calls)
  await adapter.commitTransaction(id)
  facts.commit = { calls, entryRemoved: !(id in adapter.sessions), eventsWhenDone: [...events] }

  events.length = 0
  const rollbackID = await adapter.beginTransaction()
  const rollbackCalls = {}
  spy(adapter.sessions[rollbackID], 'resolve', rollbackCalls)
  spy(adapter.sessions[rollbackID], 'reject', rollbackCalls)
  await adapter.rollbackTransaction(rollbackID)
  facts.rollback = { calls: rollbackCalls, entryRemoved: !(rollbackID in adapter.sessions), eventsWhenDone: [...events] }

  // transactionSession.ts on the adapter's own sessions.
  events.length = 0
  const moduleID = await adapter.beginTransaction()
  const req = { payload: { db: adapter }, transactionID: moduleID }
  const wrapped = await transactionSessionOf(req)
  facts.module = {
    found: Boolean(wrapped),
    sameObjectAgain: wrapped === (await transactionSessionOf(req)),
    sameObjectForPromisedID: wrapped === (await transactionSessionOf({ ...req, transactionID: Promise.resolve(moduleID) })),
    noneWithoutID: (await transactionSessionOf({ ...req, transactionID: undefined })) === undefined,
  }
  await wrapped.execute(sql`select 1`)
  wrapped.onCommit(() => events.push('onCommit 1'))
  wrapped.onCommit(() => events.push('onCommit 2'))
  await adapter.commitTransaction(moduleID)
  await new Promise((resolve) => setTimeout(resolve, 10))
  facts.module.commitEvents = [...events]
  facts.module.noneAfterCommit = (await transactionSessionOf(req)) === undefined

  events.length = 0
  const abandonedID = await adapter.beginTransaction()
  ;(await transactionSessionOf({ ...req, transactionID: abandonedID })).onCommit(() => events.push('onCommit'))
  await adapter.rollbackTransaction(abandonedID)
  await new Promise((resolve) => setTimeout(resolve, 10))
  facts.module.rollbackEvents = [...events]
  return facts
}

/** The same on a real PostgreSQL: a throwaway database, the adapter connected to it as the CMS connects. */
async function withPostgres({ transactionSessionOf }) {
  const admin = new pg.Client({ connectionString: adminUrl })
  try {
    await admin.connect()
  } catch (error) {
    return { unreachable: error.message }
  }
  const name = `cms_transaction_session_${crypto.randomBytes(4).toString('hex')}`
  const url = new URL(adminUrl)
  url.pathname = `/${name}`
  await admin.query(`create database ${name}`)
  const observer = new pg.Client({ connectionString: url.toString() })
  let adapter
  try {
    adapter = newAdapter({ connectionString: url.toString(), max: 3 })
    await adapter.connect()
    await observer.connect()
    await observer.query('create table notes (id int)')
    const count = async () => Number((await observer.query('select count(*) from notes')).rows[0].count)
    const facts = {}

    const id = await adapter.beginTransaction()
    facts.sessionKeys = Object.keys(adapter.sessions[id] ?? {}).sort()
    const session = await transactionSessionOf({ payload: { db: adapter }, transactionID: id })
    await session.execute(sql`insert into notes values (1)`)
    facts.rowsSeenBeforeCommit = await count()
    const seenOnCommit = new Promise((resolve) => session.onCommit(() => resolve(count())))
    await adapter.commitTransaction(id)
    facts.rowsSeenOnCommit = await seenOnCommit

    const rollbackID = await adapter.beginTransaction()
    const abandoned = await transactionSessionOf({ payload: { db: adapter }, transactionID: rollbackID })
    await abandoned.execute(sql`insert into notes values (2)`)
    let calledAfterRollback = false
    abandoned.onCommit(() => (calledAfterRollback = true))
    await adapter.rollbackTransaction(rollbackID)
    await new Promise((resolve) => setTimeout(resolve, 10))
    facts.onCommitAfterRollback = calledAfterRollback
    facts.rowsAfterRollback = await count()
    return facts
  } finally {
    await observer.end().catch(() => {})
    // The adapter keeps one pooled connection checked out for good (connect.js), so end() would wait for ever;
    // the drop below ends the connections instead, which the pool reports as errors.
    adapter?.pool?.on('error', () => {})
    void adapter?.pool?.end().catch(() => {})
    await admin.query(`drop database if exists ${name} with (force)`)
    await admin.end()
  }
}

try {
  const module = await loadModule()
  const facts = { withoutDatabase: await withoutDatabase(module) }
  facts.postgres = adminUrl ? await withPostgres(module) : { unreachable: 'no server given' }
  fs.writeFileSync(outPath, JSON.stringify(facts, null, 2))
} finally {
  fs.rmSync(work, { recursive: true, force: true })
}
process.exit(0)
