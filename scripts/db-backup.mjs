#!/usr/bin/env node
// `npm run db:backup [-- --out <dir>]`: the database (pg_dump, custom format)
// and the uploaded files, into one folder with a manifest.json that lets
// `npm run db:restore` check the restore against them. Safe while the CMS
// runs: the dump and the manifest's figures come from one snapshot.
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'

import { BackupError, formatBytes, fromCaller, seconds } from './lib/backup/cli.cjs'
import { connect, referencedMediaFiles, serverInfo, tableFigures } from './lib/backup/database.cjs'
import { bucketFromEnv, downloadWithHash, listObjects } from './lib/backup/bucket.cjs'
import { copyWithHash, listFiles, mediaDirFor, sha256File, writeFileAtomic } from './lib/backup/files.cjs'
import { DUMP_FILE, FORMAT, FORMAT_VERSION, MANIFEST_FILE, MEDIA_FOLDER } from './lib/backup/manifest.cjs'
import { libpqConnection, requirePgTools, runTool } from './lib/backup/pg-tools.cjs'
import database from './lib/database.cjs'

const { redact } = database

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const usage = `usage: npm run db:backup [-- --out <dir>]
  Writes ${DUMP_FILE} (pg_dump, custom format), ${MEDIA_FOLDER}/ (a copy of MEDIA_DIR, or of the S3_BUCKET's objects) and ${MANIFEST_FILE}
  into <dir> (default backups/<UTC time>/). <dir> must not exist or be empty.`

