// The resilience suite's system: the same CMS and web app as the integration
// tests, but on a PostgreSQL server of its own (support/private-postgres.cjs),
// so that the fault tests may stop and restart it.
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { freePort } from '../../scripts/lib/processes.cjs'
import globalSetup from './global-setup.mjs'
import privatePostgres from './private-postgres.cjs'

const here = path.dirname(fileURLToPath(import.meta.url))
// One file per run: runs on this machine may overlap.
export const figuresFile = path.join(here, `../.artifacts/resilience-figures-${process.pid}.jsonl`)

export default async function resilienceSetup() {
  fs.mkdirSync(path.dirname(figuresFile), { recursive: true })
  fs.rmSync(figuresFile, { force: true })
  process.env.RESILIENCE_FIGURES_FILE = figuresFile
  const postgres = privatePostgres.startPrivatePostgres({ port: await freePort() })
  process.env.DATABASE_URL = postgres.url
  process.env.RESILIENCE_PG_CONTROL = JSON.stringify(postgres.control)
  try {
    await globalSetup()
  } catch (error) {
    postgres.stop()
    throw error
  }
  const system = globalThis.__SYSTEM__
  globalThis.__SYSTEM__ = {
    stop: async () => {
      try {
        await system.stop()
      } finally {
        postgres.stop()
      }
    },
  }
}
