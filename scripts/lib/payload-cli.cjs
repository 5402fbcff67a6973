'use strict'
// Runs Payload's CLI and makes sure it really ran. Under Payload 3.90 the CLI's
// module loader sometimes never finishes loading the config: the process then
// exits 0 having done nothing, or hangs (payloadcms/payload#17757). Payload's
// migrate commands end with a "Done." log line, so its absence means "did not
// run" and the command is tried again in a fresh process.
const { spawn } = require('node:child_process')
const path = require('node:path')

const DONE = /\bDone\.\s*$/m
const interactive = Boolean(process.stdin.isTTY)

function attempt(args, { cwd, env, timeoutMs, finishedWhen }) {
  return new Promise((resolve, reject) => {
    // payload's exports hide package.json and bin.js; its main entry sits in <package>/dist.
    const bin = path.join(path.dirname(require.resolve('payload', { paths: [cwd] })), '..', 'bin.js')
    const child = spawn(process.execPath, ['--no-deprecation', bin, ...args], {
      cwd,
      env: { ...process.env, ...env },
      // At a terminal, stdin stays with the person running it (migrate:create may ask
      // questions) and the child stays in the foreground group; otherwise it gets its
      // own group so a stuck attempt can be stopped whole.
      stdio: [interactive ? 'inherit' : 'ignore', 'pipe', 'pipe'],
      detached: !interactive,
    })
    let output = ''
    const collect = (stream, sink) =>
      stream.on('data', (chunk) => {
        output += chunk
        sink.write(chunk)
      })
    collect(child.stdout, process.stdout)
    collect(child.stderr, process.stderr)
    let timedOut = false
    const timer = setTimeout(() => {
      timedOut = true
      try {
        process.kill(interactive ? child.pid : -child.pid, 'SIGKILL')
      } catch {
        /* gone */
      }
    }, timeoutMs)
    child.on('error', reject)
    child.on('exit', (code, signal) => {
      clearTimeout(timer)
      // eslint-disable-next-line no-control-regex
      const plain = output.replace(/\x1b\[[0-9;]*m/g, '')
      resolve({ code, signal, timedOut, finished: finishedWhen.test(plain) })
    })
  })
}

/**
 * @param {string[]} args e.g. ['migrate']
 * @param {{ cwd: string, env?: Record<string, string>, attempts?: number, timeoutMs?: number, finishedWhen?: RegExp }} options
 */
async function runPayloadCommand(args, { cwd, env = {}, attempts = 3, timeoutMs = 180_000, finishedWhen = DONE }) {
  for (let tryNumber = 1; tryNumber <= attempts; tryNumber += 1) {
    const result = await attempt(args, { cwd, env, timeoutMs, finishedWhen })
    if (result.finished && result.code === 0) return
    if (result.code !== 0 && !result.timedOut && result.code !== null) {
      throw new Error(`payload ${args.join(' ')} failed (exit code ${result.code})`)
    }
    const why = result.timedOut ? `did not finish within ${Math.round(timeoutMs / 1000)} s` : 'ended without doing its work'
    process.stderr.write(
      `payload ${args.join(' ')} ${why} (a known loader race in Payload's CLI, payloadcms/payload#17757)` +
        (tryNumber < attempts ? `; trying again (${tryNumber + 1}/${attempts})\n` : '\n'),
    )
  }
  throw new Error(`payload ${args.join(' ')} did not run after ${attempts} attempts`)
}

module.exports = { runPayloadCommand }
