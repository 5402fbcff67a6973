'use strict'
// Shared by scripts/db-backup.mjs and scripts/db-restore.mjs: finding
// PostgreSQL client tools new enough for the server, the figures a backup's
// manifest records (row counts and checksums per table, media files with
// sizes and sha256) and the checks that compare a restore against them.
const crypto = require('node:crypto')
const fs = require('node:fs')
const path = require('node:path')
const { spawn, spawnSync } = require('node:child_process')
const { pipeline } = require('node:stream/promises')
const { Transform } = require('node:stream')

const pg = require('pg')

const MANIFEST_FILE = 'manifest.json'
const DUMP_FILE = 'database.dump'
const MEDIA_FOLDER = 'media'
const FORMAT = 'global-ai-governance-backup'
const FORMAT_VERSION = 1

/** A refusal or a bad input: printed as it is, without a stack. */
class BackupError extends Error {
  constructor(message) {
    super(message)
    this.name = 'BackupError'
  }
}

/** Where the CMS keeps uploads: MEDIA_DIR (relative to apps/cms, where the CMS runs) or apps/cms/media. */
function mediaDirFor(root) {
  const cmsDir = path.join(root, 'apps/cms')
  return process.env.MEDIA_DIR ? path.resolve(cmsDir, process.env.MEDIA_DIR) : path.join(cmsDir, 'media')
}

/** Paths on the command line mean the caller's folder, not the repository root npm runs in. */
const fromCaller = (target) => path.resolve(process.env.INIT_CWD ?? process.cwd(), target)

// ---------------------------------------------------------------------------
// PostgreSQL versions and client tools

/** 150018 → 15; 90624 → 9.6 (numbers compare the right way either way). */
const majorOfVersionNum = (num) => (num >= 100000 ? Math.floor(num / 10000) : Math.floor(num / 100) / 100)

/** "pg_dump (PostgreSQL) 15.20 (Debian 15.20-0+deb12u1)" → { major: 15, version: '15.20 (Debian …)' } */
function parseToolVersion(output) {
  const match = /\(PostgreSQL\)\s+((\d+)(?:\.(\d+))?\S*.*)$/m.exec(output)
  if (!match) return null
  const first = Number(match[2])
  return { version: match[1].trim(), major: first >= 10 ? first : first + Number(match[3] ?? 0) / 10 }
}

/**
 * Folders that may hold PostgreSQL client tools, best first: PG_BIN_DIR when
 * set, then each installed major (Debian, RHEL, Homebrew, Postgres.app), then PATH.
 */
function candidateBinDirs() {
  if (process.env.PG_BIN_DIR) return [process.env.PG_BIN_DIR]
  const versioned = []
  const scan = (base, pattern, binOf) => {
    let entries = []
    try {
      entries = fs.readdirSync(base)
    } catch {
      return
    }
    for (const entry of entries) {
      const match = pattern.exec(entry)
      if (match) versioned.push({ dir: binOf(path.join(base, entry)), major: Number(match[1]) })
    }
  }
  scan('/usr/lib/postgresql', /^(\d+)$/, (dir) => path.join(dir, 'bin'))
  scan('/usr', /^pgsql-(\d+)$/, (dir) => path.join(dir, 'bin'))
  scan('/opt/homebrew/opt', /^postgresql@(\d+)$/, (dir) => path.join(dir, 'bin'))
  scan('/usr/local/opt', /^postgresql@(\d+)$/, (dir) => path.join(dir, 'bin'))
  scan('/Applications/Postgres.app/Contents/Versions', /^(\d+)$/, (dir) => path.join(dir, 'bin'))
  versioned.sort((a, b) => b.major - a.major)
  const onPath = (process.env.PATH ?? '').split(path.delimiter).filter(Boolean)
  return [...new Set([...versioned.map((entry) => entry.dir), ...onPath])]
}

/**
 * The newest installed set of `tools` (e.g. ['pg_restore', 'psql']) that sit
 * together in one folder, with their version; null when none is installed.
 * Tools from one folder belong to one release: pg_restore's SQL may use
 * psql commands (\restrict) that only the same release knows.
 */
