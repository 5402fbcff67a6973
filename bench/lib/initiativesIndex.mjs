// The initiatives index with a large tracker: adds initiatives through the CMS's
// REST API until there are `count` published ones, then measures the public
// index page as a visitor loads it — server time (request to last byte, the
// page is rendered per request because it reads its filters) and page size —
// for the first page, a filtered page, a text search and "show all".
import zlib from 'node:zlib'

const kinds = ['treaty', 'resolution', 'law', 'standard', 'declaration', 'commitment', 'report', 'body', 'programme']
const statuses = ['proposed', 'in-negotiation', 'adopted', 'open-for-signature', 'in-force', 'operating', 'published', 'superseded', 'withdrawn']

async function api(cmsUrl, path, { method = 'GET', token, body } = {}) {
  const response = await fetch(`${cmsUrl}${path}`, {
    method,
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `JWT ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const text = await response.text()
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text.slice(0, 300)}`)
  return JSON.parse(text)
}

function stats(samples) {
  const sorted = [...samples].sort((a, b) => a - b)
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]
  return { p50Ms: Math.round(at(0.5)), p99Ms: Math.round(at(0.99)), samples: sorted.length }
}

/** Adds published initiatives until there are `count`, spread over every block, risk, actor, kind, status and year. */
export async function seedInitiatives({ cmsUrl, email, password, count }) {
  const { token } = await api(cmsUrl, '/api/users/login', { method: 'POST', body: { email, password } })
  const ids = async (collection) => (await api(cmsUrl, `/api/${collection}?limit=200&depth=0&select[slug]=true`)).docs.map((doc) => doc.id)
  const [blocks, risks, actors] = [await ids('building-blocks'), await ids('risks'), await ids('actors')]
  const existing = (await api(cmsUrl, '/api/initiatives?limit=1&depth=0')).totalDocs
  const started = Date.now()
  for (let n = existing; n < count; n += 1) {
    const year = 2015 + (n % 12)
    await api(cmsUrl, '/api/initiatives?depth=0', {
      method: 'POST',
      token,
      body: {
        _status: 'published',
        title: `Benchmark initiative ${n} on AI governance`,
        slug: `benchmark-initiative-${n}`,
        identifier: n % 3 === 0 ? `BENCH/${year}/${n}` : undefined,
        kind: kinds[n % kinds.length],
        status: statuses[n % statuses.length],
        statusCheckedOn: '2026-12-01T00:00:00.000Z',
        dates: { announced: `${year}-0${1 + (n % 9)}`, adopted: n % 2 ? `${year}-1${n % 3}-1${n % 9}` : null, inForce: statuses[n % statuses.length] === 'in-force' ? `${year + 1}` : null },
        buildingBlocks: [blocks[n % blocks.length], blocks[(n + 3) % blocks.length]],
        risks: [risks[n % risks.length]],
        actors: actors.length ? [actors[n % actors.length], actors[(n + 5) % actors.length]] : [],
        summary: `A generated initiative for the benchmark, number ${n}: a sentence or two of summary as editors write them, about the length of the real ones.`,
        sources: [{ title: 'Official page', url: `https://example.org/initiatives/${n}` }],
      },
    })
  }
  const total = (await api(cmsUrl, '/api/initiatives?limit=1&depth=0')).totalDocs
  return { initiatives: total, added: Math.max(0, total - existing), seedSeconds: Math.round((Date.now() - started) / 100) / 10 }
}

/** Loads each variant of the index `iterations` times, one request at a time. */
export async function measureInitiativesIndex({ webUrl, iterations = 20 }) {
  const variants = [
    ['first page (50 of all)', '/en/initiatives'],
    ['filtered: in force since 2024', '/en/initiatives?status=in-force&from=2024'],
    ['text filter "initiative 7"', '/en/initiatives?q=initiative+7'],
    ['sorted by name, page 3', '/en/initiatives?sort=name&page=3'],
    ['show all', '/en/initiatives?all=1'],
    ['timeline', '/en/timeline'],
  ]
  const rows = []
  for (const [name, route] of variants) {
    const samples = []
    let bytes = 0
    let gzipBytes = 0
    let status = 0
    for (let i = 0; i < iterations + 2; i += 1) {
      const started = process.hrtime.bigint()
      const response = await fetch(`${webUrl}${route}`)
      const body = Buffer.from(await response.arrayBuffer())
      const ms = Number(process.hrtime.bigint() - started) / 1e6
      status = response.status
      if (i >= 2) samples.push(ms) // two warm-up loads fill the data cache
      bytes = body.length
      gzipBytes = zlib.gzipSync(body).length
    }
    const row = { name, route, status, ...stats(samples), kilobytes: Math.round(bytes / 102.4) / 10, kilobytesGzip: Math.round(gzipBytes / 102.4) / 10 }
    rows.push(row)
  }
  return rows
}
