import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

// Written by hand: a generated column and expression indexes are not part of Payload's schema,
// so `migrate:create` does not see them (its snapshot is unchanged) and Payload never writes
// the column. Frozen here as of this migration; the search statement (endpoints/searchQuery.ts)
// reads `search_vector` and writes the trigram expression the same way, and the search test
// checks with EXPLAIN, on 10,000 initiatives, that PostgreSQL uses these indexes.
const configs = { en: 'english', fr: 'french', es: 'spanish', ar: 'arabic', zh: 'simple', ru: 'russian' }

const tables: { table: string; title: string; body: string }[] = [
  { table: 'building_blocks', title: 'title', body: `coalesce(summary, '')` },
  { table: 'risks', title: 'title', body: `coalesce(summary, '')` },
  { table: 'benefits', title: 'title', body: `coalesce(summary, '')` },
  { table: 'initiatives', title: 'title', body: `coalesce(official_title, '') || ' ' || coalesce(summary, '')` },
  { table: 'actors', title: 'name', body: `coalesce(short_name, '') || ' ' || coalesce(summary, '')` },
  { table: 'media_entries', title: 'title', body: `coalesce(summary, '')` },
]

// Chinese is written without spaces: each Han character is made a word of its own, and a
// query's characters are then looked for side by side (a phrase), so 红线 finds 红线 in 全球红线倡议.
const han = '([\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff])'
const words = (config: string, text: string) => (config === 'simple' ? `regexp_replace(${text}, '${han}', ' \\1 ', 'g')` : text)

const vector = (config: string, title: string, body: string) =>
  `setweight(to_tsvector('${config}'::regconfig, ${words(config, `coalesce(${title}, '')`)}), 'A') || setweight(to_tsvector('${config}'::regconfig, ${words(config, body)}), 'B')`

const statements = () =>
  tables.flatMap(({ table, title, body }) => [
    // Each translation's stemmed words, in its own language's configuration, kept with the row:
    // ranking reads them instead of parsing every matching text again.
    `ALTER TABLE "${table}_locales" ADD COLUMN IF NOT EXISTS "search_vector" tsvector GENERATED ALWAYS AS (CASE _locale ` +
      Object.entries(configs)
        .map(([locale, config]) => `WHEN '${locale}' THEN ${vector(config, title, body)}`)
        .join(' ') +
      ` END) STORED;`,
    `CREATE INDEX IF NOT EXISTS "${table}_locales_search_vector" ON "${table}_locales" USING gin ("search_vector");`,
    // Words as written (Chinese has no spaces to split on; names and symbols): trigrams serve ILIKE '%…%'.
    `CREATE INDEX IF NOT EXISTS "${table}_locales_search_text" ON "${table}_locales" USING gin ((coalesce(${title}, '') || ' ' || ${body}) gin_trgm_ops);`,
  ])

export async function up({ db }: MigrateUpArgs): Promise<void> {
  // pg_trgm ships with PostgreSQL and is a trusted extension: the database's owner may create it.
  await db.execute(sql.raw(['CREATE EXTENSION IF NOT EXISTS pg_trgm;', ...statements(), `CREATE INDEX IF NOT EXISTS "initiatives_identifier_search_text" ON "initiatives" USING gin ((coalesce(identifier, '')) gin_trgm_ops);`].join('\n')))
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  const statements = tables.flatMap(({ table }) => [`DROP INDEX IF EXISTS "${table}_locales_search_text";`, `ALTER TABLE "${table}_locales" DROP COLUMN IF EXISTS "search_vector";`])
  await db.execute(sql.raw([...statements, 'DROP INDEX IF EXISTS "initiatives_identifier_search_text";'].join('\n')))
}