function findPgTools(tools) {
  let best = null
  for (const dir of candidateBinDirs()) {
    if (!tools.every((tool) => fs.existsSync(path.join(dir, tool)))) continue
    const probe = spawnSync(path.join(dir, tools[0]), ['--version'], { encoding: 'utf8' })
    const parsed = probe.status === 0 ? parseToolVersion(probe.stdout) : null
    if (!parsed) continue
    if (!best || parsed.major > best.major) {
      best = { dir, ...parsed, path: (tool) => path.join(dir, tool) }
    }
  }
  return best
}

/** How to get client tools of `major`, for the messages that refuse. */
function installAdvice(major) {
  return (
    `Install the PostgreSQL ${major} client tools (or newer): on Debian/Ubuntu \`apt-get install -y postgresql-client-${major}\` ` +
    `(versions the distribution lacks come from the PostgreSQL apt repository), on macOS \`brew install postgresql@${major}\`; ` +
    'or point PG_BIN_DIR at the folder that holds them.'
  )
}

/**
 * The client tools to use for a server (or archive) of `neededMajor`, or a
 * BackupError naming the fix: an older pg_dump refuses to dump a newer server,
 * and an older pg_restore cannot read a newer archive. `because` says which,
 * e.g. "the server runs PostgreSQL 15.18".
 */
function requirePgTools(tools, neededMajor, because) {
  const found = findPgTools(tools)
  if (!found) {
    throw new BackupError(`${tools.join(' and ')} not found; needed because ${because}. ${installAdvice(neededMajor)}`)
  }
  if (found.major < neededMajor) {
    throw new BackupError(
      `${tools[0]} ${found.version} (in ${found.dir}) is too old: ${because}, and ${tools[0]}'s major version must be ` +
        `${neededMajor} or newer. ${installAdvice(neededMajor)}`,
    )
  }
  return found
}

// ---------------------------------------------------------------------------
// Connections

/**
 * The connection string without its password, and the password as PGPASSWORD:
 * a password on a command line is visible to every user in `ps`.
 */
function libpqConnection(url) {
  const parsed = new URL(url)
  const env = {}
  if (parsed.password) {
    env.PGPASSWORD = decodeURIComponent(parsed.password)
    parsed.password = ''
  }
  return { dbname: parsed.toString(), env }
}

async function connect(url) {
  const client = new pg.Client({ connectionString: url, application_name: 'gaig-backup' })
  await client.connect()
  // Row checksums compare rows as text: fix every setting that changes that text.
  await client.query(
    "SET TimeZone = 'UTC'; SET DateStyle = 'ISO, YMD'; SET IntervalStyle = 'postgres'; SET extra_float_digits = 3; SET bytea_output = 'hex'",
  )
  return client
}

async function serverInfo(client) {
  const { rows } = await client.query(
    "select current_setting('server_version_num')::int as num, current_setting('server_version') as version, current_database() as name",
  )
  const { num, version, name } = rows[0]
  return { name, version, versionNum: num, major: majorOfVersionNum(num) }
}

// Schemas that belong to PostgreSQL itself, never dumped or dropped.
const USER_SCHEMA = "n.nspname <> 'information_schema' and n.nspname not like 'pg\\_%'"

async function userTables(client) {
  const { rows } = await client.query(
    `select n.nspname as schema, c.relname as name
       from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where c.relkind = 'r' and ${USER_SCHEMA}
      order by 1, 2`,
  )
  return rows
}

const qualified = ({ schema, name }) => `${pg.escapeIdentifier(schema)}.${pg.escapeIdentifier(name)}`
const tableKey = ({ schema, name }) => `${schema}.${name}`

/**
 * Row count and a checksum of every row of every table: the md5 of the sorted
 * md5s of the rows as text. Equal checksums mean equal rows, in any order.
 */
async function tableFigures(client) {
  const figures = []
  for (const table of await userTables(client)) {
    const { rows } = await client.query(
      `select count(*)::bigint as rows, md5(coalesce(string_agg(h, '' order by h), '')) as checksum
         from (select md5(gaig_backup_row::text) as h from ${qualified(table)} gaig_backup_row) hashed`,
    )
    figures.push({ schema: table.schema, name: table.name, rows: Number(rows[0].rows), checksum: rows[0].checksum })
  }
  return figures
}

