type Author = { kind?: unknown; family?: unknown; name?: unknown }

/**
 * The citation key the slug is made from: family names (or organisation)
 * and year, e.g. "maas-villalobos-2023". Three or more authors become
 * "first-et-al".
 */
export const citationKeySource = (data: Record<string, unknown>): string | undefined => {
  const authors = Array.isArray(data.authors) ? (data.authors as Author[]) : []
  const names = authors
    .map((a) => (a.kind === 'organization' ? a.name : a.family))
    .filter((n): n is string => typeof n === 'string' && n.trim() !== '')
  const year = typeof data.year === 'number' ? String(data.year) : undefined
  if (names.length === 0 || !year) return typeof data.title === 'string' ? data.title : undefined
  const who = names.length > 3 ? [names[0], 'et al'] : names
  return [...who, year].join(' ')
}
