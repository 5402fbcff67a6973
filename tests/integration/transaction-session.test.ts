// The CMS's one door into the Postgres adapter's transactions (apps/cms/src/lib/transactionSession.ts),
// on this run's real PostgreSQL server: queries run inside the transaction, onCommit waits for the
// COMMIT, a rollback runs nothing. The unit test beside the module checks the same against a stand-in.
import { execFile } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

const cmsDir = path.resolve(__dirname, '../../apps/cms')
const check = path.join(cmsDir, 'src/lib/transactionSession.adapterCheck.mjs')

type PostgresFacts = { unreachable?: string; sessionKeys?: string[]; rowsSeenBeforeCommit?: number; rowsSeenOnCommit?: number; onCommitAfterRollback?: boolean; rowsAfterRollback?: number }

test('runs the query inside the transaction, calls onCommit once others see the row, and nothing after a rollback', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'transaction-session-'))
  try {
    const out = path.join(dir, 'facts.json')
    // The check makes (and drops) a throwaway database of its own on the server of this run's database.
    await promisify(execFile)(process.execPath, [check, path.join(cmsDir, 'src/lib/transactionSession.ts'), out, process.env.TEST_DATABASE_URL!], { cwd: cmsDir, timeout: 90_000 })
    const { postgres } = JSON.parse(fs.readFileSync(out, 'utf8')) as { postgres: PostgresFacts }
    expect(postgres).toEqual({
      sessionKeys: expect.arrayContaining(['db', 'reject', 'resolve']),
      rowsSeenBeforeCommit: 0,
      rowsSeenOnCommit: 1,
      onCommitAfterRollback: false,
      rowsAfterRollback: 1,
    })
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
}, 120_000)
