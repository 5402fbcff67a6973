// Waiting in tests: a pause, and polling until something a user would see is true.
export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Polls `check` until it is true; the seconds it took, or an error naming `what` after `timeoutMs`. */
export async function until(check: () => Promise<boolean>, timeoutMs: number, what: string, everyMs = 200): Promise<number> {
  const started = Date.now()
  while (!(await check())) {
    if (Date.now() - started > timeoutMs) throw new Error(`${what}: not after ${timeoutMs} ms`)
    await sleep(everyMs)
  }
  return (Date.now() - started) / 1000
}
