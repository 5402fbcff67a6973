#!/usr/bin/env node
// `npm run db:restore -- <backup dir> [--force]`: puts a backup made by
// `npm run db:backup` back — database and uploaded files — and checks the
// result against the backup's manifest (row counts and row checksums of every
// table, sha256 of every file). Everything is checked before anything changes;
// the database is replaced in one transaction, so a failed restore leaves it
// as it was.
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'

import { BackupError, formatBytes, fromCaller, seconds } from './lib/backup/cli.cjs'
import { connect, databaseContent, emptyingSql, otherSessions, serverInfo, tableFigures } from './lib/backup/database.cjs'
import { bucketFromEnv, compareBucket, listObjects, upload } from './lib/backup/bucket.cjs'
import { copyWithHash, listFiles, mediaDirFor } from './lib/backup/files.cjs'
import { compareMedia, compareTables, readBackup } from './lib/backup/manifest.cjs'
import { libpqConnection, requirePgTools, runTool } from './lib/backup/pg-tools.cjs'
import database from './lib/database.cjs'

const { redact } = database

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const usage = `usage: npm run db:restore -- <backup dir> [--force]
  Restores the database and the media files of a backup made by \`npm run db:backup\`
  into DATABASE_URL (or the embedded server) and MEDIA_DIR (or S3_BUCKET), then checks them against its manifest.
  --force  replace a database (and media folder) that already has content. Stop the CMS first.`

/** The last lines of a tool's stderr: the error is at the end. */
const tail = (text, lines = 15) => text.split('\n').slice(-lines).join('\n')

/**
 * Replays the dump through psql inside one transaction that first empties the
 * database. COMMIT is sent only once pg_restore has finished cleanly: if
 * either tool fails, the transaction ends without it and nothing changes.
 */
function replayDump({ tools, dumpFile, url, emptying }) {
  const connection = libpqConnection(url)
  const env = { ...process.env, ...connection.env }
  return new Promise((resolve, reject) => {
    const restore = spawn(tools.path('pg_restore'), ['--no-owner', '--no-privileges', '--file=-', dumpFile], { env, stdio: ['ignore', 'pipe', 'pipe'] })
    const psql = spawn(tools.path('psql'), ['--no-psqlrc', '--quiet', '--set=ON_ERROR_STOP=1', `--dbname=${connection.dbname}`], {
      env,
      stdio: ['pipe', 'ignore', 'pipe'],
    })
    let restoreErr = ''
    let psqlErr = ''
    restore.stderr.on('data', (chunk) => (restoreErr += chunk))
    psql.stderr.on('data', (chunk) => (psqlErr += chunk))
    psql.stdin.on('error', () => {}) // psql stopped at an error: its exit code says so
    const restoreDone = new Promise((done) => restore.on('close', (code, signal) => done(code ?? (signal ? 1 : 0))))
    const psqlDone = new Promise((done) => psql.on('close', (code, signal) => done(code ?? (signal ? 1 : 0))))
    restore.on('error', reject)
    psql.on('error', reject)

    psql.stdin.write(`BEGIN;\n${emptying}`)
    restore.stdout.pipe(psql.stdin, { end: false })
    restoreDone.then((code) => {
      if (code === 0) psql.stdin.end('COMMIT;\n')
      else psql.stdin.end() // no COMMIT: the server rolls back when psql leaves
    })
    // psql gone early (an error stopped it): pg_restore would wait forever on a full pipe.
    psqlDone.then(() => restore.exitCode === null && restore.kill())

    Promise.all([restoreDone, psqlDone]).then(([restoreCode, psqlCode]) => {
      if (restoreCode === 0 && psqlCode === 0) return resolve()
      const why = restoreCode !== 0 && restoreErr.trim() ? tail(restoreErr.trim()) : `psql: ${tail(psqlErr.trim()) || `exit code ${psqlCode}`}`
      reject(new BackupError(`The database restore failed and was rolled back; the database is as it was.\n${why}`))
    })
  })
}

