// Cold start: from a fresh clone of this commit, `npm ci && npm start` to the
// first 200 of the home page, with the time of each phase as npm start reports
// them. Runs on the embedded PostgreSQL, as on a new machine, on ports of its own.
import { execFileSync, spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const seconds = (fromMs) => Math.round((performance.now() - fromMs) / 100) / 10

export async function measureColdStart({ root, ports, baseEnv }) {
  // The embedded server runs as `postgres` when we are root: the clone must be reachable by it.
  const parent = fs.mkdtempSync(path.join(os.tmpdir(), 'gaig-bench-clone-'))
  fs.chmodSync(parent, 0o755)
  const checkout = path.join(parent, 'site')
  execFileSync('git', ['clone', '--quiet', root, checkout])
  const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: checkout, encoding: 'utf8' }).trim()
  const phases = []
  // The environment the bench started with, not the one the measured system was given.
  const env = { ...baseEnv, WEB_PORT: String(ports.web), CMS_PORT: String(ports.cms), EMBEDDED_PG_PORT: String(ports.postgres) }
  delete env.DATABASE_URL
  const started = performance.now()
  try {
    const install = performance.now()
    execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: checkout, stdio: 'ignore', env })
    phases.push({ phase: 'npm ci', seconds: seconds(install) })

    const startAt = performance.now()
    const child = spawn('npm', ['start'], { cwd: checkout, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    try {
      for (;;) {
        if (child.exitCode !== null) throw new Error(`npm start exited (${child.exitCode}):\n${output.slice(-3000)}`)
        try {
          if ((await fetch(`http://127.0.0.1:${ports.web}/`)).status === 200) break
        } catch {
          /* not up yet */
        }
        if (performance.now() - startAt > 15 * 60_000) throw new Error(`no 200 after 15 minutes:\n${output.slice(-3000)}`)
        await new Promise((resolve) => setTimeout(resolve, 250))
      }
      phases.push({ phase: 'npm start, to the first 200 of the home page', seconds: seconds(startAt) })
      // npm start prints its timing table right after the web app answers.
      for (let waited = 0; !output.includes('is running') && waited < 50; waited += 1) await new Promise((resolve) => setTimeout(resolve, 100))
      // npm start's own timing table: "  12.3 s  Building the CMS and the web app …"
      for (const [, value, name] of output.matchAll(/^\s+(\d+\.\d) s {2}(.+)$/gm)) phases.push({ phase: `  ${name}`, seconds: Number(value) })
    } finally {
      try {
        process.kill(-child.pid, 'SIGINT')
      } catch {
        /* already gone */
      }
      await new Promise((resolve) => (child.exitCode !== null ? resolve() : child.once('exit', resolve)))
    }
    return { commit, totalSeconds: seconds(started), phases, command: `git clone <this checkout> && npm ci && npm start (embedded PostgreSQL, ports ${ports.web}/${ports.cms})` }
  } finally {
    fs.rmSync(parent, { recursive: true, force: true })
  }
}
