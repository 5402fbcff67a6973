#!/usr/bin/env node
// npm run bench: builds both apps, starts them on a seeded throwaway database
// (the same system the integration tests start, see tests/support/global-setup.mjs),
// measures, and writes bench/results/latest.json and latest.md. Not part of npm test.
//
//   npm run bench                       every figure (about 15 minutes on 2 cores)
//   npm run bench -- --only throughput,rest   some of: throughput, rest, publish, frontend, initiatives, search, cachetier, coldstart
//   npm run bench -- --only initiatives --initiatives 1000   the tracker's index with that many initiatives (default 1000)
//   npm run bench -- --only search --documents 10000   search per language with that many initiatives (default 10000)
//   npm run bench -- --duration 5       seconds per autocannon run (default 10)
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import processes from '../scripts/lib/processes.cjs'
import { measureCmsRest } from './lib/cmsRest.mjs'
import { measureColdStart } from './lib/coldStart.mjs'
import { measureInitiativesIndex, seedInitiatives } from './lib/initiativesIndex.mjs'
import { firstLoadJavaScript, lighthouseScores } from './lib/frontend.mjs'
import { sampleMemory } from './lib/processes.mjs'
import { measurePublishToVisible } from './lib/publish.mjs'
import { measureSearch } from './lib/search.mjs'
import { writeReport } from './lib/report.mjs'
import { load, startNginx } from './lib/throughput.mjs'

const here = path.dirname(fileURLToPath(import.meta.url))
const root = path.resolve(here, '..')
const all = ['throughput', 'rest', 'publish', 'frontend', 'initiatives', 'search', 'cachetier', 'coldstart']
const argument = (name) => {
  const index = process.argv.indexOf(`--${name}`)
  return index === -1 ? undefined : process.argv[index + 1]
}
const only = argument('only')?.split(',') ?? all
const unknown = only.filter((name) => !all.includes(name))
if (unknown.length) {
  console.error(`Unknown part(s): ${unknown.join(', ')}. Choose from: ${all.join(', ')}.`)
  process.exit(2)
}
const duration = Number(argument('duration') ?? 10)
if (!Number.isFinite(duration) || duration < 1) {
  console.error('--duration takes a number of seconds, at least 1.')
  process.exit(2)
}
const baseEnv = { ...process.env }
const { freePort } = processes
const step = (message) => console.log(`\n▶ ${message}`)

const results = {
  date: new Date().toISOString(),
  machine: {
    cores: os.cpus().length,
    cpu: os.cpus()[0]?.model,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    os: `${os.type()} ${os.release()}`,
  },
  commit: execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim(),
}

// Cold start first: it builds in a clone of its own, and must not share the machine with servers under load.
if (only.includes('coldstart')) {
  step('Cold start: fresh clone, npm ci && npm start')
  results.coldStart = await measureColdStart({ root, baseEnv, ports: { web: await freePort(), cms: await freePort(), postgres: await freePort() } })
  console.log(results.coldStart.phases.map((p) => `  ${String(p.seconds).padStart(6)} s  ${p.phase}`).join('\n'))
}

