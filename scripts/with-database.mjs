#!/usr/bin/env node
// Runs one command against the project's database (DATABASE_URL or the
// embedded server), e.g. `npm run migrate`, then stops what it started.
import path from 'node:path'
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'

import { DEFAULT_EMBEDDED_PORT, startDatabase } from './lib/database.cjs'
import { loadLocalSecrets } from './lib/local-secrets.cjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const [command, ...args] = process.argv.slice(2)
if (!command) {
  console.error('usage: node scripts/with-database.mjs <command> [args…]')
  process.exit(2)
}
const secrets = loadLocalSecrets(path.join(root, '.data'))
let database
try {
  database = await startDatabase({
    dataDir: path.join(root, '.data/postgres'),
    port: Number(process.env.EMBEDDED_PG_PORT ?? DEFAULT_EMBEDDED_PORT),
    log: console.error,
  })
} catch (error) {
  console.error(`✖ ${error.message}`)
  process.exit(1)
}
const result = spawnSync(command, args, {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, PAYLOAD_SECRET: process.env.PAYLOAD_SECRET ?? secrets.payloadSecret, DATABASE_URL: database.url },
})
await database.stop()
process.exit(result.status ?? 1)
