'use strict'
// What db-backup.mjs and db-restore.mjs share with the person running them:
// the refusals they print, the paths typed on their command line, and the
// sizes and times they report.
const path = require('node:path')

/** A refusal or a bad input: printed as it is, without a stack. */
class BackupError extends Error {
  constructor(message) {
    super(message)
    this.name = 'BackupError'
  }
}

/** Paths on the command line mean the caller's folder, not the repository root npm runs in. */
const fromCaller = (target) => path.resolve(process.env.INIT_CWD ?? process.cwd(), target)

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

module.exports = { BackupError, fromCaller, formatBytes, seconds }
