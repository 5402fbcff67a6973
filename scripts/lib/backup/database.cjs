'use strict'
// The database side of a backup: the server it runs on, the figures a
// manifest records for it (row counts and checksums per table, the media
// files its rows point at), and what a restore checks and empties first.
const pg = require('pg')

/** 150018 → 15; 90624 → 9.6 (numbers compare the right way either way). */
const majorOfVersionNum = (num) => (num >= 100000 ? Math.floor(num / 10000) : Math.floor(num / 100) / 100)

async function connect(url) {
  const client = new pg.Client({ connectionString: url, application_name: 'gaig-backup' })
  await client.connect()
  // Row checksums compare rows as text: fix every setting that changes that text.
  await client.query(
    "SET TimeZone = 'UTC'; SET DateStyle = 'ISO, YMD'; SET IntervalStyle = 'postgres'; SET extra_float_digits = 3; SET bytea_output = 'hex'",
  )
  return client
}

async function serverInfo(client) {
  const { rows } = await client.query(
    "select current_setting('server_version_num')::int as num, current_setting('server_version') as version, current_database() as name",
  )
  const { num, version, name } = rows[0]
  return { name, version, versionNum: num, major: majorOfVersionNum(num) }
}

// Schemas that belong to PostgreSQL itself, never dumped or dropped.
const USER_SCHEMA = "n.nspname <> 'information_schema' and n.nspname not like 'pg\\_%'"

async function userTables(client) {
  const { rows } = await client.query(
    `select n.nspname as schema, c.relname as name
       from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where c.relkind = 'r' and ${USER_SCHEMA}
      order by 1, 2`,
  )
  return rows
}

const qualified = ({ schema, name }) => `${pg.escapeIdentifier(schema)}.${pg.escapeIdentifier(name)}`

/**
 * Row count and a checksum of every row of every table: the md5 of the sorted
 * md5s of the rows as text. Equal checksums mean equal rows, in any order.
 */
async function tableFigures(client) {
  const figures = []
  for (const table of await userTables(client)) {
    const { rows } = await client.query(
      `select count(*)::bigint as rows, md5(coalesce(string_agg(h, '' order by h), '')) as checksum
         from (select md5(gaig_backup_row::text) as h from ${qualified(table)} gaig_backup_row) hashed`,
    )
    figures.push({ schema: table.schema, name: table.name, rows: Number(rows[0].rows), checksum: rows[0].checksum })
  }
  return figures
}

/** Other sessions on this database (a running CMS): a restore under them is refused. */
async function otherSessions(client) {
  const { rows } = await client.query(
    `select coalesce(nullif(application_name, ''), '(no name)') as app, coalesce(host(client_addr), 'local socket') as addr
       from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid() and backend_type = 'client backend'`,
  )
  return rows
}

/** What a restore would replace: objects in the user's schemas, and the rows of its tables. */
async function databaseContent(client) {
  const { rows } = await client.query(
    `select
       (select count(*) from pg_class c join pg_namespace n on n.oid = c.relnamespace where c.relkind = 'r' and ${USER_SCHEMA})::int as tables,
       (select count(*) from pg_class c join pg_namespace n on n.oid = c.relnamespace where c.relkind not in ('r', 't', 'i', 'I') and ${USER_SCHEMA})::int
       + (select count(*) from pg_type t join pg_namespace n on n.oid = t.typnamespace where t.typrelid = 0 and t.typcategory <> 'A' and ${USER_SCHEMA})::int
       + (select count(*) from pg_proc p join pg_namespace n on n.oid = p.pronamespace where ${USER_SCHEMA})::int
       + (select count(*) from pg_namespace n where n.nspname <> 'public' and ${USER_SCHEMA})::int as others`,
  )
  let rowsTotal = 0
  for (const table of await userTables(client)) {
    const { rows: counted } = await client.query(`select count(*)::bigint as n from ${qualified(table)}`)
    rowsTotal += Number(counted[0].n)
  }
  return { tables: rows[0].tables, others: rows[0].others, rows: rowsTotal, empty: rows[0].tables + rows[0].others === 0 }
}

/**
 * SQL that empties the database before the dump is replayed, in the same
 * transaction: every schema of the user's is dropped, so nothing the backup
 * lacks (a table from a newer migration) survives, and `public` is made
 * again with its owner and grants, which the dump does not carry.
 */
async function emptyingSql(client) {
  const statements = ['SET client_min_messages = warning;']
  const { rows: schemas } = await client.query(`select n.nspname as name from pg_namespace n where ${USER_SCHEMA} order by 1`)
  for (const { name } of schemas) statements.push(`DROP SCHEMA ${pg.escapeIdentifier(name)} CASCADE;`)
  statements.push('CREATE SCHEMA public;')
  const { rows: owners } = await client.query("select pg_get_userbyid(nspowner) as owner from pg_namespace where nspname = 'public'")
  if (owners.length) {
    statements.push(`ALTER SCHEMA public OWNER TO ${pg.escapeIdentifier(owners[0].owner)};`)
    const { rows: grants } = await client.query(
      `select case when a.grantee = 0 then 'PUBLIC' else quote_ident(pg_get_userbyid(a.grantee)) end as grantee, a.privilege_type as privilege, a.is_grantable as grantable
         from pg_namespace n, aclexplode(n.nspacl) a where n.nspname = 'public'`,
    )
    for (const grant of grants) {
      statements.push(`GRANT ${grant.privilege} ON SCHEMA public TO ${grant.grantee}${grant.grantable ? ' WITH GRANT OPTION' : ''};`)
    }
  }
  return `${statements.join('\n')}\n`
}

/** File names the CMS's media rows point at (originals and resized copies), when that table exists. */
async function referencedMediaFiles(client) {
  const { rows: columns } = await client.query(
    `select table_schema as schema, column_name as name from information_schema.columns
      where table_name = 'media' and (column_name = 'filename' or column_name ~ '^sizes_.+_filename$')`,
  )
  if (!columns.some((column) => column.name === 'filename')) return []
  const schema = columns.find((column) => column.name === 'filename').schema
  const names = columns.filter((column) => column.schema === schema).map((column) => pg.escapeIdentifier(column.name))
  const { rows } = await client.query(
    `select distinct f from ${pg.escapeIdentifier(schema)}.media, unnest(array[${names.join(', ')}]::text[]) as f where f is not null`,
  )
  return rows.map((row) => row.f)
}

module.exports = {
  connect,
  serverInfo,
  tableFigures,
  otherSessions,
  databaseContent,
  emptyingSql,
  referencedMediaFiles,
}
