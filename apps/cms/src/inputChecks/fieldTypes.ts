import type { Field, Validate } from 'payload'

import { isEmptyValue, shapeProblem } from './bodyShapes'

/** Payload's built-in validators by field type (`validations` from payload/shared), passed in so this stays testable. */
export type BuiltInValidators = Partial<Record<string, (value: unknown, options: any) => true | string | Promise<true | string>>>

type ValidateOptions = { data?: { _status?: unknown } } & Record<string, unknown>

/** The document being saved is a draft: it may be incomplete, but what it holds must still be well formed. */
const savingDraft = (options: ValidateOptions | undefined) => options?.data?._status === 'draft'

/**
 * One validator for a field: the value's type first (bodyShapes.ts), then
 * Payload's own checks for the type (lengths, ranges, options, that related
 * documents exist), then the field's own validator. A custom validator no
 * longer silently drops Payload's checks (maxLength was not enforced beside
 * one), and in a draft an empty value passes: "required" is for publishing.
 */
export function strictValidate(field: Field & { type: string; name: string }, builtIns: BuiltInValidators): Validate {
  const custom = 'validate' in field && typeof field.validate === 'function' ? (field.validate as Validate) : undefined
  const builtIn = builtIns[field.type]
  return (async (value: unknown, options: ValidateOptions) => {
    const draft = savingDraft(options)
    if (isEmptyValue(value)) {
      if (draft) return true
    } else {
      const problem = shapeProblem(field as { type: string }, value)
      if (problem) return problem
    }
    const args = { ...field, ...options }
    if (builtIn) {
      // With a custom validator, "required" is the custom validator's to judge (e.g. translations may be blank).
      const result = await builtIn(value, custom || draft ? { ...args, required: false } : args)
      if (result !== true) return result
    }
    if ((field.type === 'relationship' || field.type === 'upload') && !isEmptyValue(value) && options?.event !== 'onChange') {
      const missing = await missingDocuments(field as { relationTo: string | string[] }, value, options)
      if (missing) return missing
    }
    return custom ? custom(value as never, options as never) : true
  }) as Validate
}

type Finder = { find: (args: Record<string, unknown>) => Promise<{ docs: Array<{ id: unknown }> }> }

/**
 * Payload checks that related documents exist only for fields with
 * filterOptions; otherwise an unknown id reached the database's foreign key
 * (a 500). Existence only, whatever the user may read, as Payload would.
 */
async function missingDocuments(field: { relationTo: string | string[] }, value: unknown, options: ValidateOptions): Promise<string | null> {
  const payload = (options.req as { payload?: Finder } | undefined)?.payload
  if (!payload) return null
  const wanted = new Map<string, Set<number>>()
  for (const item of Array.isArray(value) ? value : [value]) {
    const [collection, id] = Array.isArray(field.relationTo)
      ? [(item as { relationTo: string }).relationTo, (item as { value: number }).value]
      : [field.relationTo, item as number]
    wanted.set(collection, (wanted.get(collection) ?? new Set()).add(id))
  }
  const missing: string[] = []
  for (const [collection, ids] of wanted) {
    const { docs } = await payload.find({
      collection,
      where: { id: { in: [...ids] } },
      depth: 0,
      limit: ids.size,
      pagination: false,
      overrideAccess: true,
      req: options.req,
    })
    const found = new Set(docs.map((doc) => doc.id))
    for (const id of ids) if (!found.has(id)) missing.push(`${collection} ${id}`)
  }
  return missing.length ? `No such document: ${missing.join(', ')}.` : null
}

const dataTypes = new Set(['text', 'textarea', 'email', 'code', 'number', 'checkbox', 'select', 'radio', 'date', 'relationship', 'upload', 'richText', 'array', 'group'])

/** Every field that stores data, in groups, arrays, rows, collapsibles and tabs, with `strictValidate`. */
export function strictFields(fields: Field[], builtIns: BuiltInValidators): Field[] {
  return fields.map((field) => {
    let next: Field = field
    if ('fields' in field && Array.isArray(field.fields)) next = { ...field, fields: strictFields(field.fields, builtIns) } as Field
    if (field.type === 'tabs') next = { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: strictFields(tab.fields, builtIns) })) }
    const named = next as Field & { name?: string; type: string; virtual?: unknown }
    if (typeof named.name === 'string' && dataTypes.has(named.type) && !named.virtual) {
      next = { ...next, validate: strictValidate(named as Field & { type: string; name: string }, builtIns) } as Field
    }
    return next
  })
}
