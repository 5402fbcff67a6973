import { partialDateProblem } from '@global-ai-governance/content'
import type { TextField } from 'payload'

/** A key date as precise as it is known: YYYY, YYYY-MM or YYYY-MM-DD (packages/content rules/dates.ts). */
export const validatePartialDate = (value: unknown): true | string => {
  if (value === null || value === undefined || value === '') return true
  return partialDateProblem(value) ?? true
}

export const partialDateField = (name: string, label: string, description: string): TextField => ({
  name,
  label,
  type: 'text',
  maxLength: 10,
  validate: validatePartialDate,
  hooks: { beforeValidate: [({ value }) => (typeof value === 'string' ? value.trim() || null : value)] },
  admin: { description, placeholder: 'YYYY-MM-DD', width: '33%' },
})
