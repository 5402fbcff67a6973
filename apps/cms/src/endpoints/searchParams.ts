import { isLocale, locales, searchLimits } from '@global-ai-governance/content'

export type SearchParams = { q: string; locale: string; limit: number }

type Parsed = { ok: true; value: SearchParams } | { ok: false; error: string }

/** The parameters the endpoint reads; each may be given once, as name=value. */
const parameterNames = ['q', 'locale', 'limit'] as const

// C0 and C1 control characters, NUL included, except tab, line feed and carriage return (white space).
const controlCharacter = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/
// A letter or a digit in any script.
const wordCharacter = /[\p{L}\p{N}]/u

/** One name or value of a query string, decoded; null when it is not percent-encoded UTF-8 (`%ZZ`, `%C3%28`, an encoded surrogate). */
const decodePart = (part: string): string | null => {
  try {
    return decodeURIComponent(part.replace(/\+/g, ' '))
  } catch {
    return null
  }
}

const shorten = (text: string) => (text.length > 40 ? `${text.slice(0, 40)}…` : text)

/** Every name of a query string with its values, in order; or the first part that cannot be decoded. */
const decodeQuery = (query: string): { ok: true; values: Map<string, string[]> } | { ok: false; part: string } => {
  const values = new Map<string, string[]>()
  for (const part of query.replace(/^\?/, '').split('&')) {
    if (part === '') continue
    const equals = part.indexOf('=')
    const name = decodePart(equals === -1 ? part : part.slice(0, equals))
    const value = decodePart(equals === -1 ? '' : part.slice(equals + 1))
    if (name === null || value === null) return { ok: false, part }
    values.set(name, [...(values.get(name) ?? []), value])
  }
  return { ok: true, values }
}

/**
 * Checks the query string of `GET /api/search` (`?q=…&locale=…&limit=…`); pure, so it is
 * unit-tested without a database. Everything the database could not take is refused here with
 * a message: bad percent-encoding, a parameter given twice or as a list (`q[]=`), control
 * characters (PostgreSQL cannot store NUL), overlong queries, unknown locales. The CMS's proxy
 * applies it to the query string as sent (Next.js mends bad percent-encoding before a route
 * reads it), the endpoint to what it reads.
 */
export const parseSearchParams = (query: string): Parsed => {
  const decoded = decodeQuery(query)
  if (!decoded.ok) {
    return { ok: false, error: `The query string is not valid: "${shorten(decoded.part)}" is not percent-encoded UTF-8 (write "%" as "%25").` }
  }
  const { values } = decoded
  for (const name of parameterNames) {
    const listed = [...values.keys()].find((key) => key.startsWith(`${name}[`))
    if (listed !== undefined) return { ok: false, error: `"${name}" takes one value, written ${name}=…, not "${shorten(listed)}".` }
    const given = values.get(name)?.length ?? 0
    if (given > 1) return { ok: false, error: `"${name}" is given ${given} times; give it once.` }
  }

  const raw = values.get('q')?.[0] ?? ''
  if (controlCharacter.test(raw)) {
    return { ok: false, error: 'The search query "q" may not contain control characters (such as NUL).' }
  }
  const q = raw.trim()
  if (q.length === 0) return { ok: false, error: 'The search query "q" is required.' }
  if (q.length > searchLimits.maxQueryLength) {
    return { ok: false, error: `The search query "q" must be at most ${searchLimits.maxQueryLength} characters.` }
  }
  const locale = values.get('locale')?.[0] ?? 'en'
  if (!isLocale(locale)) {
    return { ok: false, error: `Unknown locale "${shorten(locale)}"; use one of ${locales.join(', ')}.` }
  }
  const rawLimit = values.get('limit')?.[0] ?? ''
  const limit = rawLimit === '' ? searchLimits.defaultLimit : /^[0-9]{1,3}$/.test(rawLimit) ? Number(rawLimit) : Number.NaN
  if (!Number.isInteger(limit) || limit < 1 || limit > searchLimits.maxLimit) {
    return { ok: false, error: `"limit" must be a whole number from 1 to ${searchLimits.maxLimit}.` }
  }
  return { ok: true, value: { q, locale, limit } }
}

/** Whether a query has anything to look for: a letter or a digit (`!!!`, `"` or `:*` alone have none). */
export const hasWords = (q: string): boolean => wordCharacter.test(q)

/** Escapes LIKE wildcards so user input is matched literally. */
export const escapeLike = (value: string): string => value.replace(/[\\%_]/g, (c) => `\\${c}`)
