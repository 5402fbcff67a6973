import { passageMarks, type Locale } from '@global-ai-governance/content'
import type { Endpoint } from 'payload'
import { sql } from '@payloadcms/db-postgres'

import { escapeLike, hasWords, parseSearchParams } from './searchParams'

type Row = { collection: string; slug: string | null; title: string | null; summary: string | null; passage: string | null; language: string; rank: number | string }

/**
 * PostgreSQL's text-search configuration per language: stemming, so "treaty"
 * finds "treaties" and « traité » finds « traités ». Chinese has no word
 * breaks to stem by: it is matched as written (substring), see below.
 */
export const searchConfigs: Record<Locale, string> = { en: 'english', fr: 'french', es: 'spanish', ar: 'arabic', zh: 'simple', ru: 'russian' }

const noStore = { 'Cache-Control': 'no-store' }
const cacheable = { 'Cache-Control': 'public, max-age=60' }

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * The matching part of a result: PostgreSQL's headline where stems matched;
 * where only the words as written matched (Chinese, names), each occurrence marked here.
 */
function passageOf(row: Row, q: string): { passage?: string } {
  if (row.passage && row.passage.includes(passageMarks.start)) return { passage: row.passage }
  const summary = row.summary ?? ''
  const marked = summary.replace(new RegExp(escapeRegExp(q.trim()), 'giu'), (found) => `${passageMarks.start}${found}${passageMarks.end}`)
  return marked === summary ? {} : { passage: marked }
}

/**
 * Full-text search over the published content, in the visitor's locale (falling back to English).
 * Reads only the main tables, which hold the published version; drafts live in the `_v` tables.
 * Every user value is a bound parameter of the `sql` template.
 */
export const searchEndpoint: Endpoint = {
  path: '/search',
  method: 'get',
  handler: async (req) => {
    // Next.js has mended the query string by now (the proxy checked it as sent, with the same rules).
    const parsed = parseSearchParams(new URL(req.url ?? '', 'http://localhost').search)
    if (!parsed.ok) return Response.json({ error: parsed.error }, { status: 400, headers: noStore })
    const { q, locale, limit } = parsed.value
    // Only punctuation (`!!!`, `"`, `:*`): no word to look for, so nothing is found.
    if (!hasWords(q)) return Response.json({ query: q, locale, results: [] }, { headers: cacheable })
    const pattern = `%${escapeLike(q)}%`
    const config = searchConfigs[locale as Locale] ?? 'simple'
    const headline = `StartSel=${passageMarks.start}, StopSel=${passageMarks.end}, MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=" … "`

    const localized = (table: string, collection: string) => {
      const main = sql.identifier(table)
      const locales = sql.identifier(`${table}_locales`)
      return sql`
        select ${collection}::text as collection, d.slug,
          coalesce(l.title, e.title) as title,
          coalesce(l.summary, e.summary) as summary,
          case when l.title is null then 'en' else ${locale} end as language
        from ${main} d
        left join ${locales} l on l._parent_id = d.id and l._locale::text = ${locale}
        left join ${locales} e on e._parent_id = d.id and e._locale::text = 'en'
        where d._status = 'published'`
    }

    const query = sql`
      with docs as (
        ${localized('building_blocks', 'building-blocks')}
        union all ${localized('risks', 'risks')}
        union all ${localized('benefits', 'benefits')}
        union all
        select 'initiatives'::text as collection, d.slug,
          coalesce(l.title, e.title) as title,
          concat_ws(' · ', d.identifier, coalesce(l.official_title, e.official_title), coalesce(l.summary, e.summary)) as summary,
          case when l.title is null then 'en' else ${locale} end as language
        from initiatives d
        left join initiatives_locales l on l._parent_id = d.id and l._locale::text = ${locale}
        left join initiatives_locales e on e._parent_id = d.id and e._locale::text = 'en'
        where d._status = 'published'
        union all
        select 'actors'::text as collection, d.slug,
          coalesce(l.name, e.name) as title,
          concat_ws(' · ', coalesce(l.short_name, e.short_name), coalesce(l.summary, e.summary)) as summary,
          case when l.name is null then 'en' else ${locale} end as language
        from actors d
        left join actors_locales l on l._parent_id = d.id and l._locale::text = ${locale}
        left join actors_locales e on e._parent_id = d.id and e._locale::text = 'en'
        where d._status = 'published'
        union all ${localized('media_entries', 'media-entries')}
        union all
        select 'citations'::text as collection, c.slug, c.title,
          concat_ws(' · ',
            (select string_agg(coalesce(a.name, concat_ws(' ', a.given, a.family)), ', ' order by a._order)
               from citations_authors a where a._parent_id = c.id),
            c.container_title, c.publisher, c.year::text) as summary,
          -- Bibliographic titles stay in the language they were published in: matched as written.
          'und' as language
        from citations c
        where c._status = 'published'
      ),
      configured as (
        select docs.*,
          (case language when 'en' then 'english' when 'und' then 'simple' else ${config} end)::regconfig as cfg
        from docs
        where slug is not null
      ),
      scored as (
        select collection, slug, title, summary, language, cfg,
          setweight(to_tsvector(cfg, coalesce(title, '')), 'A') ||
            setweight(to_tsvector(cfg, coalesce(summary, '')), 'B') as tsv,
          -- Arabic's stemmer keeps plural endings (معاهدات → معاهدا, معاهدة → معاهد): its stems match as prefixes.
          case when cfg = 'arabic'::regconfig
            then regexp_replace(websearch_to_tsquery(cfg, ${q})::text, '''([^'']+)''', '''\\1'':*', 'g')::tsquery
            else websearch_to_tsquery(cfg, ${q})
          end as query,
          concat_ws(' ', title, summary) as doc
        from configured
      )
      select collection, slug, title, summary, language,
        case
          when tsv @@ query then ts_headline(cfg, coalesce(summary, ''), query, ${headline})
          else null
        end as passage,
        (ts_rank(tsv, query)
          + case when title ilike ${pattern} then 0.5 else 0 end
          -- A page whose title is the query itself comes first ("red lines" → Red lines).
          + case when lower(title) = lower(${q}) then 1 else 0 end)::float8 as rank
      from scored
      where tsv @@ query or doc ilike ${pattern}
      order by rank desc, title asc
      limit ${limit}`

    try {
      const db = req.payload.db as unknown as { drizzle: { execute: (query: unknown) => Promise<{ rows: Row[] }> } }
      const { rows } = await db.drizzle.execute(query)
      return Response.json(
        {
          query: q,
          locale,
          results: rows.map((row) => ({
            collection: row.collection,
            slug: row.slug,
            title: row.title ?? '',
            summary: row.summary ?? '',
            ...passageOf(row, q),
            language: row.language === 'und' ? undefined : row.language,
            rank: Number(row.rank),
          })),
        },
        { headers: cacheable },
      )
    } catch (error) {
      req.payload.logger.error({ err: error, msg: 'Search failed' })
      return Response.json({ error: 'Search is unavailable.' }, { status: 503, headers: noStore })
    }
  },
}