// The cache tier in the production shape (npm run start:scaled's parts, as the scale suite starts
// them): Varnish in front of two web replicas against nginx with the same HTML, and publish →
// visible through the cache. Alone on the machine, before the one-process system starts.
if (only.includes('cachetier')) {
  step('Building both apps (turbo caches it)')
  execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' })
  step('Cache tier: Varnish in front of two web replicas (Redis, two CMS instances, S3, worker)')
  const { default: startScaled } = await import('../tests/support/scale-setup.mjs')
  await startScaled()
  const scaled = JSON.parse(process.env.SCALE_SYSTEM)
  try {
    const routes = { home: '/en', 'a building block': '/en/building-blocks/red-lines', matrix: '/en/matrix' }
    const html = {}
    for (const route of Object.values(routes)) html[route] = await (await fetch(`${scaled.cacheUrl}${route}`)).text()
    const nginx = await startNginx(html, await freePort())
    results.cacheTier = { throughput: [] }
    try {
      // As a browser asks (gzip: both send the compressed copy they hold), and without compression
      // (Varnish then unpacks its stored gzip copy for every request; nginx sends the file).
      for (const [encoding, headers] of [['gzip', { 'accept-encoding': 'gzip, deflate, br' }], ['identity', {}]]) {
        for (const [name, route] of Object.entries(routes)) {
          await load(`${scaled.cacheUrl}${route}`, { connections: 4, duration: 2, headers }) // warm-up: the page is in the cache
          for (const connections of [1, 16, 64]) {
            const varnish = await load(`${scaled.cacheUrl}${route}`, { connections, duration, headers })
            const baseline = await load(`${nginx.url}${route}`, { connections, duration, headers })
            const row = { encoding, page: name, route, connections, varnish, nginx: baseline, share: Math.round((varnish.requestsPerSecond / baseline.requestsPerSecond) * 100) / 100 }
            results.cacheTier.throughput.push(row)
            console.log(`  ${encoding.padEnd(8)} ${name.padEnd(17)} c=${String(connections).padEnd(3)} varnish ${String(varnish.requestsPerSecond).padStart(6)} req/s p99 ${varnish.p99Ms} ms | nginx ${String(baseline.requestsPerSecond).padStart(6)} req/s p99 ${baseline.p99Ms} ms | varnish/nginx ${row.share}`)
          }
        }
      }
    } finally {
      await nginx.stop()
    }
    results.cacheTier.publishToVisible = await measurePublishToVisible({ cmsUrl: scaled.cmsUrls[0], webUrl: scaled.cacheUrl, email: scaled.admin.email, password: scaled.admin.password })
    console.log(`  publish → visible through the cache: median ${results.cacheTier.publishToVisible.medianSeconds} s, max ${results.cacheTier.publishToVisible.maxSeconds} s`)
  } finally {
    await globalThis.__SYSTEM__?.stop()
    globalThis.__SYSTEM__ = undefined
  }
}

