import { z } from 'zod'

/** A slug: lower-case letters and digits in words joined by single hyphens ("red-lines"). */
export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
export const slugMaxLength = 120

/** Why a value cannot be a slug, in words an editor can act on; null when it can. */
export function slugProblem(value: unknown): string | null {
  if (typeof value !== 'string') return 'The slug must be text.'
  if (value.length > slugMaxLength) return `The slug must be ${slugMaxLength} characters or fewer.`
  if (!slugPattern.test(value)) return 'Use lower-case letters, digits and single hyphens only (for example "red-lines").'
  return null
}

export const isSlug = (value: unknown): value is string => slugProblem(value) === null

/** A slug as the CMS stores it (the public schemas require exactly what the CMS accepts). */
export const slugSchema = z.string().max(slugMaxLength).regex(slugPattern).meta({ rule: 'slug' })
