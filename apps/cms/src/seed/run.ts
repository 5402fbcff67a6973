/**
 * `npm run seed -w @global-ai-governance/cms` (payload run src/seed/run.ts).
 *
 * Seeds an empty database (and skips, writing nothing, when content exists).
 * With SEED_ADMIN_EMAIL and SEED_ADMIN_PASSWORD set (and optionally
 * SEED_ADMIN_NAME), it also creates an admin account if there are no users yet.
 * Exits 0 on success or skip, 1 with a message on failure.
 *
 * Payload and the config are loaded through lib/payloadRun (a guard against a module-loader
 * race under `payload run`): this file imports only Node built-ins and that module statically.
 */
import { exitAfterOutput, loadOrRunAgain } from '../lib/payloadRun'

const log = (message: string) => console.log(`[seed] ${message}`)

async function main(): Promise<number> {
  let modules
  try {
    modules = await loadOrRunAgain(() => Promise.all([import('@payload-config'), import('payload'), import('./index')]), {
      scriptUrl: import.meta.url,
      prefix: '[seed]',
    })
  } catch (error) {
    console.error('[seed] FAILED to load Payload or the config:', error instanceof Error ? error.message : error)
    return 1
  }

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

await exitAfterOutput(await main())
