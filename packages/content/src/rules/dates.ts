import { z } from 'zod'

/*
 * Key dates of an initiative are often known only to the month or the year
 * ("announced in May 2024"). They are written as ISO 8601 calendar dates of
 * reduced precision: "2024", "2024-05" or "2024-05-21". Text in that form
 * sorts in date order, so the CMS can sort and filter on it as it is stored.
 */

export const partialDatePattern = /^\d{4}(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/

export type DatePrecision = 'year' | 'month' | 'day'

/** Why a value cannot be a key date, in words an editor can act on; null when it can. */
export function partialDateProblem(value: unknown): string | null {
  if (typeof value !== 'string') return 'The date must be text.'
  if (!partialDatePattern.test(value)) return 'Write the date as YYYY, YYYY-MM or YYYY-MM-DD (for example 2024, 2024-05 or 2024-05-21).'
  const [year = 0, month = 1, day] = value.split('-').map(Number)
  if (year < 1900 || year > 2100) return 'The year must be between 1900 and 2100.'
  if (day !== undefined && new Date(Date.UTC(year, month - 1, day)).getUTCDate() !== day) return `${value} is not a day of the calendar.`
  return null
}

export const isPartialDate = (value: unknown): value is string => partialDateProblem(value) === null

export const datePrecision = (value: string): DatePrecision => (value.length === 4 ? 'year' : value.length === 7 ? 'month' : 'day')

/** The year of a key date ("2024-05" → 2024). */
export const yearOf = (value: string): number => Number(value.slice(0, 4))

/** A key date as the CMS stores it. */
export const partialDateSchema = z.string().max(10).refine(isPartialDate, { message: 'a date as YYYY, YYYY-MM or YYYY-MM-DD' }).meta({ rule: 'partialDate' })

/**
 * The date that places an initiative in time (the timeline, the year filter,
 * sorting by date): when it entered into force, else when it was adopted,
 * else when it was announced.
 */
export const keyDateOf = (dates: { announced?: string | null; adopted?: string | null; inForce?: string | null } | null | undefined): string | null =>
  dates?.inForce || dates?.adopted || dates?.announced || null
