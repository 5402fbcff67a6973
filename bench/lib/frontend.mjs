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


export async function lighthouseScores(webUrl, routes, { chromePath = chromium.chromiumPath } = {}) {
  if (!fs.existsSync(chromePath)) throw new Error(`Lighthouse needs Chromium at ${chromePath}: apt-get install -y chromium (or set CHROMIUM_PATH).`)
  const results = []
  for (const route of routes) {
    const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gaig-bench-chromium-'))
    const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: chromiumFlags, userDataDir })
    try {
      const url = `${webUrl}${route}`
      // Lighthouse's default: a mobile device with simulated slow 4G and CPU slowdown.
      const run = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] })
      const { categories, audits } = run.lhr
      results.push({
        route,
        performance: Math.round(categories.performance.score * 100),
        accessibility: Math.round(categories.accessibility.score * 100),
        bestPractices: Math.round(categories['best-practices'].score * 100),
        seo: Math.round(categories.seo.score * 100),
        lcpSeconds: Math.round(audits['largest-contentful-paint'].numericValue / 10) / 100,
        fcpSeconds: Math.round(audits['first-contentful-paint'].numericValue / 10) / 100,
        tbtMs: Math.round(audits['total-blocking-time'].numericValue),
        cls: Math.round(audits['cumulative-layout-shift'].numericValue * 1000) / 1000,
        ...lcpDiagnostics(audits),
        failedAudits: Object.values(audits)
          .filter((audit) => audit.score !== null && audit.score < 0.9 && audit.scoreDisplayMode === 'binary')
          .map((audit) => audit.id),
        command: `npx lighthouse@12.2.3 ${url} --chrome-flags="${chromiumFlags.join(' ')}" --only-categories=performance,accessibility,best-practices,seo`,
      })
    } finally {
      await chrome.kill()
      fs.rmSync(userDataDir, { recursive: true, force: true })
    }
  }
  return results
}

/**
 * Why LCP comes when it does: the element, the paints Chromium really made (unthrottled, before
 * Lighthouse's simulation), the LCP phases, and the main-thread work that blocks.
 */
function lcpDiagnostics(audits) {
  const observed = audits.metrics?.details?.items?.[0] ?? {}
  const element = audits['largest-contentful-paint-element']?.details?.items ?? []
  const node = element[0]?.items?.[0]?.node
  const phases = element[1]?.items ?? []
  const bootup = audits['bootup-time']?.details?.items ?? []
  return {
    lcpMinusFcpSeconds: Math.round((audits['largest-contentful-paint'].numericValue - audits['first-contentful-paint'].numericValue) / 10) / 100,
    lcpElement: node ? { selector: node.selector, snippet: node.snippet, text: node.nodeLabel } : null,
    lcpPhases: Object.fromEntries(phases.map((phase) => [phase.phase, Math.round(phase.timing)])),
    observedMs: {
      firstPaint: observed.observedFirstPaint,
      firstContentfulPaint: observed.observedFirstContentfulPaint,
      largestContentfulPaint: observed.observedLargestContentfulPaint,
      domContentLoaded: observed.observedDomContentLoaded,
      load: observed.observedLoad,
    },
    mainThreadScripts: bootup.slice(0, 5).map((item) => ({ url: item.url, scriptingMs: Math.round(item.scripting), totalMs: Math.round(item.total) })),
  }
}
