import { textLimits } from '@global-ai-governance/content'

// Each name field is hidden (and so not validated by Payload) when it does not apply to the kind of
// author, but it is still stored: checked here for every row, whatever its kind.
const authorNameLimits = [
  ['given', 'the given names', textLimits.personName],
  ['family', 'the family name', textLimits.personName],
  ['name', 'the organisation name', textLimits.name],
] as const

export const validateAuthorNames = (rows: unknown): true | string => {
  if (!Array.isArray(rows)) return true
  for (const [index, row] of rows.entries()) {
    for (const [key, label, max] of authorNameLimits) {
      const value = (row as Record<string, unknown> | null)?.[key]
      if (value === null || value === undefined || value === '') continue
      if (typeof value !== 'string') return `Author ${index + 1}: ${label} must be text.`
      if (value.length > max) return `Author ${index + 1}: ${label} must be ${max} characters or fewer.`
    }
  }
  return true
}
