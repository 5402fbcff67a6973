/**
 * `npm run worker -w @global-ai-governance/cms` (payload run src/jobs/worker.ts): the one job
 * worker of a scaled deployment. Every CMS instance runs with JOBS_AUTORUN=false; this process
 * takes due jobs (scheduled publishing) from the `default` queue on JOBS_AUTORUN_CRON (croner
 * syntax, default every minute; six fields count seconds), at most 20 a pass, one pass at a time.
 *
 * Not `payload jobs:run --cron`: that loads the config inside its first cron tick, where the
 * module-loader race of payloadcms/payload#17757 leaves it silently waiting forever about half the
 * time. Here loading is guarded (lib/payloadRun) and the worker says when it is ready.
 * SIGTERM or SIGINT: no new pass, the current one finishes, connections close, exit 0.
 */
import { exitAfterOutput, loadOrRunAgain } from '../lib/payloadRun'

const QUEUE = 'default'
const LIMIT = 20
const log = (message: string) => console.log(`[worker] ${message}`)

async function main(): Promise<number> {
  const pattern = process.env.JOBS_AUTORUN_CRON?.trim() || '* * * * *'
  let modules
  try {
    modules = await loadOrRunAgain(() => Promise.all([import('@payload-config'), import('payload'), import('croner')]), {
      scriptUrl: import.meta.url,
      prefix: '[worker]',
      // Loading takes a few seconds; a stall is common enough that a worker should not sit in one long.
      timeoutMs: Number(process.env.PAYLOAD_LOAD_TIMEOUT_MS ?? '') || 20_000,
      maxAttempts: 5,
    })
  } catch (error) {
    console.error('[worker] FAILED to load Payload or the config:', error instanceof Error ? error.message : error)
    return 1
  }
  const [{ default: config }, { getPayload }, { Cron }] = modules

  let schedule: InstanceType<typeof Cron>
  try {
    schedule = new Cron(pattern, { paused: true, protect: true })
  } catch (error) {
    console.error(`[worker] FAILED: JOBS_AUTORUN_CRON "${pattern}" is not a cron pattern (${error instanceof Error ? error.message : error}). Example: "* * * * *" (every minute).`)
    return 1
  }

  let payload: Awaited<ReturnType<typeof getPayload>>
  try {
    payload = await getPayload({ config })
  } catch (error) {
    console.error('[worker] FAILED to start Payload:', error instanceof Error ? error.message : error)
    return 1
  }

  let pass: Promise<void> | undefined
  const runPass = async () => {
    try {
      const result = await payload.jobs.run({ queue: QUEUE, limit: LIMIT })
      const ran = Object.entries(result.jobStatus ?? {})
      if (ran.length) log(`ran ${ran.length} job(s): ${ran.map(([id, { status }]) => `${id} ${status}`).join(', ')}`)
    } catch (error) {
      // One failed pass (the database restarting) must not end the worker: the next pass retries.
      payload.logger.error(`[worker] a pass over the job queue failed: ${error instanceof Error ? error.message : String(error)}`)
    }
  }
  schedule.schedule(() => {
    pass = runPass()
    return pass
  })
  schedule.resume()
  log(`ready: queue "${QUEUE}" on cron "${pattern}" (next pass ${schedule.nextRun()?.toISOString() ?? 'never'})`)

  return new Promise<number>((resolve) => {
    let stopping = false
    const stop = async (signal: string) => {
      if (stopping) return
      stopping = true
      log(`${signal}: stopping after the current pass`)
      schedule.stop()
      await pass
      await payload.destroy().catch(() => undefined)
      resolve(0)
    }
    process.on('SIGTERM', () => void stop('SIGTERM'))
    process.on('SIGINT', () => void stop('SIGINT'))
  })
}

await exitAfterOutput(await main())
