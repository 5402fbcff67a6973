import { keyDateOf } from '@global-ai-governance/content'
import type { FieldHook } from 'payload'

type Dates = { announced?: string | null; adopted?: string | null; inForce?: string | null } | null | undefined

/**
 * The date that places an initiative in time, kept in a column of its own so
 * the tracker can sort and filter by it in the database.
 */
export const computeKeyDate: FieldHook = ({ data, originalDoc }) => {
  const dates = (data?.dates ?? originalDoc?.dates) as Dates
  return keyDateOf(dates)
}
