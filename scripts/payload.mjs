#!/usr/bin/env node
// `payload <command>` for the CMS's migrate scripts, tried again when Payload's
// CLI exits without running (see lib/payload-cli.cjs). Run from apps/cms.
import { runPayloadCommand } from './lib/payload-cli.cjs'

try {
  await runPayloadCommand(process.argv.slice(2), { cwd: process.cwd() })
} catch (error) {
  console.error(`✖ ${error.message}`)
  process.exit(1)
}
