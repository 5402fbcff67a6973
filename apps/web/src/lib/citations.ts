type AuthorLike = { kind?: string | null; family?: string | null; name?: string | null }
type CitationLike = { authors?: AuthorLike[] | null; year: number }

const joinNames = (names: string[]): string =>
  names.length <= 2 ? names.join(' and ') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`

/** The in-text form the site uses, e.g. "Villalobos, Maas and Winter, 2026". */
export function shortCitation(citation: CitationLike): string {
  const names = (citation.authors ?? [])
    .map((author) => (author.kind === 'organization' ? author.name : author.family))
    .filter((name): name is string => Boolean(name))
  if (names.length === 0) return String(citation.year)
  const who = names.length > 3 ? `${names[0]}, ${names[1]} and others` : joinNames(names)
  return `${who}, ${citation.year}`
}