async function main() {
  let parsed
  try {
    parsed = parseArgs({ allowPositionals: true, options: { force: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } })
  } catch (error) {
    throw new BackupError(`${error.message}\n${usage}`)
  }
  if (parsed.values.help) {
    console.log(usage)
    return
  }
  if (parsed.positionals.length !== 1) throw new BackupError(`Name one backup folder.\n${usage}`)
  const force = Boolean(parsed.values.force)
  const started = Date.now()
  const dir = fromCaller(parsed.positionals[0])

  // 1. The backup itself: manifest, dump and every media file against their checksums.
  const { manifest, dumpFile, mediaDir: storedMedia } = await readBackup(dir)
  const url = process.env.DATABASE_URL
  if (!url) throw new BackupError('DATABASE_URL is not set: run this through `npm run db:restore`, which starts the embedded server when needed.')
  const mediaDir = mediaDirFor(root)
  // Into the bucket when the CMS keeps its files in one (S3_BUCKET), else into its folder.
  const bucket = bucketFromEnv()
  const target = bucket ? bucket.label : mediaDir

  const client = await connect(url)
  const staged = []
  try {
    // 2. The target and the tools.
    const server = await serverInfo(client)
    if (server.major < manifest.database.major) {
      throw new BackupError(
        `The backup comes from PostgreSQL ${manifest.database.version}; "${server.name}" runs the older ${server.version}, ` +
          `into which its dump may not load. Restore into a server of PostgreSQL ${manifest.database.major} or newer. Nothing was changed.`,
      )
    }
    const tools = requirePgTools(['pg_restore', 'psql'], manifest.pgDump.major, `the backup was made by pg_dump ${manifest.pgDump.version}`)
    const listed = await runTool(tools.path('pg_restore'), ['--list', dumpFile])
    if (listed.code !== 0) throw new BackupError(`pg_restore ${tools.version} cannot read ${dumpFile}: ${listed.stderr || (listed.signal ? `it crashed (${listed.signal})` : `exit code ${listed.code}`)}. Nothing was changed.`)

    const content = await databaseContent(client)
    const existingFiles = bucket ? await listObjects(bucket) : listFiles(mediaDir).files
    if ((!content.empty || existingFiles.length) && !force) {
      const what = []
      if (!content.empty) what.push(`the database "${server.name}" already has content (${content.tables} tables with ${content.rows} rows, ${content.others} other objects)`)
      if (existingFiles.length) what.push(`${bucket ? target : `the media folder ${mediaDir}`} already holds ${existingFiles.length} file(s)`)
      throw new BackupError(
        `Refusing to restore: ${what.join(' and ')}. Nothing was changed. ` +
          'To replace them with the backup, run again with --force (`npm run db:restore -- <dir> --force`); ' +
          'run `npm run db:backup` first to keep a copy of what is there now.',
      )
    }
    const sessions = await otherSessions(client)
    if (sessions.length) {
      const names = [...new Set(sessions.map((session) => `${session.app} from ${session.addr}`))].join(', ')
      throw new BackupError(
        `Refusing to restore: ${sessions.length} other session(s) are connected to "${server.name}" (${names}). ` +
          'Stop the CMS and anything else using the database, then run again. Nothing was changed.',
      )
    }
    console.log(
      `▶ Restoring ${dir} (backup of "${manifest.database.name}", PostgreSQL ${manifest.database.version}, made ${manifest.createdAt}) ` +
        `into "${server.name}" (${redact(url)}, PostgreSQL ${server.version}) and ${target}`,
    )

    // 3. Media files next to their final names, under temporary ones, before the database changes.
    // A bucket has no renames: its objects are written whole, before the database (a file the
    // database does not point at yet is harmless; a document without its file is not).
    const mediaStarted = Date.now()
    for (const file of manifest.media.files) {
      if (bucket) {
        await upload(bucket, file.path, path.join(storedMedia, file.path), file.contentType)
        continue
      }
      const final = path.join(mediaDir, file.path)
      const temporary = path.join(path.dirname(final), `.${path.basename(final)}.restoring-${process.pid}`)
      staged.push({ temporary, final })
      const copied = await copyWithHash(path.join(storedMedia, file.path), temporary, 0o644)
      if (copied.sha256 !== file.sha256) throw new BackupError(`Copying ${file.path} into ${mediaDir} gave different bytes. Nothing was changed.`)
    }
    const mediaSeconds = (Date.now() - mediaStarted) / 1000

    // 4. The database, in one transaction.
    const databaseStarted = Date.now()
    await replayDump({ tools, dumpFile, url, emptying: await emptyingSql(client) })
    console.log(`  database restored in ${seconds(databaseStarted)}`)

    // 5. The media files under their names (a rename each: no half-written file is ever visible).
    const renameStarted = Date.now()
    for (const { temporary, final } of staged.splice(0)) fs.renameSync(temporary, final)
    const mediaBytes = manifest.media.files.reduce((sum, file) => sum + file.bytes, 0)
    console.log(`  media: ${manifest.media.files.length} files (${formatBytes(mediaBytes)}) in ${(mediaSeconds + (Date.now() - renameStarted) / 1000).toFixed(1)} s`)

    // 6. The result against the manifest.
    const verifyStarted = Date.now()
    const tables = await tableFigures(client)
    // What the store holds now, read once for both checks.
    const present = bucket ? await listObjects(bucket) : listFiles(mediaDir).files
    const mismatches = [...compareTables(manifest.tables, tables), ...(bucket ? await compareBucket(manifest.media.files, bucket, present) : await compareMedia(manifest.media.files, mediaDir))]
    const rowsTotal = tables.reduce((sum, table) => sum + table.rows, 0)
    const kept = new Set(manifest.media.files.map((file) => file.path))
    const extra = present.filter((file) => !kept.has(file)).length
    console.log(`  checked in ${seconds(verifyStarted)}: ${tables.length} tables (${rowsTotal} rows), ${manifest.media.files.length} media files`)
    if (extra) console.log(`  ${extra} file(s) in ${target} are not in the backup; left in place`)
    if (mismatches.length) {
      console.error(`✖ The restore does not match the backup (${mismatches.length} difference(s)):\n${mismatches.map((line) => `  - ${line}`).join('\n')}`)
      process.exitCode = 1
      return
    }
    console.log(`✔ Restored and verified in ${seconds(started)}: every table's rows and every media file match the backup. Start the CMS again.`)
  } finally {
    // A failure before the renames: the staged copies go, the folder is as it was.
    for (const { temporary } of staged) fs.rmSync(temporary, { force: true })
    await client.end()
    bucket?.close()
  }
}

main().catch((error) => {
  console.error(`✖ ${error instanceof BackupError ? '' : 'Restore failed: '}${error.message}`)
  process.exit(1)
})