const needsSystem = only.some((name) => name !== 'coldstart' && name !== 'cachetier')
if (needsSystem) {
  step('Building both apps (turbo caches it)')
  execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' })
  step('Starting the CMS and the web app on a seeded throwaway database')
  // The production job cadence, not the tests' two seconds.
  process.env.SYSTEM_JOBS_AUTORUN_CRON = '* * * * *'
  const { default: startSystem } = await import('../tests/support/global-setup.mjs')
  await startSystem()
  const cmsUrl = process.env.CMS_URL
  const webUrl = process.env.WEB_URL
  try {
    const pages = { home: '/en', 'a building block': '/en/building-blocks/red-lines', matrix: '/en/matrix' }
    if (only.includes('throughput')) {
      step(`Throughput: autocannon, ${duration} s per run, web app and nginx with the same HTML`)
      const html = {}
      for (const [, route] of Object.entries(pages)) html[route] = await (await fetch(`${webUrl}${route}`)).text()
      const nginx = await startNginx(html, await freePort())
      const memory = sampleMemory({ cms: Number(new URL(cmsUrl).port), web: Number(new URL(webUrl).port) })
      results.throughput = []
      try {
        for (const [name, route] of Object.entries(pages)) {
          await load(`${webUrl}${route}`, { connections: 4, duration: 2 }) // warm-up
          for (const connections of [1, 16, 64]) {
            const web = await load(`${webUrl}${route}`, { connections, duration })
            const baseline = await load(`${nginx.url}${route}`, { connections, duration })
            const row = { page: name, route, connections, web, nginx: baseline, ratio: Math.round((baseline.requestsPerSecond / web.requestsPerSecond) * 10) / 10 }
            results.throughput.push(row)
            console.log(`  ${name.padEnd(17)} c=${String(connections).padEnd(3)} web ${String(web.requestsPerSecond).padStart(6)} req/s p50 ${web.p50Ms} ms p99 ${web.p99Ms} ms | nginx ${String(baseline.requestsPerSecond).padStart(6)} req/s p50 ${baseline.p50Ms} ms p99 ${baseline.p99Ms} ms | nginx/web ${row.ratio}×`)
          }
        }
      } finally {
        results.memory = memory.stop()
        await nginx.stop()
      }
      console.log(`  peak resident memory: cms ${results.memory.cms.peakMiB} MiB, web ${results.memory.web.peakMiB} MiB`)
    }
    if (only.includes('rest')) {
      step('CMS REST latency against hand-written SQL')
      results.cmsRest = await measureCmsRest({ cmsUrl, databaseUrl: process.env.TEST_DATABASE_URL })
      for (const row of results.cmsRest) console.log(`  ${row.name.padEnd(36)} REST p50 ${row.rest.p50Ms} ms p99 ${row.rest.p99Ms} ms (${row.rest.rows} docs) | SQL p50 ${row.sql.p50Ms} ms p99 ${row.sql.p99Ms} ms (${row.sql.rows} rows) | ${row.ratioP50}×`)
    }
    if (only.includes('publish')) {
      step('Publish → visible, 20 publishes')
      results.publishToVisible = await measurePublishToVisible({ cmsUrl, webUrl, email: process.env.TEST_ADMIN_EMAIL, password: process.env.TEST_ADMIN_PASSWORD })
      console.log(`  median ${results.publishToVisible.medianSeconds} s, max ${results.publishToVisible.maxSeconds} s`)
    }
    if (only.includes('initiatives')) {
      const count = Number(argument('initiatives') ?? 1000)
      step(`Initiatives index with ${count} published initiatives`)
      const seeded = await seedInitiatives({ cmsUrl, email: process.env.TEST_ADMIN_EMAIL, password: process.env.TEST_ADMIN_PASSWORD, count })
      console.log(`  ${seeded.initiatives} initiatives (${seeded.added} added through REST in ${seeded.seedSeconds} s)`)
      results.initiativesIndex = { ...seeded, pages: await measureInitiativesIndex({ webUrl }) }
      for (const row of results.initiativesIndex.pages) console.log(`  ${row.name.padEnd(32)} ${row.status} p50 ${row.p50Ms} ms p99 ${row.p99Ms} ms, ${row.kilobytes} kB (${row.kilobytesGzip} kB gzip)`)
    }
    if (only.includes('search')) {
      const count = Number(argument('documents') ?? 10000)
      step(`Search per language with ${count} published initiatives`)
      results.search = await measureSearch({ cmsUrl, databaseUrl: process.env.TEST_DATABASE_URL, count })
      console.log(`  ${results.search.initiatives} initiatives (copies made in the database in ${results.search.fillSeconds} s)`)
      for (const row of results.search.queries) console.log(`  ${row.locale} ${row.q.padEnd(40)} ${String(row.results).padStart(2)} results  p50 ${row.p50Ms} ms  p99 ${row.p99Ms} ms  indexes: ${row.indexes.join(', ') || 'none'}`)
    }
    if (only.includes('frontend')) {
      step('First-load JavaScript and Lighthouse (mobile)')
      results.firstLoadJs = await firstLoadJavaScript(webUrl, ['/en', '/en/building-blocks', '/en/building-blocks/red-lines', '/en/risks/bias', '/en/matrix', '/en/media', '/en/references', '/en/contact'])
      for (const row of results.firstLoadJs) console.log(`  ${row.route.padEnd(32)} ${row.scripts} scripts, ${row.kilobytesGzip} kB gzip (${row.kilobytesRaw} kB raw)`)
      // Simulated (Lighthouse's default, estimated from one fast load) and applied (the browser slowed down while loading).
      results.lighthouse = [
        ...(await lighthouseScores(webUrl, ['/en', '/en/building-blocks/red-lines'], { throttling: 'simulate' })),
        ...(await lighthouseScores(webUrl, ['/en', '/en/building-blocks/red-lines'], { throttling: 'devtools' })),
      ]
      for (const row of results.lighthouse) {
        console.log(`  ${row.throttling.padEnd(8)} ${row.route.padEnd(32)} performance ${row.performance}, accessibility ${row.accessibility}, best practices ${row.bestPractices}, SEO ${row.seo}, LCP ${row.lcpSeconds} s (FCP ${row.fcpSeconds} s; LCP − FCP in each run ${row.lcpMinusFcpSecondsAllRuns.join(', ')} s), TBT ${row.tbtMs} ms`)
        console.log(`    observed: FCP ${row.observedMs.firstContentfulPaint} ms, LCP ${row.observedMs.largestContentfulPaint} ms`)
      }
    }
  } finally {
    await globalThis.__SYSTEM__?.stop()
  }
}

const { json, markdown } = writeReport(path.join(here, 'results'), results)
console.log(`\nWrote ${path.relative(root, json)} and ${path.relative(root, markdown)}`)