/** Other sessions on this database (a running CMS): a restore under them is refused. */
async function otherSessions(client) {
  const { rows } = await client.query(
    `select coalesce(nullif(application_name, ''), '(no name)') as app, coalesce(host(client_addr), 'local socket') as addr
       from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid() and backend_type = 'client backend'`,
  )
  return rows
}

/** What a restore would replace: objects in the user's schemas, and the rows of its tables. */
async function databaseContent(client) {
  const { rows } = await client.query(
    `select
       (select count(*) from pg_class c join pg_namespace n on n.oid = c.relnamespace where c.relkind = 'r' and ${USER_SCHEMA})::int as tables,
       (select count(*) from pg_class c join pg_namespace n on n.oid = c.relnamespace where c.relkind not in ('r', 't', 'i', 'I') and ${USER_SCHEMA})::int
       + (select count(*) from pg_type t join pg_namespace n on n.oid = t.typnamespace where t.typrelid = 0 and t.typcategory <> 'A' and ${USER_SCHEMA})::int
       + (select count(*) from pg_proc p join pg_namespace n on n.oid = p.pronamespace where ${USER_SCHEMA})::int
       + (select count(*) from pg_namespace n where n.nspname <> 'public' and ${USER_SCHEMA})::int as others`,
  )
  let rowsTotal = 0
  for (const table of await userTables(client)) {
    const { rows: counted } = await client.query(`select count(*)::bigint as n from ${qualified(table)}`)
    rowsTotal += Number(counted[0].n)
  }
  return { tables: rows[0].tables, others: rows[0].others, rows: rowsTotal, empty: rows[0].tables + rows[0].others === 0 }
}

/**
 * SQL that empties the database before the dump is replayed, in the same
 * transaction: every schema of the user's is dropped, so nothing the backup
 * lacks (a table from a newer migration) survives, and `public` is made
 * again with its owner and grants, which the dump does not carry.
 */
async function emptyingSql(client) {
  const statements = ['SET client_min_messages = warning;']
  const { rows: schemas } = await client.query(`select n.nspname as name from pg_namespace n where ${USER_SCHEMA} order by 1`)
  for (const { name } of schemas) statements.push(`DROP SCHEMA ${pg.escapeIdentifier(name)} CASCADE;`)
  statements.push('CREATE SCHEMA public;')
  const { rows: owners } = await client.query("select pg_get_userbyid(nspowner) as owner from pg_namespace where nspname = 'public'")
  if (owners.length) {
    statements.push(`ALTER SCHEMA public OWNER TO ${pg.escapeIdentifier(owners[0].owner)};`)
    const { rows: grants } = await client.query(
      `select case when a.grantee = 0 then 'PUBLIC' else quote_ident(pg_get_userbyid(a.grantee)) end as grantee, a.privilege_type as privilege, a.is_grantable as grantable
         from pg_namespace n, aclexplode(n.nspacl) a where n.nspname = 'public'`,
    )
    for (const grant of grants) {
      statements.push(`GRANT ${grant.privilege} ON SCHEMA public TO ${grant.grantee}${grant.grantable ? ' WITH GRANT OPTION' : ''};`)
    }
  }
  return `${statements.join('\n')}\n`
}

/** File names the CMS's media rows point at (originals and resized copies), when that table exists. */
async function referencedMediaFiles(client) {
  const { rows: columns } = await client.query(
    `select table_schema as schema, column_name as name from information_schema.columns
      where table_name = 'media' and (column_name = 'filename' or column_name ~ '^sizes_.+_filename$')`,
  )
  if (!columns.some((column) => column.name === 'filename')) return []
  const schema = columns.find((column) => column.name === 'filename').schema
  const names = columns.filter((column) => column.schema === schema).map((column) => pg.escapeIdentifier(column.name))
  const { rows } = await client.query(
    `select distinct f from ${pg.escapeIdentifier(schema)}.media, unnest(array[${names.join(', ')}]::text[]) as f where f is not null`,
  )
  return rows.map((row) => row.f)
}

// ---------------------------------------------------------------------------
// Files

