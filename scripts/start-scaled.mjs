#!/usr/bin/env node
// `npm run start:scaled`: the production shape on this machine (DESIGN.md, "Scale-out"):
// Varnish on :8080 in front of two web replicas sharing one page cache in Redis, two CMS
// instances with their files in an S3 bucket (s3rver), and the one job worker, on the
// embedded PostgreSQL or DATABASE_URL. Migrations and the seed run once, before any instance.
// Ctrl-C stops all of it. `npm start` is the one-process shape.
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { DatabaseSetupError, DEFAULT_EMBEDDED_PORT, redact, startDatabase } from './lib/database.cjs'
import { loadLocalSecrets } from './lib/local-secrets.cjs'
import { assertMigrated } from './lib/migrations.cjs'
import { run } from './lib/processes.cjs'
import { missingPackages, startScaled } from './lib/scaled.cjs'
import { stopOnInterrupt } from './lib/shutdown.cjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const dataRoot = path.join(root, '.data')
const cmsDir = path.join(root, 'apps/cms')
const ports = {
  varnish: Number(process.env.CACHE_PORT ?? 8080),
  web: [3100, 3101],
  cms: [3001, 3002],
  // Beside a Redis the machine may already run on 6379.
  redis: Number(process.env.REDIS_PORT ?? 6380),
  s3: Number(process.env.S3_PORT ?? 4569),
}

let system
let database
const { stopAll, isStopping } = stopOnInterrupt({ stopParts: async () => system?.stop(), database: () => database })

async function main() {
  const missing = missingPackages()
  if (missing.length > 0) {
    console.error(`✖ npm run start:scaled needs what this machine does not have:\n  ${missing.join('\n  ')}`)
    process.exit(1)
  }
  const secrets = loadLocalSecrets(dataRoot)
  console.log('▶ PostgreSQL')
  database = await startDatabase({ dataDir: path.join(dataRoot, 'postgres'), port: Number(process.env.EMBEDDED_PG_PORT ?? DEFAULT_EMBEDDED_PORT), log: console.error })
  console.log(`  database: ${redact(database.url)}`)
  const env = { NEXT_TELEMETRY_DISABLED: '1', TURBO_TELEMETRY_DISABLED: '1', DATABASE_URL: database.url, PAYLOAD_SECRET: process.env.PAYLOAD_SECRET ?? secrets.payloadSecret }
  if (!process.argv.includes('--no-build')) {
    console.log('▶ Building the CMS and the web app (cached after the first time)')
    await run('npx', ['turbo', 'run', 'build', '--output-logs=errors-only'], { cwd: root, env, label: 'build' })
  }
  console.log('▶ Migrations, once, before any instance starts')
  await run('npm', ['run', '--silent', 'migrate'], { cwd: cmsDir, env, label: 'payload migrate' })
  await assertMigrated(database.url, path.join(cmsDir, 'src/migrations'))
  const adminEmail = process.env.SEED_ADMIN_EMAIL ?? 'admin@example.com'
  const adminPassword = process.env.SEED_ADMIN_PASSWORD ?? secrets.adminPassword
  await run('npm', ['run', '--silent', 'seed'], { cwd: cmsDir, env: { ...env, SEED_ADMIN_EMAIL: adminEmail, SEED_ADMIN_PASSWORD: adminPassword }, label: 'seed' })

  console.log('▶ Starting the scaled shape')
  system = await startScaled({
    databaseUrl: database.url,
    secrets: {
      PAYLOAD_SECRET: env.PAYLOAD_SECRET,
      REVALIDATE_SECRET: process.env.REVALIDATE_SECRET ?? secrets.revalidateSecret,
      PREVIEW_SECRET: process.env.PREVIEW_SECRET ?? secrets.previewSecret,
      PREVIEW_API_KEY: process.env.PREVIEW_API_KEY ?? secrets.previewApiKey,
      CACHE_PURGE_SECRET: process.env.CACHE_PURGE_SECRET ?? secrets.cachePurgeSecret,
    },
    ports,
    s3Dir: path.join(dataRoot, 's3'),
    publicCmsHost: 'localhost',
    log: (line) => console.log(`  ${line}`),
  })
  // The site outlives Redis (each replica renders afresh and the cache tier serves what it has): say so, keep running.
  system.redis.server.exited.then(() => {
    if (!isStopping()) console.error('\nRedis stopped: the web replicas no longer share their page cache (pages are still served).')
  })
  for (const part of [...system.cmses, ...system.webs, system.worker]) {
    part.exited.then(({ code, signal }) => {
      if (isStopping()) return
      console.error(`\n${part.label} stopped unexpectedly (${signal ?? `exit code ${code}`}).`)
      stopAll(1)
    })
  }
  console.log(`
Global AI Governance is running in the scaled shape.
  Public site (through the cache): http://localhost:${ports.varnish}/
  Web replicas:  ${system.webUrls.join(', ')}
  CMS admin:     http://localhost:${ports.cms[0]}/admin  (and http://localhost:${ports.cms[1]}/admin)
  Redis:         ${system.redis.url}   S3: ${system.s3.url} (bucket "${system.s3.bucket}", files in .data/s3)
  Development login: ${adminEmail} / ${adminPassword}
Press Ctrl-C to stop everything.`)
}

main().catch(async (error) => {
  console.error(`\n✖ ${error instanceof DatabaseSetupError ? '' : 'Start failed: '}${error.message}`)
  await stopAll(1)
})
