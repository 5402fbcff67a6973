#!/usr/bin/env node
// `npm start`: one command from a fresh clone to the running site.
// PostgreSQL (embedded unless DATABASE_URL is set) → build → migrate → seed →
// CMS on :3001 and web on :3000. Ctrl-C stops all of it, PostgreSQL included.
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { DatabaseSetupError, DEFAULT_EMBEDDED_PORT, redact, startDatabase } from './lib/database.cjs'
import { loadLocalSecrets } from './lib/local-secrets.cjs'
import { assertMigrated } from './lib/migrations.cjs'
import { run, startServer, waitForHttp } from './lib/processes.cjs'
import { stopOnInterrupt } from './lib/shutdown.cjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const dataRoot = path.join(root, '.data')
const cmsDir = path.join(root, 'apps/cms')
const webDir = path.join(root, 'apps/web')
const host = process.env.HOST ?? '127.0.0.1'
const cmsPort = Number(process.env.CMS_PORT ?? 3001)
const webPort = Number(process.env.WEB_PORT ?? 3000)
const embeddedPort = Number(process.env.EMBEDDED_PG_PORT ?? DEFAULT_EMBEDDED_PORT)
const skipBuild = process.argv.includes('--no-build')

const say = (message) => console.log(`\n▶ ${message}`)
const timings = []
async function phase(name, work) {
  const started = Date.now()
  say(name)
  const result = await work()
  timings.push([name, (Date.now() - started) / 1000])
  return result
}

const servers = []
let database
const { stopAll, isStopping } = stopOnInterrupt({ stopParts: () => Promise.all(servers.map((server) => server.stop())), database: () => database })

async function main() {
  const secrets = loadLocalSecrets(dataRoot)
  const localDefaults = {
    NEXT_TELEMETRY_DISABLED: '1',
    TURBO_TELEMETRY_DISABLED: '1',
    PAYLOAD_SECRET: process.env.PAYLOAD_SECRET ?? secrets.payloadSecret,
    REVALIDATE_SECRET: process.env.REVALIDATE_SECRET ?? secrets.revalidateSecret,
    PREVIEW_SECRET: process.env.PREVIEW_SECRET ?? secrets.previewSecret,
    PREVIEW_API_KEY: process.env.PREVIEW_API_KEY ?? secrets.previewApiKey,
    CMS_URL: process.env.CMS_URL ?? `http://127.0.0.1:${cmsPort}`,
    // Where the CMS asks the web app to refresh pages after a publish (POST /api/revalidate).
    WEB_URL: process.env.WEB_URL ?? `http://127.0.0.1:${webPort}`,
    // Behind plain http on this machine the login cookie cannot be `Secure`.
    COOKIE_SECURE: process.env.COOKIE_SECURE ?? 'false',
  }

  database = await phase(
    process.env.DATABASE_URL ? 'Using the PostgreSQL server in DATABASE_URL' : `Starting the embedded PostgreSQL on 127.0.0.1:${embeddedPort}`,
    () => startDatabase({ dataDir: path.join(dataRoot, 'postgres'), port: embeddedPort, log: console.error }),
  )
  const env = { ...localDefaults, DATABASE_URL: database.url }
  console.log(`  database: ${redact(database.url)}`)

  if (!skipBuild) {
    await phase('Building the CMS and the web app (cached after the first time)', () =>
      run('npx', ['turbo', 'run', 'build', '--output-logs=errors-only'], { cwd: root, env, label: 'build' }),
    )
  }
  await phase('Applying database migrations', async () => {
    await run('npm', ['run', '--silent', 'migrate'], { cwd: cmsDir, env, label: 'payload migrate' })
    const count = await assertMigrated(database.url, path.join(cmsDir, 'src/migrations'))
    console.log(`  ${count} migration(s) applied`)
  })

  const adminEmail = process.env.SEED_ADMIN_EMAIL ?? 'admin@example.com'
  const adminPassword = process.env.SEED_ADMIN_PASSWORD ?? secrets.adminPassword
  await phase('Seeding content (only into an empty database)', () =>
    run('npm', ['run', '--silent', 'seed'], {
      cwd: cmsDir,
      env: { ...env, SEED_ADMIN_EMAIL: adminEmail, SEED_ADMIN_PASSWORD: adminPassword },
      label: 'seed',
    }),
  )

  await phase(`Starting the CMS on port ${cmsPort}`, async () => {
    const cms = startServer('npx', ['next', 'start', '-p', String(cmsPort), '-H', host], { cwd: cmsDir, env, label: 'CMS' })
    servers.push(cms)
    await waitForHttp(`http://127.0.0.1:${cmsPort}/api/health`, { server: cms })
  })
  await phase(`Starting the web app on port ${webPort}`, async () => {
    const web = startServer('npx', ['next', 'start', '-p', String(webPort), '-H', host], { cwd: webDir, env, label: 'web' })
    servers.push(web)
    await waitForHttp(`http://127.0.0.1:${webPort}/`, { server: web })
  })

  for (const server of servers) {
    server.exited.then(({ code, signal }) => {
      if (isStopping()) return
      console.error(`\n${server.label} stopped unexpectedly (${signal ?? `exit code ${code}`}).`)
      stopAll(1)
    })
  }

  console.log('\n' + timings.map(([name, seconds]) => `  ${seconds.toFixed(1).padStart(6)} s  ${name}`).join('\n'))
  console.log(`
Global AI Governance is running.
  Public site:  http://localhost:${webPort}/
  CMS admin:    http://localhost:${cmsPort}/admin
  REST API:     http://localhost:${cmsPort}/api/building-blocks
  Development login: ${adminEmail} / ${adminPassword}
    (local only; created on the first start, kept in .data/local-secrets.json)
Press Ctrl-C to stop everything.`)
}

main().catch(async (error) => {
  console.error(`\n✖ ${error instanceof DatabaseSetupError ? '' : 'Start failed: '}${error.message}`)
  await stopAll(1)
})
