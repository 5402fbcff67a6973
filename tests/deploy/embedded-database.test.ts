import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { spawnSync } from 'node:child_process'

import { assertEmbeddedReachable, firstUnreachableAncestor, runningServerPort } from '../../scripts/lib/database.cjs'

describe('embedded PostgreSQL as root: a folder the postgres user cannot enter is found before starting', () => {
  let base: string
  beforeEach(() => {
    // Under the repository (mode 755 on the way) rather than os.tmpdir(), whose mode varies.
    const artifacts = path.join(__dirname, '../.artifacts')
    fs.mkdirSync(artifacts, { recursive: true })
    base = fs.mkdtempSync(path.join(artifacts, 'reach-'))
    fs.chmodSync(base, 0o755)
  })
  afterEach(() => fs.rmSync(base, { recursive: true, force: true }))

  test('a 700 folder on the way is named', () => {
    const locked = path.join(base, 'locked')
    fs.mkdirSync(path.join(locked, 'checkout/.data'), { recursive: true })
    fs.chmodSync(locked, 0o700)
    expect(firstUnreachableAncestor(path.join(locked, 'checkout/.data/postgres'))).toBe(locked)
  })

  test('an open path, and a path not created yet under an open folder, pass', () => {
    fs.mkdirSync(path.join(base, 'open'), { mode: 0o755 })
    expect(firstUnreachableAncestor(path.join(base, 'open'))).toBeNull()
    expect(firstUnreachableAncestor(path.join(base, 'open/not/yet/there'))).toBeNull()
  })

  const asRoot = typeof process.getuid === 'function' && process.getuid() === 0
  test(`the start refuses with advice that names DATABASE_URL (${asRoot ? 'root' : 'not root: no check needed'})`, async () => {
    const locked = path.join(base, 'private')
    fs.mkdirSync(locked, { mode: 0o700 })
    fs.chmodSync(locked, 0o700)
    const attempt = assertEmbeddedReachable(path.join(locked, '.data/postgres'))
    if (asRoot) {
      await expect(attempt).rejects.toThrow(/cannot enter .*private[\s\S]*DATABASE_URL/)
    } else {
      await expect(attempt).resolves.toBeUndefined()
    }
  })

  test('os.tmpdir() based paths are judged by their real modes', () => {
    const blocked = firstUnreachableAncestor(path.join(os.tmpdir(), 'x'))
    const tmpMode = fs.statSync(os.tmpdir()).mode & 0o001
    expect(blocked === null).toBe(tmpMode !== 0)
  })
})

describe('a command run while `npm start` holds the embedded server (npm run db:backup, migrate, seed)', () => {
  let dataDir: string
  beforeEach(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pg-data-'))
  })
  afterEach(() => fs.rmSync(dataDir, { recursive: true, force: true }))
  // PostgreSQL's postmaster.pid: pid, data folder, start time, port, socket folder, …
  const pidFile = (pid: number | string, port: number | string) =>
    fs.writeFileSync(path.join(dataDir, 'postmaster.pid'), [pid, dataDir, '1795760000', port, '/tmp', '127.0.0.1', '', 'ready'].join('\n'))

  test('finds the running server and its port, so it is used rather than a second one started', () => {
    pidFile(process.pid, 54329)
    expect(runningServerPort(dataDir)).toBe(54329)
  })

  test('a folder with no server running, or the file a crash left behind, means none', () => {
    expect(runningServerPort(dataDir)).toBeNull()
    const gone = spawnSync('true').pid
    pidFile(gone, 54329)
    expect(runningServerPort(dataDir)).toBeNull()
    pidFile('garbage', 'x')
    expect(runningServerPort(dataDir)).toBeNull()
  })
})
