/**
 * `where` operators the database cannot apply to a field: `near`, `within`
 * and `intersects` compare geometry and work on point fields only, and `all`
 * exists only in Payload's MongoDB adapter, so the Postgres adapter throws
 * (`adapter.operators[queryOperator] is not a function`, a 500); `like`,
 * `not_like` and `contains` match one text (`contains` on a hasMany field
 * also takes a list), and given a list or an object, or asked to match text
 * in a date, the adapter calls string methods on it or writes invalid SQL
 * (`created_at ilike ()`): a 500. And `limit`, `page` and `depth` that are
 * not numbers (Payload converts only a single numeric text) reach the SQL as
 * they are: a list becomes `limit ($1, $2)`, a 500.
 * Pure, so it is unit-tested without Payload.
 */
import { isPlainObject } from './bodyShapes'

type FieldLike = { name?: string; type: string; hasMany?: boolean }

const geometricOperators = new Set(['near', 'within', 'intersects'])
const textOperators = new Set(['like', 'not_like', 'contains'])
const oneValue = (value: unknown) => typeof value === 'string' || typeof value === 'number'

export type WhereProblem = { path: string; message: string }

/** The first comparison in a `where` that the database cannot apply, with its path; null when there is none. */
export function whereOperatorProblem(where: unknown, fields: readonly FieldLike[]): WhereProblem | null {
  if (Array.isArray(where)) {
    for (const item of where) {
      const problem = whereOperatorProblem(item, fields)
      if (problem) return problem
    }
    return null
  }
  if (!isPlainObject(where)) return null
  for (const [path, condition] of Object.entries(where)) {
    if (path === 'and' || path === 'or') {
      const problem = whereOperatorProblem(condition, fields)
      if (problem) return problem
      continue
    }
    if (!isPlainObject(condition)) continue
    const field = fields.find((f) => f.name === path.split('.')[0])
    for (const operator of Object.keys(condition)) {
      if (operator === 'all') return { path, message: `"all" is not supported by this database; use "in" (any of the values) or one condition per value under "and".` }
      if (geometricOperators.has(operator) && field?.type !== 'point') {
        return { path, message: `"${operator}" compares locations and works only on point fields; "${path}" is not one.` }
      }
      const value = condition[operator]
      const listAllowed = operator === 'contains' && field?.hasMany === true && Array.isArray(value) && value.every(oneValue)
      if (textOperators.has(operator) && !oneValue(value) && !listAllowed) {
        return { path, message: `"${operator}" takes one text to match in "${path}", not a list or an object (use "in" for any of several values).` }
      }
      if (textOperators.has(operator) && field?.type === 'date' && !path.includes('.')) {
        return { path, message: `"${operator}" matches text; "${path}" is a date: compare it with equals, greater_than or less_than.` }
      }
    }
  }
  return null
}

/** The first of `limit`, `page` and `depth` given but not as a number, as a problem; null when all are numbers or absent. */
export function paginationProblem(args: { limit?: unknown; page?: unknown; depth?: unknown }): WhereProblem | null {
  for (const name of ['limit', 'page', 'depth'] as const) {
    const value = args[name]
    if (value !== undefined && (typeof value !== 'number' || !Number.isFinite(value))) {
      return { path: name, message: `"${name}" must be one whole number.` }
    }
  }
  return null
}
