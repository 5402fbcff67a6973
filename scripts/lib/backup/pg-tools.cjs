'use strict'
// PostgreSQL's command-line tools: finding a set new enough for the server
// (or archive), connecting them without a password in `ps`, and running them.
const fs = require('node:fs')
const path = require('node:path')
const { spawn, spawnSync } = require('node:child_process')

const { BackupError } = require('./cli.cjs')

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

module.exports = { findPgTools, requirePgTools, libpqConnection, runTool }
