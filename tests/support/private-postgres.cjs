'use strict'
// A PostgreSQL server of the resilience suite's own, from the machine's
// PostgreSQL binaries (Debian's postgresql package), on a free port: the fault
// tests stop and restart it under the CMS, which they must never do to a
// server shared with anything else.
const { execFileSync, spawnSync } = require('node:child_process')
const fs = require('node:fs')
const os = require('node:os')
const path = require('node:path')

const { findPgTools } = require('../../scripts/lib/backup/pg-tools.cjs')

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0

function asServerUser(binary, args) {
  // PostgreSQL refuses to run as root; as root it runs as the postgres user.
  const [command, finalArgs] = isRoot() ? ['runuser', ['-u', 'postgres', '--', binary, ...args]] : [binary, args]
  const result = spawnSync(command, finalArgs, { encoding: 'utf8' })
  if (result.status !== 0) throw new Error(`${path.basename(binary)} ${args[0]} failed: ${result.stderr || result.stdout}`)
  return result.stdout
}

/** pg_ctl start, stop or restart on the server `control` describes (see startPrivatePostgres). */
function pgCtl(control, ...args) {
  return asServerUser(control.binary, [...args, '-D', control.dataDir, '-w', '-t', '60', '-o', control.options, '-l', control.log])
}

function startPrivatePostgres({ port }) {
  // The newest installed server (pg_ctl, initdb), found as the backup scripts find their tools.
  const bin = findPgTools(['pg_ctl', 'initdb'])?.dir
  if (!bin) throw new Error('The resilience suite needs PostgreSQL server binaries (apt-get install -y postgresql).')
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gaig-resilience-pg-'))
  fs.chmodSync(dir, 0o755)
  const dataDir = path.join(dir, 'data')
  fs.mkdirSync(dataDir, { mode: 0o700 })
  if (isRoot()) execFileSync('chown', ['-R', 'postgres:postgres', dir])
  asServerUser(path.join(bin, 'initdb'), ['-D', dataDir, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-instructions'])
  // What the fault tests need to stop and restart this server (passed to them in RESILIENCE_PG_CONTROL).
  const control = {
    binary: path.join(bin, 'pg_ctl'),
    dataDir,
    options: `-p ${port} -c listen_addresses=127.0.0.1 -k ${dir} -c fsync=off`,
    log: path.join(dir, 'server.log'),
  }
  pgCtl(control, 'start')
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    control,
    stop: () => {
      try {
        pgCtl(control, 'stop', '-m', 'fast')
      } finally {
        fs.rmSync(dir, { recursive: true, force: true })
      }
    },
  }
}

module.exports = { pgCtl, startPrivatePostgres }
