// Stopping the CMS that global-setup started. global-setup keeps the server's
// handle in its own context, out of the tests' reach, so the CMS is found by
// the port it listens on and its whole process group (next start and its
// next-server child) is signalled; global-teardown then finds it gone, which it tolerates.
import { pidListeningOn, processGroupOf } from '../../scripts/lib/processes.cjs'
import { cmsUrl } from './cms'

/** Stops the CMS (SIGTERM, or SIGKILL for a crash) and waits until its port is closed. */
export async function stopCms(signal: 'SIGTERM' | 'SIGKILL' = 'SIGTERM') {
  const port = Number(new URL(cmsUrl()).port)
  const pid = pidListeningOn(port)
  if (pid === null) return // already stopped
  const pgid = processGroupOf(pid)
  const ours = processGroupOf(process.pid)
  const target = pgid && pgid !== ours ? -pgid : pid
  try {
    process.kill(target, signal)
  } catch {
    /* already gone */
  }
  const deadline = Date.now() + 15_000
  while (pidListeningOn(port) !== null) {
    if (Date.now() > deadline) process.kill(target, 'SIGKILL')
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
}
