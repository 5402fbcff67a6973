// What is in the test database, table by table, so a test can show that a run of
// requests wrote nothing; and the message of an error answer. Used by the tests
// that send bad input (resilience/bad-input, conformance/hostile-input).
import { Client } from 'pg'

// Tables whose rows change without any content write (sessions, locks, preferences, the job queue): counted, not checksummed.
const volatile = new Set(['users_sessions', 'payload_locked_documents', 'payload_locked_documents_rels', 'payload_preferences', 'payload_preferences_rels', 'payload_jobs', 'payload_jobs_log', 'payload_kv'])

/** Every table of TEST_DATABASE_URL's public schema → its row count and (outside the volatile tables) the md5 of its rows. */
export async function snapshot(): Promise<Map<string, string>> {
  const client = new Client({ connectionString: process.env.TEST_DATABASE_URL })
  await client.connect()
  try {
    const { rows: tables } = await client.query<{ name: string }>("select tablename as name from pg_tables where schemaname = 'public' order by 1")
    const result = new Map<string, string>()
    for (const { name } of tables) {
      const table = `"${name.replace(/"/g, '""')}"`
      const sql = volatile.has(name)
        ? `select count(*)::text as n, '' as sum from ${table}`
        : `select count(*)::text as n, md5(coalesce(string_agg(t::text, E'\\n' order by t::text), '')) as sum from ${table} t`
      const { rows } = await client.query<{ n: string; sum: string }>(sql)
      result.set(name, `${rows[0]!.n} rows ${rows[0]!.sum}`.trim())
    }
    return result
  } finally {
    await client.end()
  }
}

/** The tables that differ between two snapshots, each as "table: before → after". */
export const differences = (before: Map<string, string>, after: Map<string, string>): string[] =>
  [...new Set([...before.keys(), ...after.keys()])].filter((t) => before.get(t) !== after.get(t)).map((t) => `${t}: ${before.get(t) ?? 'absent'} → ${after.get(t) ?? 'absent'}`)

/** The message of an error answer, as Payload (`errors[0].message`, `message`) and the custom endpoints (`error`) write them. */
export const messageOf = (body: any): string => {
  const candidates = [body?.errors?.[0]?.message, body?.message, body?.error]
  return candidates.find((m): m is string => typeof m === 'string' && m.trim() !== '') ?? ''
}
