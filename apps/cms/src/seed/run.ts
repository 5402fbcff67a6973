/**
 * `npm run seed -w @global-ai-governance/cms` (payload run src/seed/run.ts).
 *
 * Seeds an empty database (and skips, writing nothing, when content exists).
 * With SEED_ADMIN_EMAIL and SEED_ADMIN_PASSWORD set (and optionally
 * SEED_ADMIN_NAME), it also creates an admin account if there are no users yet.
 * Exits 0 on success or skip, 1 with a message on failure.
 */
import config from '@payload-config'
import type { Payload } from 'payload'
import { getPayload } from 'payload'

import { ensureDevelopmentAdmin, seed } from './index'

const log = (message: string) => console.log(`[seed] ${message}`)

async function main(): Promise<number> {
  let payload: Payload | undefined
  try {
    payload = await getPayload({ config })
    const result = await seed(payload, { log })
    if (result.skipped) {
      log(`nothing written (already present: ${result.existing.join(', ')})`)
    } else {
      log(
        `done: ${result.buildingBlocks} building blocks, ${result.risks} risks, ${result.benefits} benefits, ` +
          `${result.citations} citations, ${result.mediaEntries} media entries, home and site globals`,
      )
    }
    console.log(JSON.stringify({ buildingBlocks: result.buildingBlocks, risks: result.risks, benefits: result.benefits, citations: result.citations, mediaEntries: result.mediaEntries, skipped: result.skipped }))

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

const code = await main()
// console.log to a pipe is asynchronous: let it drain, or a CI log loses the summary.
await new Promise<void>((resolve) => process.stdout.write('', () => resolve()))
await new Promise<void>((resolve) => process.stderr.write('', () => resolve()))
process.exit(code)
