import type { FieldHook, TextField } from 'payload'
import slugify from 'slugify'

import { slugMaxLength } from '@global-ai-governance/content'

import { validateSlug } from './validators'

export const toSlug = (text: string): string =>
  slugify(text, { lower: true, strict: true, trim: true }).slice(0, slugMaxLength).replace(/-+$/, '')

type SlugSource = (data: Record<string, unknown>) => string | undefined

/**
 * The slug of a duplicate: Payload's default appends " - Copy", which is not a
 * valid slug, so duplicating (a draft, validated) was refused. A suffix of its
 * own keeps it valid and unique.
 */
export const duplicateSlug = (value: unknown, now: number = Date.now()): unknown => {
  if (typeof value !== 'string' || value === '') return value
  const suffix = `copy-${now.toString(36)}`
  return `${value.slice(0, slugMaxLength - suffix.length - 1).replace(/-+$/, '')}-${suffix}`
}

const fromTitle: SlugSource = (data) => (typeof data.title === 'string' ? data.title : undefined)

/**
 * A unique, URL-safe identifier. Left empty, it is made from the title when
 * the document is saved; editors may change it (old links then break, so the
 * admin says so).
 */
export const slugField = (source: SlugSource = fromTitle): TextField => {
  const fillFromSource: FieldHook = ({ value, data, siblingData }) => {
    if (typeof value === 'string' && value.trim() !== '') return value.trim()
    // Not text: left for validation to refuse, not silently replaced by the title's slug.
    if (value !== undefined && value !== null && typeof value !== 'string') return value
    const text = source({ ...(data ?? {}), ...(siblingData ?? {}) })
    return text ? toSlug(text) : value
  }
  return {
    name: 'slug',
    type: 'text',
    unique: true,
    index: true,
    required: true,
    maxLength: slugMaxLength,
    validate: (value: unknown) => {
      if (value === null || value === undefined || value === '') {
        return 'A slug is required: fill in the title, or type a slug.'
      }
      return validateSlug(value)
    },
    hooks: { beforeValidate: [fillFromSource], beforeDuplicate: [({ value }) => duplicateSlug(value)] },
    admin: {
      position: 'sidebar',
      description:
        'The last part of the page address. Filled from the title when left empty. Changing it breaks existing links.',
    },
  }
}
