// Stops the system and prints every figure the resilience tests recorded.
import fs from 'node:fs'

import { figuresFile } from './resilience-setup.mjs'

export default async function resilienceTeardown() {
  await globalThis.__SYSTEM__?.stop()
  if (!fs.existsSync(figuresFile)) return
  const rows = fs.readFileSync(figuresFile, 'utf8').trim().split('\n').filter(Boolean).map((line) => JSON.parse(line))
  const lines = rows.map((row) => `  ${row.check.padEnd(58)} tries ${String(row.tries).padStart(6)}  failures ${String(row.failures).padStart(3)}${row.note ? `  (${row.note})` : ''}`)
  process.stdout.write(`\nResilience figures\n${lines.join('\n')}\n`)
  fs.rmSync(figuresFile, { force: true })
}
