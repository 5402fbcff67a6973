import type { Field, TextareaField, TextField } from 'payload'
import { text, textarea } from 'payload/shared'

import { defaultLocale, textLimits } from '@global-ai-governance/content'

import { validateHttpsUrl } from './validators'

const isBlank = (value: unknown) => value === null || value === undefined || (typeof value === 'string' && value.trim() === '')

/**
 * A required, localized text field that only English must fill. A translation
 * may be published before every field is translated: a missing field falls
 * back to English on the site, so requiring it in every language would block
 * partial translations. All other checks (length, required in English) are
 * Payload's own.
 */
export function translatable<F extends TextField | TextareaField>(field: F): F {
  const validator = (field.type === 'textarea' ? textarea : text) as (value: unknown, args: unknown) => ReturnType<typeof text>
  return {
    ...field,
    localized: true,
    validate: (value: unknown, args: { req?: { locale?: string | null } }) => {
      const locale = args?.req?.locale
      if (field.required && locale && locale !== defaultLocale && locale !== 'all' && isBlank(value)) return true
      return validator(value, args)
    },
  } as F
}

export const titleField: Field = translatable({ name: 'title', type: 'text', required: true, maxLength: textLimits.title })

export const summaryField = (description: string): Field =>
  translatable({ name: 'summary', type: 'textarea', required: true, maxLength: textLimits.summary, admin: { description } })

export const bodyField: Field = { name: 'body', type: 'richText', localized: true }

export const httpsUrlField = (name: string, label: string, description?: string): TextField => ({
  name,
  label,
  type: 'text',
  validate: validateHttpsUrl,
  admin: description ? { description } : undefined,
})

export const citationsField: Field = {
  name: 'citations',
  label: 'References',
  type: 'relationship',
  relationTo: 'citations',
  hasMany: true,
}
