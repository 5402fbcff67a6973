import { isLocale, locales, searchLimits } from '@global-ai-governance/content'

export type SearchParams = { q: string; locale: string; limit: number }

/** Checks the query string of `GET /api/search`; pure, so it is unit-tested without a database. */
export const parseSearchParams = (
  params: URLSearchParams,
): { ok: true; value: SearchParams } | { ok: false; error: string } => {
  const q = (params.get('q') ?? '').trim()
  if (q.length === 0) return { ok: false, error: 'The search query "q" is required.' }
  if (q.length > searchLimits.maxQueryLength) {
    return { ok: false, error: `The search query "q" must be at most ${searchLimits.maxQueryLength} characters.` }
  }
  const locale = params.get('locale') ?? 'en'
  if (!isLocale(locale)) {
    return { ok: false, error: `Unknown locale "${locale}"; use one of ${locales.join(', ')}.` }
  }
  const rawLimit = params.get('limit')
  const limit = rawLimit === null || rawLimit === '' ? searchLimits.defaultLimit : Number(rawLimit)
  if (!Number.isInteger(limit) || limit < 1 || limit > searchLimits.maxLimit) {
    return { ok: false, error: `"limit" must be a whole number from 1 to ${searchLimits.maxLimit}.` }
  }
  return { ok: true, value: { q, locale, limit } }
}

/** Escapes LIKE wildcards so user input is matched literally. */
export const escapeLike = (value: string): string => value.replace(/[\\%_]/g, (c) => `\\${c}`)
