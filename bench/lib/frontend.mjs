// What a visitor's browser downloads and how Lighthouse rates it: first-load
// JavaScript per route (every script the page's HTML loads in a current browser,
// gzip-compressed), and Lighthouse 12.2.3 (mobile) in Debian's Chromium.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import zlib from 'node:zlib'

import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'

import chromium from '../../scripts/lib/chromium.cjs'

const { chromiumFlags } = chromium

export async function firstLoadJavaScript(webUrl, routes) {
  const results = []
  for (const route of routes) {
    const html = await (await fetch(`${webUrl}${route}`)).text()
    const tags = [...html.matchAll(/<script[^>]+src="([^"]+)"[^>]*>/g)]
    // noModule scripts (Next's legacy polyfills) are skipped by every browser that runs modules.
    const sources = tags.filter((match) => !/\bnomodule\b/i.test(match[0])).map((match) => match[1].replace(/&amp;/g, '&'))
    const legacy = tags.filter((match) => /\bnomodule\b/i.test(match[0])).length
    let raw = 0
    let gzip = 0
    for (const source of new Set(sources)) {
      const body = Buffer.from(await (await fetch(new URL(source, webUrl))).arrayBuffer())
      raw += body.length
      gzip += zlib.gzipSync(body, { level: 9 }).length
    }
    // Inline scripts (the RSC payload Next streams into the page) count too.
    const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1]).join('')
    results.push({
      route,
      scripts: new Set(sources).size,
      legacyOnlyScripts: legacy,
      kilobytesGzip: Math.round(gzip / 102.4) / 10,
      kilobytesRaw: Math.round(raw / 102.4) / 10,
      inlineKilobytesGzip: Math.round(zlib.gzipSync(inline).length / 102.4) / 10,
      command: `GET ${webUrl}${route}, then every <script src> in it, gzip -9`,
    })
  }
  return results
}


/**
 * Lighthouse (mobile) per route: the median run of `runs` by LCP. `throttling` is Lighthouse's
 * default "simulate" (one fast load, then slow 4G and a 4× slower CPU estimated from it) or
 * "devtools" (the browser itself throttled to the same figures while it loads the page).
 */
export async function lighthouseScores(webUrl, routes, { chromePath = chromium.chromiumPath, throttling = 'simulate', runs = 3 } = {}) {
  if (!fs.existsSync(chromePath)) throw new Error(`Lighthouse needs Chromium at ${chromePath}: apt-get install -y chromium (or set CHROMIUM_PATH).`)
  const results = []
  for (const route of routes) {
    const url = `${webUrl}${route}`
    const measured = []
    let failed = 0
    for (let run = 0; run < runs; run += 1) {
      const row = await lighthouseRun(url, chromePath, throttling)
      // A run where Chromium recorded no LCP is counted, not averaged in.
      if (Number.isFinite(row.lcpSeconds) && Number.isFinite(row.fcpSeconds)) measured.push(row)
      else failed += 1
    }
    if (!measured.length) throw new Error(`Lighthouse recorded no LCP for ${url} in ${runs} runs`)
    measured.sort((a, b) => a.lcpSeconds - b.lcpSeconds)
    const median = measured[Math.floor(measured.length / 2)]
    results.push({
      route,
      throttling,
      runs,
      runsWithoutLcp: failed,
      ...median,
      lcpSecondsAllRuns: measured.map((row) => row.lcpSeconds),
      lcpMinusFcpSecondsAllRuns: measured.map((row) => row.lcpMinusFcpSeconds),
      command: `npx lighthouse@12.2.3 ${url} --form-factor=mobile --throttling-method=${throttling} --chrome-flags="${chromiumFlags.join(' ')}" --only-categories=performance,accessibility,best-practices,seo (median LCP of ${runs} runs)`,
    })
  }
  return results
}

async function lighthouseRun(url, chromePath, throttling) {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gaig-bench-chromium-'))
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: chromiumFlags, userDataDir })
  try {
    // Lighthouse's default device: a mobile phone on slow 4G with a slower CPU.
    const run = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', throttlingMethod: throttling, onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] })
    const { categories, audits } = run.lhr
    return {
      performance: Math.round(categories.performance.score * 100),
      accessibility: Math.round(categories.accessibility.score * 100),
      bestPractices: Math.round(categories['best-practices'].score * 100),
      seo: Math.round(categories.seo.score * 100),
      lcpSeconds: Math.round(audits['largest-contentful-paint'].numericValue / 10) / 100,
      fcpSeconds: Math.round(audits['first-contentful-paint'].numericValue / 10) / 100,
      tbtMs: Math.round(audits['total-blocking-time'].numericValue),
      cls: Math.round(audits['cumulative-layout-shift'].numericValue * 1000) / 1000,
      failedAudits: Object.values(audits)
        .filter((audit) => audit.score !== null && audit.score < 0.9 && audit.scoreDisplayMode === 'binary')
        .map((audit) => audit.id),
      ...lcpDiagnostics(audits),
    }
  } finally {
    await chrome.kill()
    fs.rmSync(userDataDir, { recursive: true, force: true })
  }
}

/**
 * Why LCP comes when it does: the paints Chromium really made (unthrottled, before Lighthouse's
 * simulation), when each request ran, and the main-thread work that blocks. (The
 * largest-contentful-paint-element audit fails on Chromium 156, "frame_sequence", so the element
 * itself is not recorded.)
 */
function lcpDiagnostics(audits) {
  const observed = audits.metrics?.details?.items?.[0] ?? {}
  const bootup = audits['bootup-time']?.details?.items ?? []
  return {
    lcpMinusFcpSeconds: Math.round((audits['largest-contentful-paint'].numericValue - audits['first-contentful-paint'].numericValue) / 10) / 100,
    observedMs: {
      firstPaint: observed.observedFirstPaint,
      firstContentfulPaint: observed.observedFirstContentfulPaint,
      largestContentfulPaint: observed.observedLargestContentfulPaint,
      domContentLoaded: observed.observedDomContentLoaded,
      load: observed.observedLoad,
    },
    firstRequests: (audits['network-requests']?.details?.items ?? []).slice(0, 12).map((item) => ({
      url: item.url.replace(/^https?:\/\/[^/]+/, ''),
      priority: item.priority,
      startMs: Math.round(item.networkRequestTime),
      endMs: Math.round(item.networkEndTime),
    })),
    mainThreadScripts: bootup.slice(0, 5).map((item) => ({ url: item.url, scriptingMs: Math.round(item.scripting), totalMs: Math.round(item.total) })),
  }
}
