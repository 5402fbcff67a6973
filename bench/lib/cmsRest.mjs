// CMS REST latency against a hand-written SQL query for the same rows on the
// same database: what Payload's access control, hooks, population and JSON
// cost over reading the tables directly.
import pg from 'pg'

function stats(samplesMs) {
  const sorted = [...samplesMs].sort((a, b) => a - b)
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]
  const round = (value) => Math.round(value * 100) / 100
  return { p50Ms: round(at(0.5)), p99Ms: round(at(0.99)), meanMs: round(sorted.reduce((a, b) => a + b, 0) / sorted.length), samples: sorted.length }
}

async function time(fn, { warmup, iterations }) {
  for (let i = 0; i < warmup; i += 1) await fn()
  const samples = []
  let rows = 0
  for (let i = 0; i < iterations; i += 1) {
    const started = process.hrtime.bigint()
    rows = await fn()
    samples.push(Number(process.hrtime.bigint() - started) / 1e6)
  }
  return { ...stats(samples), rows }
}

// A published building block in English with what depth=1 populates: its
// lists (gaps, regimes), the initiatives that serve it (its \`initiatives\` join:
// the published ones, newest key date first, the first page of ten and one more
// to know whether there is a next, with the fields initiatives' defaultPopulate
// selects) and the risks, benefits and citations it links to.
const blockSql = (filter) => `
select b.id, b.slug, b."order", b.updated_at, l.title, l.summary, l.body, l.seo_title, l.seo_description,
  (select coalesce(json_agg(json_build_object('id', i.id, 'title', il.title, 'slug', i.slug, 'kind', i.kind,
      'status', i.status, 'keyDate', i.key_date) order by i.key_date desc, i.id desc), '[]')
     from (select * from initiatives i
           where i._status = 'published'
             and exists (select 1 from initiatives_rels ir where ir.parent_id = i.id and ir.path = 'buildingBlocks' and ir.building_blocks_id = b.id)
           order by i.key_date desc, i.id desc limit 11) i
     left join initiatives_locales il on il._parent_id = i.id and il._locale = 'en') as initiatives,
  (select coalesce(json_agg(g.gap order by g._order), '[]')
     from building_blocks_gaps g where g._parent_id = b.id and g._locale = 'en') as gaps,
  (select coalesce(json_agg(json_build_object('regime', a.regime, 'lesson', a.lesson) order by a._order), '[]')
     from building_blocks_analogous_regimes a where a._parent_id = b.id and a._locale = 'en') as analogous_regimes,
  (select coalesce(json_agg(json_build_object('path', r.path, 'id', coalesce(r.risks_id, r.benefits_id, r.citations_id),
      'slug', coalesce(rk.slug, bn.slug, c.slug), 'title', coalesce(rkl.title, bnl.title, c.title),
      'summary', coalesce(rkl.summary, bnl.summary)) order by r.path, r."order"), '[]')
     from building_blocks_rels r
     left join risks rk on rk.id = r.risks_id and rk._status = 'published'
     left join risks_locales rkl on rkl._parent_id = rk.id and rkl._locale = 'en'
     left join benefits bn on bn.id = r.benefits_id and bn._status = 'published'
     left join benefits_locales bnl on bnl._parent_id = bn.id and bnl._locale = 'en'
     left join citations c on c.id = r.citations_id and c._status = 'published'
     where r.parent_id = b.id) as related
from building_blocks b
join building_blocks_locales l on l._parent_id = b.id and l._locale = 'en'
where b._status = 'published' ${filter}
order by b."order"`

// What the search endpoint finds for one word: published documents of every type whose title or
// summary contains it (the endpoint also ranks them with full-text search).
const searchSql = `
select 'building-blocks' as collection, d.slug, l.title, l.summary from building_blocks d join building_blocks_locales l on l._parent_id = d.id and l._locale = 'en'
  where d._status = 'published' and (l.title ilike $1 or l.summary ilike $1)
union all
select 'risks', d.slug, l.title, l.summary from risks d join risks_locales l on l._parent_id = d.id and l._locale = 'en'
  where d._status = 'published' and (l.title ilike $1 or l.summary ilike $1)
union all
select 'benefits', d.slug, l.title, l.summary from benefits d join benefits_locales l on l._parent_id = d.id and l._locale = 'en'
  where d._status = 'published' and (l.title ilike $1 or l.summary ilike $1)
union all
select 'initiatives', d.slug, l.title, concat_ws(' · ', d.identifier, l.official_title, l.summary) from initiatives d join initiatives_locales l on l._parent_id = d.id and l._locale = 'en'
  where d._status = 'published' and (l.title ilike $1 or l.official_title ilike $1 or d.identifier ilike $1 or l.summary ilike $1)
union all
select 'actors', d.slug, l.name, concat_ws(' · ', l.short_name, l.summary) from actors d join actors_locales l on l._parent_id = d.id and l._locale = 'en'
  where d._status = 'published' and (l.name ilike $1 or l.short_name ilike $1 or l.summary ilike $1)
union all
select 'media-entries', d.slug, l.title, l.summary from media_entries d join media_entries_locales l on l._parent_id = d.id and l._locale = 'en'
  where d._status = 'published' and (l.title ilike $1 or l.summary ilike $1)
union all
select 'citations', c.slug, c.title, concat_ws(' · ', c.container_title, c.publisher) from citations c
  where c._status = 'published' and (c.title ilike $1 or c.container_title ilike $1 or c.publisher ilike $1)`

export async function measureCmsRest({ cmsUrl, databaseUrl, warmup = 20, iterations = 200 }) {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  const rest = (path, count) => async () => {
    const response = await fetch(`${cmsUrl}${path}`)
    if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`)
    return count(await response.json())
  }
  const sql = (text, values = []) => async () => (await client.query(text, values)).rowCount
  const cases = [
    {
      name: 'building blocks, list at depth 1',
      path: '/api/building-blocks?depth=1&limit=100&locale=en',
      count: (body) => body.docs.length,
      sql: blockSql(''),
      values: [],
    },
    {
      name: 'one building block by slug, depth 1',
      path: '/api/building-blocks?where[slug][equals]=red-lines&depth=1&limit=1&locale=en',
      count: (body) => body.docs.length,
      sql: blockSql(`and b.slug = $1`),
      values: ['red-lines'],
    },
    {
      name: 'search "governance"',
      path: '/api/search?q=governance&locale=en',
      count: (body) => (body.results ?? body.docs ?? []).length,
      sql: searchSql,
      values: ['%governance%'],
    },
  ]
  const results = []
  try {
    for (const item of cases) {
      const viaRest = await time(rest(item.path, item.count), { warmup, iterations })
      const viaSql = await time(sql(item.sql, item.values), { warmup, iterations })
      results.push({
        name: item.name,
        rest: { ...viaRest, command: `curl '${cmsUrl}${item.path}' (${iterations} sequential requests after ${warmup} warm-up)` },
        sql: { ...viaSql, command: `psql: the hand-written query in bench/lib/cmsRest.mjs (${iterations} sequential runs)` },
        ratioP50: Math.round((viaRest.p50Ms / viaSql.p50Ms) * 10) / 10,
      })
    }
  } finally {
    await client.end()
  }
  return results
}
