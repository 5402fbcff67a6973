/**
 * `npm run seed -w @global-ai-governance/cms` (payload run src/seed/run.ts).
 *
 * Seeds an empty database (and skips, writing nothing, when content exists).
 * With SEED_ADMIN_EMAIL and SEED_ADMIN_PASSWORD set (and optionally
 * SEED_ADMIN_NAME), it also creates an admin account if there are no users yet.
 * Exits 0 on success or skip, 1 with a message on failure.
 *
 * Loading guard: under `payload run` (tsx's module loader on Node 20/22) a
 * dynamic import occasionally never settles — the process then either hangs
 * or, with nothing else keeping it alive, exits 0 having done nothing
 * (payloadcms/payload#17757). So this file imports only Node built-ins
 * statically, keeps a watchdog running while it loads Payload and the config,
 * and if loading stalls it runs itself again in a fresh process (nothing has
 * been written at that point; the seed is idempotent and transactional anyway).
 */
import { spawn } from 'node:child_process'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const MAX_ATTEMPTS = 3
const attempt = Number(process.env.SEED_RUN_ATTEMPT ?? '1') || 1
const loadTimeoutMs = Number(process.env.SEED_LOAD_TIMEOUT_MS ?? '') || 30_000

const log = (message: string) => console.log(`[seed] ${message}`)

/** console output to a pipe is asynchronous: let it drain before exiting, or a CI log loses the summary. */
async function exit(code: number): Promise<never> {
  await new Promise<void>((resolve) => process.stdout.write('', () => resolve()))
  await new Promise<void>((resolve) => process.stderr.write('', () => resolve()))
  process.exit(code)
}

let handedOff = false

function retryInFreshProcess(): void {
  handedOff = true
  const seconds = Math.round(loadTimeoutMs / 1000)
  console.error(
    `[seed] loading Payload and the config stalled for ${seconds}s (a known module-loader race under \`payload run\`, payloadcms/payload#17757); nothing was written.`,
  )
  if (attempt >= MAX_ATTEMPTS) {
    console.error(`[seed] FAILED: gave up after ${attempt} attempts. Run the seed again.`)
    void exit(1)
    return
  }
  console.error(`[seed] retrying in a fresh process (attempt ${attempt + 1} of ${MAX_ATTEMPTS})`)
  const payloadBin = path.resolve(path.dirname(createRequire(import.meta.url).resolve('payload')), '..', 'bin.js')
  const self = new URL(import.meta.url)
  self.search = ''
  self.hash = ''
  const child = spawn(process.execPath, [...process.execArgv, payloadBin, 'run', fileURLToPath(self)], {
    stdio: 'inherit',
    env: { ...process.env, SEED_RUN_ATTEMPT: String(attempt + 1) },
  })
  child.on('error', (error) => {
    console.error('[seed] FAILED: could not start a fresh process:', error.message)
    void exit(1)
  })
  child.on('exit', (code, signal) => void exit(code ?? (signal ? 1 : 0)))
}

async function main(): Promise<number> {
  const watchdog = setTimeout(retryInFreshProcess, loadTimeoutMs)
  let modules
  try {
    modules = await Promise.all([import('@payload-config'), import('payload'), import('./index')])
  } catch (error) {
    clearTimeout(watchdog)
    console.error('[seed] FAILED to load Payload or the config:', error instanceof Error ? error.message : error)
    return 1
  }
  clearTimeout(watchdog)
  // Loading finished after a retry was started: the fresh process does the work.
  if (handedOff) return new Promise<number>(() => undefined)

  const [{ default: config }, { getPayload }, { ensureDevelopmentAdmin, seed }] = modules
  let payload: Awaited<ReturnType<typeof getPayload>> | undefined
  try {
    payload = await getPayload({ config })
    const result = await seed(payload, { log })
    if (result.skipped) {
      log(`nothing written (already present: ${result.existing.join(', ')})`)
    } else {
      log(
        `done: ${result.buildingBlocks} building blocks, ${result.risks} risks, ${result.benefits} benefits, ` +
          `${result.initiatives} initiatives, ${result.actors} actors, ${result.citations} citations, ${result.mediaEntries} media entries, home and site globals`,
      )
    }
    const { buildingBlocks, risks, benefits, initiatives, actors, citations, mediaEntries, skipped } = result
    console.log(JSON.stringify({ buildingBlocks, risks, benefits, initiatives, actors, citations, mediaEntries, skipped }))

    const email = process.env.SEED_ADMIN_EMAIL
    const password = process.env.SEED_ADMIN_PASSWORD
    if (email && password) {
      const created = await ensureDevelopmentAdmin(payload, {
        email,
        password,
        name: process.env.SEED_ADMIN_NAME ?? 'Development admin',
      })
      log(created ? `created admin user ${email}` : 'users already exist; no admin user created')
    } else if (email || password) {
      log('SEED_ADMIN_EMAIL and SEED_ADMIN_PASSWORD must both be set to create an admin user; none created')
    }
    return 0
  } catch (error) {
    console.error('[seed] FAILED:', error instanceof Error ? error.message : error)
    if (error instanceof Error && error.stack) console.error(error.stack)
    const data = (error as { data?: unknown })?.data
    if (data) console.error('[seed] details:', JSON.stringify(data, null, 2))
    return 1
  } finally {
    // Close the pool (and any cron Payload started) so the process can end.
    await payload?.destroy().catch(() => undefined)
  }
}

await exit(await main())
