/**
 * A search corpus of `count` published initiatives, made in the database by copying the
 * seeded ones with their text in every language (each copy numbered, its summary joined
 * to another's so no two read alike). For the search benchmark, and for the test that
 * PostgreSQL uses the search indexes at that size: inside a transaction it rolls back.
 * Takes a node-postgres client; returns how many initiatives were added.
 */
async function fillSearchCorpus(client, count) {
  const sources = `(select i.*, (row_number() over (order by i.id) - 1)::int as n
    from initiatives i where i._status = 'published' and i.slug not like 'search-corpus-%')`
  const {
    rows: [{ seeded }],
  } = await client.query(`select count(*)::int as seeded from ${sources} s`)
  if (seeded === 0) throw new Error('The search corpus copies the seeded initiatives, and there are none: seed the database first.')
  await client.query(
    `insert into initiatives (slug, kind, status, status_checked_on, dates_announced, dates_adopted, dates_in_force, key_date, review_status, _status)
     select 'search-corpus-' || g, i.kind, i.status, i.status_checked_on, i.dates_announced, i.dates_adopted, i.dates_in_force, i.key_date, i.review_status, 'published'
     from generate_series(1, $1::int) g join ${sources} i on i.n = g % $2::int`,
    [count, seeded],
  )
  await client.query(
    `insert into initiatives_locales (_locale, _parent_id, title, official_title, summary, limits)
     select l._locale, c.id, l.title || ' (' || g || ')', l.official_title, concat_ws(' ', l.summary, o.summary), l.limits
     from generate_series(1, $1::int) g
     join ${sources} i on i.n = g % $2::int
     join ${sources} other on other.n = (g * 7 + 3) % $2::int
     join initiatives c on c.slug = 'search-corpus-' || g
     join initiatives_locales l on l._parent_id = i.id
     left join initiatives_locales o on o._parent_id = other.id and o._locale = l._locale`,
    [count, seeded],
  )
  // Fresh statistics, as autovacuum would gather them: the planner chooses by them.
  await client.query('analyze initiatives; analyze initiatives_locales')
  return count
}

module.exports = { fillSearchCorpus }
