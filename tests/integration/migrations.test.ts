import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { runPayloadCommand } from '../../scripts/lib/payload-cli.cjs'
import { appliedMigrations, committedMigrations } from '../../scripts/lib/migrations.cjs'

const cmsDir = path.resolve(__dirname, '../../apps/cms')
const migrationsDir = path.join(cmsDir, 'src/migrations')

/** Runs `payload migrate:create --skip-empty` against a copy of the migrations and returns the files it added. */
async function pendingSchemaChanges(prepare: (dir: string) => void = () => {}): Promise<string[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'migration-drift-'))
  try {
    fs.cpSync(migrationsDir, dir, { recursive: true })
    prepare(dir)
    const before = new Set(fs.readdirSync(dir))
    await runPayloadCommand(['migrate:create', 'drift_check', '--skip-empty'], {
      cwd: cmsDir,
      env: { PAYLOAD_MIGRATION_DIR: dir, DATABASE_URL: process.env.TEST_DATABASE_URL! },
      // With --skip-empty and nothing to do, Payload exits right after comparing, without "Done.".
      finishedWhen: /\bDone\.|DOWN statements generation complete/,
    })
    return fs.readdirSync(dir).filter((file) => !before.has(file) && file.endsWith('.ts') && file !== 'index.ts')
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

describe('database migrations', () => {
  test('every committed migration was applied to the test database', async () => {
    const applied = await appliedMigrations(process.env.TEST_DATABASE_URL!)
    expect(applied).toEqual(committedMigrations(migrationsDir))
  })

  test('the collections and globals match the committed migrations (a schema change needs a migration)', async () => {
    const added = await pendingSchemaChanges()
    if (added.length) {
      throw new Error(
        `The Payload config changed the database schema but no migration was committed. ` +
          `Run \`npm run migrate:create -- <name>\` and commit apps/cms/src/migrations. (Would create: ${added.join(', ')})`,
      )
    }
  }, 120_000)

  test('the check notices a schema the migrations do not describe', async () => {
    // Without the schema snapshots the committed migrations carry, everything looks new.
    const added = await pendingSchemaChanges((dir) => {
      for (const file of fs.readdirSync(dir)) if (file.endsWith('.json')) fs.rmSync(path.join(dir, file))
    })
    expect(added).toHaveLength(1)
  }, 120_000)
})