/** Regular files under `dir`, as sorted paths relative to it with `/`; other entries are reported. */
function listFiles(dir) {
  const files = []
  const skipped = []
  if (!fs.existsSync(dir)) return { files, skipped }
  const walk = (relative) => {
    for (const entry of fs.readdirSync(path.join(dir, relative), { withFileTypes: true })) {
      const child = relative ? `${relative}/${entry.name}` : entry.name
      if (entry.isDirectory()) walk(child)
      else if (entry.isFile()) files.push(child)
      else skipped.push(child)
    }
  }
  walk('')
  return { files: files.sort(), skipped }
}

async function sha256File(file) {
  const hash = crypto.createHash('sha256')
  await pipeline(fs.createReadStream(file), hash)
  return hash.digest('hex')
}

/** Copies `from` to `to` and returns the size and sha256 of the bytes written. */
async function copyWithHash(from, to, mode) {
  const hash = crypto.createHash('sha256')
  let bytes = 0
  const tap = new Transform({
    transform(chunk, _encoding, done) {
      hash.update(chunk)
      bytes += chunk.length
      done(null, chunk)
    },
  })
  fs.mkdirSync(path.dirname(to), { recursive: true })
  await pipeline(fs.createReadStream(from), tap, fs.createWriteStream(to, { mode }))
  return { bytes, sha256: hash.digest('hex') }
}

/** Writes a file whole or not at all: a half-written manifest must never look like a backup. */
function writeFileAtomic(file, text, mode = 0o600) {
  const temporary = `${file}.${process.pid}.tmp`
  fs.writeFileSync(temporary, text, { mode })
  fs.renameSync(temporary, file)
}

// ---------------------------------------------------------------------------
// The manifest

/**
 * Reads and checks a backup folder's manifest and dump without touching
 * anything else; every problem is a BackupError that names it.
 */
async function readBackup(dir) {
  if (!fs.existsSync(dir)) throw new BackupError(`No backup at ${dir}: the folder does not exist.`)
  if (!fs.statSync(dir).isDirectory()) throw new BackupError(`${dir} is not a folder: give the backup folder that holds ${MANIFEST_FILE}.`)
  const manifestFile = path.join(dir, MANIFEST_FILE)
  if (!fs.existsSync(manifestFile)) {
    throw new BackupError(`${dir} holds no ${MANIFEST_FILE}: it is not a backup made by \`npm run db:backup\`, or that backup did not finish.`)
  }
  let manifest
  try {
    manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8'))
  } catch (error) {
    throw new BackupError(`${manifestFile} is damaged (not valid JSON: ${error.message}).`)
  }
  const problems = []
  if (manifest?.format !== FORMAT) problems.push(`format is not "${FORMAT}"`)
  else if (manifest.formatVersion !== FORMAT_VERSION) problems.push(`formatVersion ${manifest.formatVersion} is not ${FORMAT_VERSION}`)
  if (!Number.isFinite(manifest?.database?.versionNum)) problems.push('database.versionNum missing')
  if (!Number.isFinite(manifest?.pgDump?.major)) problems.push('pgDump.major missing')
  if (typeof manifest?.dump?.sha256 !== 'string' || !Number.isFinite(manifest?.dump?.bytes)) problems.push('dump.sha256 or dump.bytes missing')
  if (!Array.isArray(manifest?.tables) || !manifest.tables.every((t) => t && typeof t.name === 'string' && Number.isFinite(t.rows))) {
    problems.push('tables missing or malformed')
  }
  const mediaFiles = manifest?.media?.files
  if (!Array.isArray(mediaFiles) || !mediaFiles.every((f) => f && typeof f.path === 'string' && typeof f.sha256 === 'string')) {
    problems.push('media.files missing or malformed')
  } else if (mediaFiles.some((f) => path.isAbsolute(f.path) || f.path.split('/').includes('..'))) {
    problems.push('media.files names a path outside the media folder')
  }
  if (problems.length) throw new BackupError(`${manifestFile} is not a valid backup manifest: ${problems.join('; ')}.`)

  const dumpFile = path.join(dir, DUMP_FILE)
  if (!fs.existsSync(dumpFile)) throw new BackupError(`The backup in ${dir} is incomplete: ${DUMP_FILE} is missing.`)
  const dumpBytes = fs.statSync(dumpFile).size
  if (dumpBytes !== manifest.dump.bytes || (await sha256File(dumpFile)) !== manifest.dump.sha256) {
    throw new BackupError(`The backup in ${dir} is damaged: ${DUMP_FILE} (${dumpBytes} bytes) does not match the sha256 and size in ${MANIFEST_FILE}.`)
  }
  const damaged = []
  for (const file of mediaFiles) {
    const stored = path.join(dir, MEDIA_FOLDER, file.path)
    if (!fs.existsSync(stored)) damaged.push(`${file.path} (missing)`)
    else if (fs.statSync(stored).size !== file.bytes || (await sha256File(stored)) !== file.sha256) damaged.push(`${file.path} (changed)`)
  }
  if (damaged.length) {
    throw new BackupError(`The backup in ${dir} is damaged: ${damaged.length} media file(s) do not match ${MANIFEST_FILE}: ${damaged.slice(0, 10).join(', ')}${damaged.length > 10 ? ', …' : ''}.`)
  }
  return { manifest, dumpFile, mediaDir: path.join(dir, MEDIA_FOLDER) }
}

