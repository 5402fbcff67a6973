'use strict'
// Child processes that can be stopped as a whole: `next start` spawns a
// `next-server` child that survives a kill of its parent, so each server
// runs in its own process group and the group is stopped.
const { execFileSync, spawn } = require('node:child_process')
const net = require('node:net')
const readline = require('node:readline')

/** A port nothing listens on now, on the loopback interface. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.unref()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
  })
}

function run(command, args, { cwd, env, label } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: 'inherit' })
    child.on('error', reject)
    child.on('exit', (code, signal) => {
      if (code === 0) resolve()
      else reject(new Error(`${label ?? command} failed (${signal ? `signal ${signal}` : `exit code ${code}`})`))
    })
  })
}

function startServer(command, args, { cwd, env, label }) {
  const child = spawn(command, args, {
    cwd,
    env: { ...process.env, ...env },
    // stdout is passed on line by line, so that waitForLine can watch it.
    stdio: ['ignore', 'pipe', 'inherit'],
    detached: true, // own process group
  })
  const lines = readline.createInterface({ input: child.stdout, crlfDelay: Infinity })
  const watchers = new Set()
  lines.on('line', (line) => {
    process.stdout.write(`${line}\n`)
    for (const watcher of watchers) watcher(line)
  })
  let exited = false
  const exitPromise = new Promise((resolve) => {
    child.on('exit', (code, signal) => {
      exited = true
      resolve({ code, signal })
    })
  })
  const stop = async (graceMs = 8000) => {
    if (exited) return
    const signalGroup = (signal) => {
      try {
        process.kill(-child.pid, signal)
      } catch {
        /* already gone */
      }
    }
    signalGroup('SIGTERM')
    const timer = setTimeout(() => signalGroup('SIGKILL'), graceMs)
    await exitPromise
    clearTimeout(timer)
    signalGroup('SIGKILL') // leftovers in the group (next-server)
  }
  /** Resolves when the server prints a line matching `pattern` (e.g. a worker's "ready"). */
  const waitForLine = (pattern, { timeoutMs = 120_000 } = {}) =>
    new Promise((resolve, reject) => {
      const done = (error, line) => {
        clearTimeout(timer)
        watchers.delete(watch)
        if (error) reject(error)
        else resolve(line)
      }
      const watch = (line) => pattern.test(line) && done(null, line)
      const timer = setTimeout(() => done(new Error(`${label} did not print ${pattern} within ${Math.round(timeoutMs / 1000)} s`)), timeoutMs)
      watchers.add(watch)
      exitPromise.then(({ code, signal }) => done(new Error(`${label} exited (${signal ?? `exit code ${code}`}) before printing ${pattern}`)))
    })
  return { child, label, exited: exitPromise, stop, waitForLine, get running() { return !exited } }
}

/**
 * Polls `url` until it answers with a status below 500, or fails after `timeoutMs` (or at once
 * when `server`, one started by startServer, has exited).
 * @param {string} url
 * @param {{ timeoutMs?: number, server?: { running: boolean, label: string } }} [options]
 */
async function waitForHttp(url, { timeoutMs = 120_000, server } = {}) {
  const started = Date.now()
  let lastError = 'no answer'
  while (Date.now() - started < timeoutMs) {
    if (server && !server.running) throw new Error(`${server.label} exited before answering at ${url}`)
    try {
      const response = await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(10_000) })
      if (response.status < 500) return response.status
      lastError = `HTTP ${response.status}`
    } catch (error) {
      lastError = error.cause?.code ?? error.message
    }
    await new Promise((resolve) => setTimeout(resolve, 300))
  }
  throw new Error(`${url} did not answer within ${Math.round(timeoutMs / 1000)} s (last: ${lastError})`)
}

/** The process listening on a local TCP port (from `ss`), or null. */
function pidListeningOn(port) {
  const out = execFileSync('ss', ['-ltnpH', `sport = :${port}`], { encoding: 'utf8' })
  const match = /pid=(\d+)/.exec(out)
  return match ? Number(match[1]) : null
}

/** The process group of a process: a server started by startServer leads its own. */
const processGroupOf = (pid) => Number(execFileSync('ps', ['-o', 'pgid=', '-p', String(pid)], { encoding: 'utf8' }).trim())

module.exports = { freePort, pidListeningOn, processGroupOf, run, startServer, waitForHttp }
