// The scale suite's system (npm run test:scale): the production shape of `npm run start:scaled`
// on free loopback ports (scripts/lib/scaled.cjs): Varnish, two web replicas sharing Redis, two
// CMS instances with their files in s3rver, the one job worker, on a throwaway database
// migrated and seeded once before any instance starts. Tests reach its parts by the addresses
// and process groups in SCALE_SYSTEM.
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { createDatabaseIfMissing, dropDatabase, startEmbedded } from '../../scripts/lib/database.cjs'
import { assertMigrated } from '../../scripts/lib/migrations.cjs'
import { freePort, run } from '../../scripts/lib/processes.cjs'
import { startScaled } from '../../scripts/lib/scaled.cjs'

const here = path.dirname(fileURLToPath(import.meta.url))
const root = path.resolve(here, '../..')
const cmsDir = path.join(root, 'apps/cms')

export default async function scaleSetup() {
  for (const app of ['apps/cms', 'apps/web']) {
    if (!fs.existsSync(path.join(root, app, '.next/BUILD_ID'))) throw new Error(`${app} is not built: run \`npm run test:scale\` (it builds first) or \`npm run build\`.`)
  }
  const runId = `${Date.now().toString(36)}_${crypto.randomBytes(3).toString('hex')}`
  const databaseName = `gaig_scale_${runId}`
  const artifacts = path.join(root, 'tests/.artifacts', `scale-${runId}`)
  let databaseUrl
  let stopDatabase
  if (process.env.DATABASE_URL) {
    const url = new URL(process.env.DATABASE_URL)
    url.pathname = `/${databaseName}`
    databaseUrl = url.toString()
    await createDatabaseIfMissing(databaseUrl)
    stopDatabase = () => dropDatabase(databaseUrl)
  } else {
    const embedded = await startEmbedded({ dataDir: path.join(artifacts, 'postgres'), port: await freePort(), database: databaseName, log: console.error })
    databaseUrl = embedded.url
    stopDatabase = () => embedded.stop()
  }
  const secret = () => crypto.randomBytes(32).toString('hex')
  const secrets = { PAYLOAD_SECRET: secret(), REVALIDATE_SECRET: secret(), PREVIEW_SECRET: secret(), PREVIEW_API_KEY: secret(), CACHE_PURGE_SECRET: secret() }
  const admin = { email: `admin-${runId}@example.test`, password: crypto.randomBytes(18).toString('base64url') }
  const once = { DATABASE_URL: databaseUrl, PAYLOAD_SECRET: secrets.PAYLOAD_SECRET, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' }
  let system
  try {
    // Once, before any instance: as docker-compose's migrate step.
    await run('npm', ['run', '--silent', 'migrate'], { cwd: cmsDir, env: once, label: 'payload migrate' })
    await assertMigrated(databaseUrl, path.join(cmsDir, 'src/migrations'))
    await run('npm', ['run', '--silent', 'seed'], { cwd: cmsDir, env: { ...once, SEED_ADMIN_EMAIL: admin.email, SEED_ADMIN_PASSWORD: admin.password }, label: 'seed' })
    const ports = { varnish: await freePort(), web: [await freePort(), await freePort()], cms: [await freePort(), await freePort()], redis: await freePort(), s3: await freePort() }
    // The worker looks for due jobs every two seconds, so the scheduling test need not wait a minute.
    system = await startScaled({ databaseUrl, secrets, ports, s3Dir: path.join(artifacts, 's3'), jobsCron: '*/2 * * * * *', log: console.error })
  } catch (error) {
    await stopDatabase().catch(() => {})
    throw error
  }
  process.env.SCALE_SYSTEM = JSON.stringify({
    cacheUrl: system.cacheUrl,
    webUrls: system.webUrls,
    cmsUrls: system.cmsUrls,
    redisUrl: system.redis.url,
    webReplicaEnv: system.webReplicaEnv,
    s3: system.s3.env,
    // Process groups the outage tests stop.
    groups: { webs: system.webs.map((web) => web.child.pid), redis: system.redis.server.child.pid },
    admin,
    purgeSecret: secrets.CACHE_PURGE_SECRET,
    previewSecret: secrets.PREVIEW_SECRET,
    databaseUrl,
  })
  globalThis.__SYSTEM__ = {
    stop: async () => {
      await system.stop()
      await stopDatabase().catch((error) => console.error(`Could not remove the scale suite's database: ${error.message}`))
      fs.rmSync(artifacts, { recursive: true, force: true })
    },
  }
}
