/**
 * For scripts run with `payload run <file>` (the seed, the job worker).
 *
 * Under `payload run` (tsx's module loader on Node 20/22) a dynamic import occasionally never
 * settles (payloadcms/payload#17757): the process then hangs, or, with nothing else keeping it
 * alive, exits 0 having done nothing. So a script imports only Node built-ins statically, loads
 * Payload and the config through `loadOrRunAgain`, and if loading stalls it runs again in a fresh
 * process; nothing has been done at that point.
 */
import { spawn } from 'node:child_process'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const ATTEMPT_VARIABLE = 'PAYLOAD_RUN_ATTEMPT'

/** Console output to a pipe is asynchronous: let it drain before exiting, or a CI log loses the summary. */
export async function exitAfterOutput(code: number): Promise<never> {
  await new Promise<void>((resolve) => process.stdout.write('', () => resolve()))
  await new Promise<void>((resolve) => process.stderr.write('', () => resolve()))
  process.exit(code)
}

type Options = {
  /** `import.meta.url` of the script, to run it again. */
  scriptUrl: string
  /** How log lines start, e.g. "[seed]". */
  prefix: string
  timeoutMs?: number
  maxAttempts?: number
}

/**
 * Resolves with what `load` resolves with, or never when loading stalled and a fresh process took
 * over (this one then ends with the fresh one's exit code, and passes SIGTERM and SIGINT on).
 */
export function loadOrRunAgain<T>(load: () => Promise<T>, { scriptUrl, prefix, timeoutMs, maxAttempts = 3 }: Options): Promise<T> {
  const attempt = Number(process.env[ATTEMPT_VARIABLE] ?? '1') || 1
  const limitMs = timeoutMs ?? (Number(process.env.PAYLOAD_LOAD_TIMEOUT_MS ?? '') || 30_000)
  return new Promise<T>((resolve, reject) => {
    let handedOff = false
    const watchdog = setTimeout(() => {
      handedOff = true
      console.error(
        `${prefix} loading Payload and the config stalled for ${Math.round(limitMs / 1000)}s (a known module-loader race under \`payload run\`, payloadcms/payload#17757); nothing was done.`,
      )
      if (attempt >= maxAttempts) {
        console.error(`${prefix} FAILED: gave up after ${attempt} attempts. Run it again.`)
        void exitAfterOutput(1)
        return
      }
      console.error(`${prefix} running again in a fresh process (attempt ${attempt + 1} of ${maxAttempts})`)
      runAgain(scriptUrl, attempt + 1, prefix)
    }, limitMs)
    load().then(
      (loaded) => {
        clearTimeout(watchdog)
        // Loading finished after a fresh process was started: that one does the work.
        if (!handedOff) resolve(loaded)
      },
      (error: unknown) => {
        clearTimeout(watchdog)
        if (!handedOff) reject(error)
      },
    )
  })
}

function runAgain(scriptUrl: string, attempt: number, prefix: string): void {
  const payloadBin = path.resolve(path.dirname(createRequire(scriptUrl).resolve('payload')), '..', 'bin.js')
  const self = new URL(scriptUrl)
  self.search = ''
  self.hash = ''
  const child = spawn(process.execPath, [...process.execArgv, payloadBin, 'run', fileURLToPath(self)], {
    stdio: 'inherit',
    env: { ...process.env, [ATTEMPT_VARIABLE]: String(attempt) },
  })
  // A supervisor stops this process: the fresh one stops with it.
  for (const signal of ['SIGTERM', 'SIGINT'] as const) process.on(signal, () => child.kill(signal))
  child.on('error', (error) => {
    console.error(`${prefix} FAILED: could not start a fresh process:`, error.message)
    void exitAfterOutput(1)
  })
  child.on('exit', (code, signal) => void exitAfterOutput(code ?? (signal ? 1 : 0)))
}
