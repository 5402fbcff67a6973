// The resilience tests' figures (tries, failures), printed together at the end
// of the run by support/resilience-teardown.mjs.
import fs from 'node:fs'
import path from 'node:path'

export function recordFigure(check: string, tries: number, failures: number, note?: string) {
  const figuresFile = process.env.RESILIENCE_FIGURES_FILE
  if (!figuresFile) throw new Error('RESILIENCE_FIGURES_FILE is not set: run through `npm run test:resilience`.')
  fs.mkdirSync(path.dirname(figuresFile), { recursive: true })
  fs.appendFileSync(figuresFile, `${JSON.stringify({ check, tries, failures, note })}\n`)
}
