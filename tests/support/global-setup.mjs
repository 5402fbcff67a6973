// Starts the real system once for the integration and contract tests:
// a throwaway database (on DATABASE_URL's server, or an embedded PostgreSQL),
// the committed migrations, the seed, the built CMS and the built web app
// (reading that CMS, refreshed by it after publishes) on free ports.
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { createDatabaseIfMissing, startEmbedded } from '../../scripts/lib/database.cjs'
import { assertMigrated } from '../../scripts/lib/migrations.cjs'
import { freePort, run, startServer, waitForHttp } from '../../scripts/lib/processes.cjs'

const here = path.dirname(fileURLToPath(import.meta.url))
const root = path.resolve(here, '../..')
const cmsDir = path.join(root, 'apps/cms')
const webDir = path.join(root, 'apps/web')

export default async function globalSetup() {
  if (!fs.existsSync(path.join(cmsDir, '.next/BUILD_ID'))) {
    throw new Error('The CMS is not built. Run the tests through `npm test` (turbo builds first) or run `npm run build`.')
  }
  if (!fs.existsSync(path.join(webDir, '.next/BUILD_ID'))) {
    throw new Error('The web app is not built. Run the tests through `npm test` (turbo builds first) or run `npm run build`.')
  }
  const runId = `${Date.now().toString(36)}_${crypto.randomBytes(3).toString('hex')}`
  const databaseName = `gaig_test_${runId}`
  let databaseUrl
  let stopEmbedded = async () => {}
  if (process.env.DATABASE_URL) {
    const url = new URL(process.env.DATABASE_URL)
    url.pathname = `/${databaseName}`
    databaseUrl = url.toString()
    await createDatabaseIfMissing(databaseUrl)
  } else {
    const dataDir = path.join(root, 'tests/.artifacts', `postgres-${runId}`)
    const embedded = await startEmbedded({ dataDir, port: await freePort(), database: databaseName, log: console.error })
    databaseUrl = embedded.url
    stopEmbedded = async () => {
      await embedded.stop()
      fs.rmSync(dataDir, { recursive: true, force: true })
    }
  }

  const mediaDir = path.join(root, 'tests/.artifacts', `media-${runId}`)
  const admin = { email: `admin-${runId}@example.test`, password: crypto.randomBytes(18).toString('base64url') }
  const port = await freePort()
  const webPort = await freePort()
  const webUrl = `http://127.0.0.1:${webPort}`
  const revalidateSecret = crypto.randomBytes(32).toString('hex')
  const previewSecret = crypto.randomBytes(32).toString('hex')
  const previewApiKey = crypto.randomBytes(32).toString('hex')
  const env = {
    DATABASE_URL: databaseUrl,
    PAYLOAD_SECRET: crypto.randomBytes(32).toString('hex'),
    NEXT_TELEMETRY_DISABLED: '1',
    COOKIE_SECURE: 'false',
    CMS_PUBLIC_URL: `http://127.0.0.1:${port}`,
    MEDIA_DIR: mediaDir,
    // Publishes ask the test web app to refresh its pages.
    WEB_URL: webUrl,
    WEB_PUBLIC_URL: webUrl,
    REVALIDATE_SECRET: revalidateSecret,
    PREVIEW_SECRET: previewSecret,
    // The CMS gives this key to its read-only "previewer" user; the web reads drafts with it.
    PREVIEW_API_KEY: previewApiKey,
    // Scheduled publishes are checked every two seconds, so their test need not wait a minute
    // (the benchmarks set the production default instead).
    JOBS_AUTORUN_CRON: process.env.SYSTEM_JOBS_AUTORUN_CRON ?? '*/2 * * * * *',
  }
  const quiet = { ...env, NODE_ENV: 'production' }
  await run('npm', ['run', '--silent', 'migrate'], { cwd: cmsDir, env: quiet, label: 'payload migrate' })
  await assertMigrated(databaseUrl, path.join(cmsDir, 'src/migrations'))
  await run('npm', ['run', '--silent', 'seed'], {
    cwd: cmsDir,
    env: { ...quiet, SEED_ADMIN_EMAIL: admin.email, SEED_ADMIN_PASSWORD: admin.password },
    label: 'seed',
  })
  const cms = startServer('npx', ['next', 'start', '-p', String(port), '-H', '127.0.0.1'], { cwd: cmsDir, env, label: 'CMS' })
  const cmsUrl = `http://127.0.0.1:${port}`
  let web
  try {
    await waitForHttp(`${cmsUrl}/api/health`, { server: cms, timeoutMs: 90_000 })
    // `next start` keeps rendered pages and fetched data on disk across restarts: a run must not be
    // served an earlier run's pages (other ports, other seed dates).
    for (const cache of ['.next/server/route-cache', '.next/cache/fetch-cache']) fs.rmSync(path.join(webDir, cache), { recursive: true, force: true })
    web = startServer('npx', ['next', 'start', '-p', String(webPort), '-H', '127.0.0.1'], {
      cwd: webDir,
      env: {
        NEXT_TELEMETRY_DISABLED: '1',
        CMS_URL: cmsUrl,
        CMS_PUBLIC_URL: cmsUrl,
        WEB_PUBLIC_URL: webUrl,
        REVALIDATE_SECRET: revalidateSecret,
        PREVIEW_SECRET: previewSecret,
        PREVIEW_API_KEY: previewApiKey,
      },
      label: 'web',
    })
    await waitForHttp(`${webUrl}/robots.txt`, { server: web, timeoutMs: 90_000 })
  } catch (error) {
    await web?.stop()
    await cms.stop()
    await stopEmbedded()
    throw error
  }

  Object.assign(process.env, {
    CMS_URL: cmsUrl,
    WEB_URL: webUrl,
    REVALIDATE_SECRET: revalidateSecret,
    PREVIEW_SECRET: previewSecret,
    PREVIEW_API_KEY: previewApiKey,
    TEST_DATABASE_URL: databaseUrl,
    TEST_MEDIA_DIR: mediaDir,
    TEST_ADMIN_EMAIL: admin.email,
    TEST_ADMIN_PASSWORD: admin.password,
    TEST_PAYLOAD_SECRET: env.PAYLOAD_SECRET,
  })
  globalThis.__SYSTEM__ = {
    stop: async () => {
      await web.stop()
      await cms.stop()
      if (process.env.DATABASE_URL) {
        const { dropDatabase } = await import('../../scripts/lib/database.cjs')
        await dropDatabase(databaseUrl).catch((error) => console.error(`Could not drop ${databaseName}: ${error.message}`))
      }
      await stopEmbedded()
      fs.rmSync(mediaDir, { recursive: true, force: true })
    },
  }
}
