// bench/results/latest.json (every figure with the command that made it) and
// latest.md (the same, readable), plus a dated copy of each.
import fs from 'node:fs'
import path from 'node:path'

const table = (head, rows) => [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n')

export function toMarkdown(r) {
  const parts = [`# Benchmarks, ${r.date.slice(0, 10)}`, '', `Machine: ${r.machine.cores} cores (${r.machine.cpu}), ${r.machine.memoryGiB} GiB, Node ${r.machine.node}, ${r.machine.os}. Commit ${r.commit}.`]
  if (r.throughput) {
    parts.push(
      '',
      '## Public pages: web app against nginx serving the same HTML',
      '',
      table(
        ['page', 'connections', 'web req/s', 'web p50 / p99 ms', 'nginx req/s', 'nginx p50 / p99 ms', 'nginx ÷ web', 'errors'],
        r.throughput.map((row) => [row.page, row.connections, row.web.requestsPerSecond, `${row.web.p50Ms} / ${row.web.p99Ms}`, row.nginx.requestsPerSecond, `${row.nginx.p50Ms} / ${row.nginx.p99Ms}`, `${row.ratio}×`, row.web.errors + row.web.non2xx]),
      ),
      '',
      `Command: \`${r.throughput[0].web.command}\` (each page, 1/16/64 connections, then the same against nginx).`,
    )
  }
  if (r.memory) parts.push('', `Peak resident memory during the load: CMS ${r.memory.cms.peakMiB} MiB (${r.memory.cms.startMiB} at start), web ${r.memory.web.peakMiB} MiB (${r.memory.web.startMiB} at start), each server's whole process group.`)
  if (r.cmsRest) {
    parts.push(
      '',
      '## CMS REST against hand-written SQL (sequential, one connection)',
      '',
      table(
        ['request', 'REST p50 / p99 ms', 'SQL p50 / p99 ms', 'REST ÷ SQL (p50)', 'docs / rows'],
        r.cmsRest.map((row) => [row.name, `${row.rest.p50Ms} / ${row.rest.p99Ms}`, `${row.sql.p50Ms} / ${row.sql.p99Ms}`, `${row.ratioP50}×`, `${row.rest.rows} / ${row.sql.rows}`]),
      ),
    )
  }
  if (r.cacheTier) {
    parts.push(
      '',
      '## Cache tier: Varnish in front of two web replicas against nginx serving the same HTML',
      '',
      table(
        ['encoding', 'page', 'connections', 'Varnish req/s', 'Varnish p50 / p99 ms', 'nginx req/s', 'nginx p50 / p99 ms', 'Varnish ÷ nginx', 'errors'],
        r.cacheTier.throughput.map((row) => [row.encoding ?? 'identity', row.page, row.connections, row.varnish.requestsPerSecond, `${row.varnish.p50Ms} / ${row.varnish.p99Ms}`, row.nginx.requestsPerSecond, `${row.nginx.p50Ms} / ${row.nginx.p99Ms}`, row.share, row.varnish.errors + row.varnish.non2xx]),
      ),
      '',
      `Publish → visible through the cache: median ${r.cacheTier.publishToVisible.medianSeconds} s, max ${r.cacheTier.publishToVisible.maxSeconds} s over ${r.cacheTier.publishToVisible.publishes} publishes.`,
      `Command: \`${r.cacheTier.throughput[0].varnish.command}\` (each page, 1/16/64 connections, then the same against nginx); ${r.cacheTier.publishToVisible.command}.`,
    )
  }
  if (r.publishToVisible) {
    const p = r.publishToVisible
    parts.push('', '## Publish → visible', '', `${p.publishes} publishes: median ${p.medianSeconds} s, max ${p.maxSeconds} s from the API call to the new text on the public page (median ${p.medianAfterCmsAnsweredSeconds} s after the CMS answered). Command: ${p.command}.`)
  }
  if (r.firstLoadJs) {
    parts.push('', '## First-load JavaScript per route', '', table(['route', 'scripts', 'gzip kB', 'raw kB', 'inline RSC payload, gzip kB'], r.firstLoadJs.map((row) => [row.route, row.scripts, row.kilobytesGzip, row.kilobytesRaw, row.inlineKilobytesGzip])))
  }
  if (r.lighthouse) {
    parts.push(
      '',
      '## Lighthouse 12.2.3, mobile, Debian Chromium',
      '',
      table(
        ['throttling', 'route', 'performance', 'accessibility', 'best practices', 'SEO', 'LCP s', 'FCP s', 'LCP − FCP s (each run)', 'TBT ms', 'CLS'],
        r.lighthouse.map((row) => [row.throttling ?? 'simulate', row.route, row.performance, row.accessibility, row.bestPractices, row.seo, row.lcpSeconds, row.fcpSeconds, (row.lcpMinusFcpSecondsAllRuns ?? [row.lcpMinusFcpSeconds]).join(', '), row.tbtMs, row.cls]),
      ),
      '',
      ...[...new Set(r.lighthouse.map((row) => row.command.replace(/ http\S+/, ' <route>')))].map((command) => `Command: \`${command}\``),
    )
  }
  if (r.initiativesIndex) {
    const i = r.initiativesIndex
    parts.push(
      '',
      `## Initiatives index with ${i.initiatives} published initiatives`,
      '',
      'Server time is from request to last byte, one request at a time, after two warm-up loads; sizes are of the HTML.',
      '',
      table(['page', 'route', 'status', 'p50 / p99 ms', 'kB', 'gzip kB'], i.pages.map((row) => [row.name, `\`${row.route}\``, row.status, `${row.p50Ms} / ${row.p99Ms}`, row.kilobytes, row.kilobytesGzip])),
      '',
      'Command: `npm run bench -- --only initiatives --initiatives ' + i.initiatives + '`.',
    )
  }
  if (r.search) {
    const s = r.search
    parts.push(
      '',
      `## Search with ${s.initiatives} published initiatives, per language`,
      '',
      'GET /api/search on the CMS, 20 results at most, one request at a time after two warm-ups; the indexes are those PostgreSQL read for the language’s queries.',
      '',
      table(['language', 'query', 'results', 'p50 / p99 ms', 'indexes read'], s.queries.map((row) => [row.locale, row.q, row.results, `${row.p50Ms} / ${row.p99Ms}`, row.indexes.join(', ') || 'none'])),
      '',
      'Command: `npm run bench -- --only search --documents ' + s.initiatives + '`.',
    )
  }
  if (r.coldStart) {
    parts.push('', '## Cold start', '', `${r.coldStart.command}: ${r.coldStart.totalSeconds} s in all.`, '', table(['phase', 'seconds'], r.coldStart.phases.map((p) => [p.phase, p.seconds])))
  }
  return `${parts.join('\n')}\n`
}

export function writeReport(dir, results) {
  fs.mkdirSync(dir, { recursive: true })
  const json = path.join(dir, 'latest.json')
  const markdown = path.join(dir, 'latest.md')
  const stamp = results.date.replace(/[:.]/g, '-')
  fs.writeFileSync(json, `${JSON.stringify(results, null, 2)}\n`)
  fs.writeFileSync(markdown, toMarkdown(results))
  fs.copyFileSync(json, path.join(dir, `${stamp}.json`))
  return { json, markdown }
}
