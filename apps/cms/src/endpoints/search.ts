import { passageMarks } from '@global-ai-governance/content'
import type { Endpoint } from 'payload'

import { hasWords, parseSearchParams } from './searchParams'
import { searchStatement, type Statement } from './searchQuery'

type Row = { collection: string; slug: string | null; title: string | null; summary: string | null; passage: string | null; language: string; summary_language: string; rank: number | string }

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
 * The statement (searchQuery.ts) reads only the main tables, which hold the published version,
 * and binds every user value as a parameter.
 */
export const searchEndpoint: Endpoint = {
  path: '/search',
  method: 'get',
  handler: async (req) => {
    // Next.js has mended the query string by now (the proxy checked it as sent, with the same rules).
    const parsed = parseSearchParams(new URL(req.url ?? '', 'http://localhost').search)
    if (!parsed.ok) return Response.json({ error: parsed.error }, { status: 400, headers: noStore })
    const { q, locale } = parsed.value
    // Only punctuation (`!!!`, `"`, `:*`): no word to look for, so nothing is found.
    if (!hasWords(q)) return Response.json({ query: q, locale, results: [] }, { headers: cacheable })
    try {
      const db = req.payload.db as unknown as { pool: { query: (statement: Statement) => Promise<{ rows: Row[] }> } }
      const { rows } = await db.pool.query(searchStatement(parsed.value))
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
            summaryLanguage: row.summary_language === 'und' ? undefined : row.summary_language,
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