async function main() {
  let options
  try {
    options = parseArgs({ options: { out: { type: 'string' }, help: { type: 'boolean', short: 'h' } } }).values
  } catch (error) {
    throw new BackupError(`${error.message}\n${usage}`)
  }
  if (options.help) {
    console.log(usage)
    return
  }
  const url = process.env.DATABASE_URL
  if (!url) throw new BackupError('DATABASE_URL is not set: run this through `npm run db:backup`, which starts the embedded server when needed.')
  const started = Date.now()
  const stamp = new Date().toISOString().replace(/\.\d+Z$/, 'Z').replaceAll(':', '-')
  const out = options.out ? fromCaller(options.out) : path.join(root, 'backups', stamp)
  const mediaDir = mediaDirFor(root)
  const bucket = bucketFromEnv()
  if (fs.existsSync(out) && (!fs.statSync(out).isDirectory() || fs.readdirSync(out).length > 0)) {
    throw new BackupError(`${out} already exists and is not an empty folder: choose another --out.`)
  }

  const client = await connect(url)
  let createdOut = false
  try {
    const server = await serverInfo(client)
    // Refused before anything is written: an older pg_dump cannot dump a newer server.
    const pgDump = requirePgTools(['pg_dump'], server.major, `the server runs PostgreSQL ${server.version}`)
    console.log(`▶ Backing up "${server.name}" (${redact(url)}, PostgreSQL ${server.version}) with ${pgDump.path('pg_dump')} ${pgDump.version}`)

    createdOut = !fs.existsSync(out)
    // The backup holds password hashes and sessions: readable by its owner only.
    fs.mkdirSync(out, { recursive: true, mode: 0o700 })
    const dumpFile = path.join(out, DUMP_FILE)

    // One snapshot for pg_dump and for the figures, so they agree while the CMS writes.
    await client.query('begin isolation level repeatable read read only')
    const { rows } = await client.query('select pg_export_snapshot() as snapshot')
    const connection = libpqConnection(url)
    const dumping = runTool(
      pgDump.path('pg_dump'),
      ['--format=custom', '--no-owner', '--no-privileges', `--snapshot=${rows[0].snapshot}`, `--file=${dumpFile}`, `--dbname=${connection.dbname}`],
      { env: connection.env },
    )
    // Settle all three before going on: a failed query must not leave pg_dump writing into a folder being removed.
    const settled = await Promise.allSettled([dumping, tableFigures(client), referencedMediaFiles(client)])
    const failure = settled.find((result) => result.status === 'rejected')
    if (failure) throw failure.reason
    const [dumped, tables, referenced] = settled.map((result) => result.value)
    await client.query('commit')
    if (dumped.code !== 0) throw new BackupError(`pg_dump failed (exit code ${dumped.code}): ${dumped.stderr}`)
    fs.chmodSync(dumpFile, 0o600)
    const dumpBytes = fs.statSync(dumpFile).size
    const rowsTotal = tables.reduce((sum, table) => sum + table.rows, 0)
    console.log(`  database: ${tables.length} tables, ${rowsTotal} rows → ${DUMP_FILE} (${formatBytes(dumpBytes)}) in ${seconds(started)}`)

    // The files after the snapshot: an upload after it is an extra file, harmless to a restore.
    // From the bucket when the CMS keeps its files in one (S3_BUCKET), else from its folder.
    const mediaStarted = Date.now()
    const media = []
    let source = mediaDir
    if (bucket) {
      source = bucket.label
      for (const key of await listObjects(bucket)) {
        if (key.startsWith('/') || key.split('/').includes('..')) {
          console.warn(`  ⚠ skipped the object "${key}" in ${source}: its name would leave the backup's folder`)
          continue
        }
        const { contentType, ...copied } = await downloadWithHash(bucket, key, path.join(out, MEDIA_FOLDER, key), 0o600)
        media.push({ path: key, ...copied, ...(contentType ? { contentType } : {}) })
      }
    } else {
      const { files, skipped } = listFiles(mediaDir)
      for (const file of files) {
        media.push({ path: file, ...(await copyWithHash(path.join(mediaDir, file), path.join(out, MEDIA_FOLDER, file), 0o600)) })
      }
      for (const entry of skipped) console.warn(`  ⚠ skipped ${entry} in ${mediaDir}: not a regular file`)
    }
    const mediaBytes = media.reduce((sum, file) => sum + file.bytes, 0)
    console.log(`  media: ${media.length} files (${formatBytes(mediaBytes)}) from ${source} in ${seconds(mediaStarted)}`)
    const copied = new Set(media.map((file) => file.path))
    const missing = referenced.filter((name) => !copied.has(name))
    if (missing.length) {
      console.warn(
        `  ⚠ ${missing.length} file(s) that media documents point at are not in ${source}, so not in the backup: ` +
          `${missing.slice(0, 5).join(', ')}${missing.length > 5 ? ', …' : ''}. ${bucket ? 'Is S3_BUCKET the CMS’s bucket?' : "Is MEDIA_DIR the CMS's folder?"}`,
      )
    }

    const manifest = {
      format: FORMAT,
      formatVersion: FORMAT_VERSION,
      createdAt: new Date().toISOString(),
      database: { name: server.name, version: server.version, versionNum: server.versionNum, major: server.major },
      pgDump: { version: pgDump.version, major: pgDump.major },
      dump: { file: DUMP_FILE, bytes: dumpBytes, sha256: await sha256File(dumpFile), options: ['--format=custom', '--no-owner', '--no-privileges'] },
      tables,
      media: { source, files: media, bytes: mediaBytes, missingReferenced: missing },
    }
    // Written last: a folder with a manifest is a finished backup.
    writeFileAtomic(path.join(out, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`)
    console.log(`✔ Backup written to ${out} in ${seconds(started)}`)
  } catch (error) {
    await client.query('rollback').catch(() => {})
    // Leave no half backup behind.
    if (createdOut) fs.rmSync(out, { recursive: true, force: true })
    else if (fs.existsSync(out)) for (const entry of fs.readdirSync(out)) fs.rmSync(path.join(out, entry), { recursive: true, force: true })
    throw error
  } finally {
    await client.end()
    bucket?.close()
  }
}

main().catch((error) => {
  console.error(`✖ ${error instanceof BackupError ? '' : 'Backup failed: '}${error.message}`)
  process.exit(1)
})
