import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { assertEmbeddedReachable, firstUnreachableAncestor } from '../../scripts/lib/database.cjs'

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
