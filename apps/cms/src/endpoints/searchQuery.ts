import { passageMarks, type Locale, type SearchCollection } from '@global-ai-governance/content'

import { escapeLike, type SearchParams } from './searchParams'

/**
 * PostgreSQL's text-search configuration per language: stemming, so "treaty"
 * finds "treaties" and « traité » finds « traités ». Chinese has no word
 * breaks to stem by: it is matched as written, through trigram indexes.
 */
export const searchConfigs: Record<Locale, string> = { en: 'english', fr: 'french', es: 'spanish', ar: 'arabic', zh: 'simple', ru: 'russian' }

/**
 * A localized collection as search reads it: the title (weight A) and the text
 * (weight B) of its `_locales` rows, as migration 20261203_120000_search_indexes
 * indexes them (`search_vector`, stemmed per row's language, and trigrams of the text);
 * the search test checks with EXPLAIN that PostgreSQL uses those indexes.
 */
type Searchable = { collection: SearchCollection; table: string; title: string; body: (alias: string) => string; shown?: (main: string, row: string, summary: string) => string }

const summaryOnly = (a: string) => `coalesce(${a}.summary, '')`

export const searchables: Searchable[] = [
  { collection: 'building-blocks', table: 'building_blocks', title: 'title', body: summaryOnly },
  { collection: 'risks', table: 'risks', title: 'title', body: summaryOnly },
  { collection: 'benefits', table: 'benefits', title: 'title', body: summaryOnly },
  {
    collection: 'initiatives',
    table: 'initiatives',
    title: 'title',
    body: (a) => `coalesce(${a}.official_title, '') || ' ' || coalesce(${a}.summary, '')`,
    // The symbol (A/RES/78/265) leads what a result says of an initiative.
    shown: (d, l, summary) => `concat_ws(' · ', ${d}.identifier, ${l}.official_title, ${summary})`,
  },
  {
    collection: 'actors',
    table: 'actors',
    title: 'name',
    body: (a) => `coalesce(${a}.short_name, '') || ' ' || coalesce(${a}.summary, '')`,
    shown: (_d, l, summary) => `concat_ws(' · ', ${l}.short_name, ${summary})`,
  },
  { collection: 'media-entries', table: 'media_entries', title: 'title', body: summaryOnly },
]

/** The row's words as written, as indexed with trigrams (substrings: Chinese, names, symbols). */
export const searchText = (item: Searchable, alias: string) => `(coalesce(${alias}.${item.title}, '') || ' ' || ${item.body(alias)})`

/**
 * A Chinese query as the index holds Chinese text (migration 20261203_120000_search_indexes):
 * each Han character a word, each term of the query a phrase of them side by side.
 */
