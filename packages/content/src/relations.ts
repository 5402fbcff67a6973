/** A relationship value as the REST API gives it: an id (depth 0, or not readable) or the populated document. */
export type Relation<T extends { id: number }> = number | T

/** True when the relationship came back populated (depth >= 1 and readable). */
export const isPopulated = <T extends { id: number }>(value: Relation<T> | null | undefined): value is T =>
  typeof value === 'object' && value !== null

/** The related document's id, populated or not. */
export const relationId = <T extends { id: number }>(value: Relation<T> | null | undefined): number | undefined =>
  value === null || value === undefined ? undefined : typeof value === 'number' ? value : value.id

/** The populated documents of a hasMany relationship or join, in order; bare ids are left out. */
export const populatedOnly = <T extends { id: number }>(values: readonly Relation<T>[] | null | undefined): T[] =>
  (values ?? []).filter(isPopulated)
