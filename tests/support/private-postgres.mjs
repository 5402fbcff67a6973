// A PostgreSQL server of the resilience suite's own, from the machine's
// PostgreSQL binaries (Debian's postgresql package), on a free port: the fault
// tests stop and restart it under the CMS, which they must never do to a
// server shared with anything else.
import { execFileSync, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import backup from '../../scripts/lib/backup.cjs'

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0


function asServerUser(binary, args) {
  // PostgreSQL refuses to run as root; as root it runs as the postgres user.
  const [command, finalArgs] = isRoot() ? ['runuser', ['-u', 'postgres', '--', binary, ...args]] : [binary, args]
  const result = spawnSync(command, finalArgs, { encoding: 'utf8' })
  if (result.status !== 0) throw new Error(`${path.basename(binary)} ${args[0]} failed: ${result.stderr || result.stdout}`)
  return result.stdout
}

export function startPrivatePostgres({ port }) {
  // The newest installed server (pg_ctl, initdb), found as the backup scripts find their tools.
  const bin = backup.findPgTools(['pg_ctl', 'initdb'])?.dir
  if (!bin) throw new Error('The resilience suite needs PostgreSQL server binaries (apt-get install -y postgresql).')
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gaig-resilience-pg-'))
  fs.chmodSync(dir, 0o755)
  const dataDir = path.join(dir, 'data')
  fs.mkdirSync(dataDir, { mode: 0o700 })
  if (isRoot()) execFileSync('chown', ['-R', 'postgres:postgres', dir])
  asServerUser(path.join(bin, 'initdb'), ['-D', dataDir, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-instructions'])
  const options = `-p ${port} -c listen_addresses=127.0.0.1 -k ${dir} -c fsync=off`
  const pgCtl = (...args) => asServerUser(path.join(bin, 'pg_ctl'), [...args, '-D', dataDir, '-w', '-t', '60', '-o', options, '-l', path.join(dir, 'server.log')])
  pgCtl('start')
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    dataDir,
    /** The command line the tests use to stop or restart this server. */
    control: { binary: path.join(bin, 'pg_ctl'), dataDir, options, log: path.join(dir, 'server.log'), asRoot: isRoot() },
    stop: () => {
      try {
        pgCtl('stop', '-m', 'fast')
      } finally {
        fs.rmSync(dir, { recursive: true, force: true })
      }
    },
  }
}