/** Differences between the manifest's tables and a database's figures, one line each. */
function compareTables(expected, actual) {
  const mismatches = []
  const byKey = new Map(actual.map((table) => [tableKey(table), table]))
  for (const table of expected) {
    const found = byKey.get(tableKey(table))
    byKey.delete(tableKey(table))
    if (!found) mismatches.push(`table ${tableKey(table)}: missing after the restore`)
    else if (found.rows !== table.rows) mismatches.push(`table ${tableKey(table)}: ${found.rows} rows, the backup has ${table.rows}`)
    else if (table.checksum && found.checksum !== table.checksum) mismatches.push(`table ${tableKey(table)}: same row count, different rows`)
  }
  for (const extra of byKey.values()) mismatches.push(`table ${tableKey(extra)}: not in the backup`)
  return mismatches
}

/** Differences between the manifest's media files and what is in `mediaDir`. */
async function compareMedia(expected, mediaDir) {
  const mismatches = []
  for (const file of expected) {
    const target = path.join(mediaDir, file.path)
    if (!fs.existsSync(target)) mismatches.push(`media ${file.path}: missing after the restore`)
    else if (fs.statSync(target).size !== file.bytes || (await sha256File(target)) !== file.sha256) mismatches.push(`media ${file.path}: different bytes`)
  }
  return mismatches
}

// ---------------------------------------------------------------------------
// Small helpers

/** Runs a command to its end; resolves with its exit code and what it wrote to stderr. */
function runTool(command, args, { env = {}, stdout = 'ignore' } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', stdout, 'pipe'] })
    let stderr = ''
    child.stderr.on('data', (chunk) => {
      stderr += chunk
    })
    child.on('error', reject)
    child.on('close', (code, signal) => resolve({ code: code ?? (signal ? 1 : 0), signal, stderr: stderr.trim() }))
  })
}

function formatBytes(bytes) {
  if (bytes < 1024) return `${bytes} B`
  const units = ['KiB', 'MiB', 'GiB', 'TiB']
  let value = bytes
  let unit = -1
  do {
    value /= 1024
    unit += 1
  } while (value >= 1024 && unit < units.length - 1)
  return `${value.toFixed(1)} ${units[unit]}`
}

const seconds = (startedMs) => `${((Date.now() - startedMs) / 1000).toFixed(1)} s`

module.exports = {
  MANIFEST_FILE,
  DUMP_FILE,
  MEDIA_FOLDER,
  FORMAT,
  FORMAT_VERSION,
  BackupError,
  mediaDirFor,
  fromCaller,
  majorOfVersionNum,
  parseToolVersion,
  findPgTools,
  requirePgTools,
  libpqConnection,
  connect,
  serverInfo,
  userTables,
  tableFigures,
  tableKey,
  otherSessions,
  databaseContent,
  emptyingSql,
  referencedMediaFiles,
  listFiles,
  sha256File,
  copyWithHash,
  writeFileAtomic,
  readBackup,
  compareTables,
  compareMedia,
  runTool,
  formatBytes,
  seconds,
}
