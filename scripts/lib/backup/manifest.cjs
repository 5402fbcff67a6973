'use strict'
// A backup folder and its manifest.json: the names and format db-backup.mjs
// writes, the checks db-restore.mjs makes before it changes anything, and the
// comparison of a restored database and media folder against the manifest.
const fs = require('node:fs')
const path = require('node:path')

const { BackupError } = require('./cli.cjs')
const { sha256File } = require('./files.cjs')

const MANIFEST_FILE = 'manifest.json'
const DUMP_FILE = 'database.dump'
const MEDIA_FOLDER = 'media'
const FORMAT = 'global-ai-governance-backup'
const FORMAT_VERSION = 1

const tableKey = ({ schema, name }) => `${schema}.${name}`

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

module.exports = {
  MANIFEST_FILE,
  DUMP_FILE,
  MEDIA_FOLDER,
  FORMAT,
  FORMAT_VERSION,
  readBackup,
  compareTables,
  compareMedia,
}
