// Search latency per language with a large corpus: copies the seeded initiatives in the
// database until there are `count` (tests/support/search-corpus.cjs), then asks the CMS's
// GET /api/search over HTTP, one request at a time, and says which search indexes PostgreSQL
// read while answering a language's queries (its index-scan counters, before and after).
import pg from 'pg'

import corpus from '../../tests/support/search-corpus.cjs'

const queries = {
  en: ['treaty', 'artificial intelligence governance', 'Bletchley'],
  fr: ['traité', 'gouvernance de l’intelligence artificielle', 'Bletchley'],
  es: ['tratado', 'gobernanza de la inteligencia artificial', 'Bletchley'],
  ar: ['معاهدة', 'حوكمة الذكاء الاصطناعي', 'بلتشلي'],
  zh: ['红线', '人工智能治理', '布莱切利'],
  ru: ['договор', 'управление искусственным интеллектом', 'Блетчли'],
}

function stats(samples) {
  const sorted = [...samples].sort((a, b) => a - b)
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]
  return { p50Ms: Math.round(at(0.5) * 10) / 10, p99Ms: Math.round(at(0.99) * 10) / 10 }
}

const indexScans = async (client) =>
  Object.fromEntries(
    (await client.query(`select indexrelname as name, idx_scan::int as scans from pg_stat_user_indexes where indexrelname like 'initiatives_locales_search_%'`)).rows.map((row) => [row.name, row.scans]),
  )

export async function measureSearch({ cmsUrl, databaseUrl, count = 10000, iterations = 30 }) {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    const {
      rows: [{ total }],
    } = await client.query(`select count(*)::int as total from initiatives where _status = 'published'`)
    const started = Date.now()
    if (total < count) await corpus.fillSearchCorpus(client, count - total)
    const fillSeconds = Math.round((Date.now() - started) / 100) / 10
    const rows = []
    for (const [locale, list] of Object.entries(queries)) {
      const before = await indexScans(client)
      for (const q of list) {
        const url = `${cmsUrl}/api/search?${new URLSearchParams({ q, locale, limit: '20' })}`
        const samples = []
        let results = 0
        for (let i = 0; i < iterations + 2; i += 1) {
          const begun = process.hrtime.bigint()
          const response = await fetch(url)
          const body = await response.json()
          if (!response.ok) throw new Error(`${url}: ${response.status} ${JSON.stringify(body).slice(0, 200)}`)
          if (i >= 2) samples.push(Number(process.hrtime.bigint() - begun) / 1e6)
          results = body.results.length
        }
        rows.push({ locale, q, results, ...stats(samples) })
      }
      // A server process reports its counters when idle, at the latest ten seconds after its last query.
      await new Promise((resolve) => setTimeout(resolve, 11_000))
      const after = await indexScans(client)
      const indexes = Object.keys(after).filter((name) => after[name] > (before[name] ?? 0))
      for (const row of rows) if (row.locale === locale) row.indexes = indexes
    }
    return { initiatives: Math.max(total, count), fillSeconds, queries: rows }
  } finally {
    await client.end()
  }
}