export const chineseQuery = (q: string): string =>
  q
    .split(/\s+/)
    .map((term) => term.replace(/"/g, '').replace(/[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/g, ' $& ').trim().replace(/\s+/g, ' '))
    .filter(Boolean)
    .map((term) => `"${term}"`)
    .join(' ')

/** A parameterised statement for node-postgres: every user value is a `$n` parameter. */
export type Statement = { text: string; values: unknown[] }

/**
 * The search statement: published documents (main tables; drafts live in the `_v`
 * tables) in the visitor's language, and in English only where that language has no
 * translation, so no document comes twice. Ranked by text-search rank, with a bonus
 * when the title contains the query and more when it is the query.
 */
export function searchStatement({ q, locale, limit }: SearchParams): Statement {
  const values: unknown[] = []
  const param = (value: unknown) => {
    values.push(value)
    return `$${values.length}`
  }
  const query = param(q)
  const hanQuery = locale === 'zh' ? param(chineseQuery(q)) : query
  const pattern = param(`%${escapeLike(q)}%`)
  // Only names from the fixed table above reach the SQL text: the locale was checked against the list.
  const config = searchConfigs[locale as Locale]
  if (!config) throw new Error(`No search configuration for locale ${locale}`)
  const literal = (value: string) => `'${value.replace(/'/g, "''")}'`

  // Arabic's stemmer keeps plural endings (معاهدات → معاهدا, معاهدة → معاهد): its stems match as prefixes.
  const tsquery = (cfg: string) =>
    cfg === 'arabic'
      ? `regexp_replace(websearch_to_tsquery('arabic'::regconfig, ${query})::text, '''([^'']+)''', '''\\1'':*', 'g')::tsquery`
      : cfg === 'simple'
        ? `websearch_to_tsquery('simple'::regconfig, ${hanQuery})`
        : `websearch_to_tsquery('${cfg}'::regconfig, ${query})`
  // Trigrams narrow a substring search only from three characters on; shorter ones would read every row.
  // In Chinese, Han characters are found side by side through the index already.
  const onlyHan = /^[\s\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+$/.test(q)
  const asWritten = (item: Searchable, language: Locale) =>
    [...q].length >= 3 && !(language === 'zh' && onlyHan) ? ` or ${searchText(item, 'l')} ilike ${pattern}` : ''

  const branch = (item: Searchable, language: Locale, cfg: string, fallback: boolean) => {
    // The rows read: the visitor's language, or English where it has no translation (the fallback).
    const rowLanguage: Locale = fallback ? 'en' : language
    const english = rowLanguage === 'en'
    // The row's stemmed words in its own language (a generated column, see the migration).
    const vector = 'l.search_vector'
    const tsq = tsquery(cfg)
    // A translation without its own summary shows the English one, marked as English.
    const ownSummary = english ? 'l.summary' : 'coalesce(l.summary, e.summary)'
    const shown = item.shown ? item.shown('d', 'l', ownSummary) : ownSummary
    const summary = english ? shown : `coalesce(${shown}, '')`
    return `
      select ${literal(item.collection)}::text as collection, d.slug, l.${item.title} as title, ${summary} as summary,
        ${literal(rowLanguage)}::text as language,
        ${english ? `'en'` : `case when l.summary is null and e.summary is not null then 'en' else ${literal(language)} end`}::text as summary_language,
        '${cfg}'::regconfig as cfg, ${tsq} as query, ${vector} @@ ${tsq} as stemmed,
        (ts_rank(${vector}, ${tsq})
          + case when l.${item.title} ilike ${pattern} then 0.5 else 0 end
          + case when lower(l.${item.title}) = lower(${query}) then 1 else 0 end)::float8 as rank
      from ${item.table}_locales l
      join ${item.table} d on d.id = l._parent_id and d._status = 'published'
      ${english ? '' : `left join ${item.table}_locales e on e._parent_id = d.id and e._locale = 'en'`}
      where l._locale = ${literal(rowLanguage)} and l.${item.title} is not null
        and (${vector} @@ ${tsq}${asWritten(item, rowLanguage)})
        ${fallback ? `and not exists (select 1 from ${item.table}_locales t where t._parent_id = l._parent_id and t._locale = ${literal(language)} and t.${item.title} is not null)` : ''}`
  }

  const branches: string[] = []
  for (const item of searchables) {
    branches.push(branch(item, locale as Locale, config, false))
    if (locale !== 'en') branches.push(branch(item, locale as Locale, 'english', true))
  }
  // An initiative found by its symbol (A/RES/78/265), in whichever language it is shown.
  branches.push(`
      select 'initiatives'::text, d.slug, coalesce(l.title, e.title), concat_ws(' · ', d.identifier, coalesce(l.official_title, e.official_title), coalesce(l.summary, e.summary)),
        case when l.title is null then 'en' else ${literal(locale)} end::text,
        case when l.summary is null then 'en' else ${literal(locale)} end::text,
        'simple'::regconfig, null::tsquery, false, 0.5::float8
      from initiatives d
      left join initiatives_locales l on l._parent_id = d.id and l._locale = ${literal(locale)}
      left join initiatives_locales e on e._parent_id = d.id and e._locale = 'en'
      where d._status = 'published' and d.identifier ilike ${pattern}`)
  // Bibliographic titles stay in the language they were published in: matched as written, with their authors.
  const citation = `(setweight(to_tsvector('simple'::regconfig, coalesce(c.title, '')), 'A') || setweight(to_tsvector('simple'::regconfig, c.summary), 'B'))`
  branches.push(`
      select 'citations'::text, c.slug, c.title, c.summary, 'und'::text, 'und'::text,
        'simple'::regconfig, websearch_to_tsquery('simple'::regconfig, ${query}), ${citation} @@ websearch_to_tsquery('simple'::regconfig, ${query}),
        (ts_rank(${citation}, websearch_to_tsquery('simple'::regconfig, ${query}))
          + case when c.title ilike ${pattern} then 0.5 else 0 end
          + case when lower(c.title) = lower(${query}) then 1 else 0 end)::float8
      from (
        select c.slug, c.title,
          concat_ws(' · ',
            (select string_agg(coalesce(a.name, concat_ws(' ', a.given, a.family)), ', ' order by a._order) from citations_authors a where a._parent_id = c.id),
            c.container_title, c.publisher, c.year::text) as summary
        from citations c
        where c._status = 'published' and c.slug is not null
      ) c
      where ${citation} @@ websearch_to_tsquery('simple'::regconfig, ${query}) or concat_ws(' ', c.title, c.summary) ilike ${pattern}`)

  const headline = `StartSel=${passageMarks.start}, StopSel=${passageMarks.end}, MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=" … "`
  const text = `
    with matches as (${branches.join('\n      union all')}
    ),
    best as (
      -- One answer per document: an initiative found by its words and by its symbol counts once.
      select distinct on (collection, slug) * from matches where slug is not null order by collection, slug, stemmed desc, rank desc
    ),
    top as (select * from best order by rank desc, title asc limit ${param(limit)})
    select collection, slug, title, summary, language, summary_language, rank,
      -- Only for the results shown: ts_headline reads the whole text.
      -- Chinese words were matched character by character: the endpoint marks them as written.
      case when stemmed and language <> 'zh' then ts_headline(cfg, coalesce(summary, ''), query, ${literal(headline)}) end as passage
    from top
    order by rank desc, title asc`
  return { text, values }
}
