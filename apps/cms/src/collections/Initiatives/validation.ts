/**
 * Whole-document checks an editor can act on: an initiative is placed in
 * time by at least one key date, and its dates run in order.
 */
type Dates = { announced?: string | null; adopted?: string | null; inForce?: string | null } | null | undefined

export function datesProblem(dates: Dates, status: unknown): string | null {
  const { announced, adopted, inForce } = dates ?? {}
  if (!announced && !adopted && !inForce) return 'Give at least one key date (announced, adopted or in force), as precise as is known.'
  // Compare at the precision both dates share: "2024" is not after "2024-05-21".
  const after = (later?: string | null, earlier?: string | null) => {
    if (!later || !earlier) return false
    const length = Math.min(later.length, earlier.length)
    return later.slice(0, length) < earlier.slice(0, length)
  }
  if (after(adopted, announced)) return 'The adoption date is before the announcement date.'
  if (after(inForce, adopted)) return 'The entry-into-force date is before the adoption date.'
  if (status === 'in-force' && !inForce && !adopted) return 'An initiative in force needs the date it entered into force (or at least its adoption date).'
  return null
}
