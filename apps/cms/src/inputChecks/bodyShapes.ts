/**
 * The shape a field's value must have before any other check: Payload's own
 * validators check lengths, ranges and options but not types, so without this
 * `{"title": 42}` is stored as "42", `{"title": {"en": "x"}}` as '{"en":"x"}',
 * and rich text that is not Lexical JSON is stored and breaks the page that
 * renders it. Pure, so it is unit-tested without Payload (see fieldTypes.ts).
 */

type FieldLike = { type: string; hasMany?: boolean; relationTo?: string | string[] }

export const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && (Object.getPrototypeOf(value) === Object.prototype || Object.getPrototypeOf(value) === null)

/** Node types of the editor's default features (paragraphs, headings, lists, links, quotes, uploads, relationships). */
const lexicalNodeTypes = new Set([
  'paragraph',
  'text',
  'heading',
  'quote',
  'list',
  'listitem',
  'link',
  'autolink',
  'linebreak',
  'tab',
  'horizontalrule',
  'upload',
  'relationship',
])
export const richTextLimits = { depth: 20, nodes: 20_000 } as const

const notEditorFormat = 'The text is not in the editor’s format'

/** What is wrong with a rich-text value, or null: a Lexical state the editor and the site can read. */
export function richTextProblem(value: unknown): string | null {
  if (!isPlainObject(value) || !isPlainObject(value.root)) return `${notEditorFormat}: it needs a "root" object.`
  const { root } = value
  if (root.type !== 'root' || !Array.isArray(root.children)) return `${notEditorFormat}: the root must have type "root" and a list of children.`
  let count = 0
  const visit = (nodes: unknown[], depth: number): string | null => {
    if (depth > richTextLimits.depth) return `${notEditorFormat}: it is nested more than ${richTextLimits.depth} levels deep.`
    for (const node of nodes) {
      count += 1
      if (count > richTextLimits.nodes) return `${notEditorFormat}: it has more than ${richTextLimits.nodes} parts.`
      if (!isPlainObject(node)) return `${notEditorFormat}: every part must be an object.`
      if (typeof node.type !== 'string' || !lexicalNodeTypes.has(node.type)) {
        return `${notEditorFormat}: unknown kind of part ${JSON.stringify(node.type)?.slice(0, 40)}.`
      }
      if ((node.type === 'text' || 'text' in node) && typeof node.text !== 'string') return `${notEditorFormat}: a text part needs its text.`
      if ('version' in node && typeof node.version !== 'number') return `${notEditorFormat}: "version" must be a number.`
      if ('format' in node && typeof node.format !== 'number' && typeof node.format !== 'string') return `${notEditorFormat}: "format" must be a number or text.`
      if ('children' in node) {
        if (!Array.isArray(node.children)) return `${notEditorFormat}: "children" must be a list.`
        const problem = visit(node.children, depth + 1)
        if (problem) return problem
      }
    }
    return null
  }
  return visit(root.children, 1)
}

// PostgreSQL's serial ids.
const isId = (value: unknown) => typeof value === 'number' && Number.isInteger(value) && value > 0 && value <= 2_147_483_647

function relationProblem(field: FieldLike, value: unknown): string | null {
  const polymorphic = Array.isArray(field.relationTo)
  const one = (item: unknown) => {
    if (polymorphic) {
      return isPlainObject(item) && typeof item.relationTo === 'string' && (field.relationTo as string[]).includes(item.relationTo) && isId(item.value)
    }
    return isId(item)
  }
  if (field.hasMany) {
    return Array.isArray(value) && value.every(one) ? null : 'Give a list of documents, each by its numeric id.'
  }
  return one(value) ? null : 'Refer to a document by its numeric id.'
}

const nulMessage = 'The text contains a NUL character, which cannot be stored.'

const every = (value: unknown, test: (item: unknown) => boolean) => Array.isArray(value) && value.every(test)

/**
 * What is wrong with the type of a non-empty value, or null. Payload has
 * already turned numeric text into numbers and "true"/"false" into booleans.
 */
export function shapeProblem(field: FieldLike, value: unknown): string | null {
  switch (field.type) {
    case 'text':
    case 'textarea':
    case 'email':
    case 'code':
      if (field.hasMany) return every(value, (v) => typeof v === 'string' && !v.includes('\u0000')) ? null : 'Enter a list of texts.'
      if (typeof value !== 'string') return 'Enter text.'
      return value.includes('\u0000') ? nulMessage : null
    case 'number': {
      const finite = (v: unknown) => typeof v === 'number' && Number.isFinite(v)
      if (field.hasMany) return every(value, finite) ? null : 'Enter a list of numbers.'
      return finite(value) ? null : 'Enter a number.'
    }
    case 'checkbox':
      return typeof value === 'boolean' ? null : 'Choose true or false.'
    case 'select':
    case 'radio':
      if (field.hasMany) return every(value, (v) => typeof v === 'string') ? null : 'Choose from the listed options.'
      return typeof value === 'string' ? null : 'Choose one of the listed options.'
    case 'date':
      return typeof value === 'string' || value instanceof Date ? null : 'Enter a date such as 2024-05-31.'
    case 'relationship':
    case 'upload':
      return relationProblem(field, value)
    case 'richText':
      return richTextProblem(value)
    case 'array':
      if (!Array.isArray(value)) return 'Enter a list of rows.'
      return value.every(isPlainObject) ? null : 'Each row must be a group of fields (an object).'
    case 'group':
      return isPlainObject(value) ? null : 'Enter a group of fields (an object).'
    default:
      return null
  }
}

/** Empty as far as "required" is concerned: a draft may leave such a value out. */
export const isEmptyValue = (value: unknown): boolean =>
  value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)

type ConfigField = {
  type: string
  name?: string
  hasMany?: boolean
  options?: Array<string | { value: string }>
  fields?: ConfigField[]
  tabs?: Array<{ name?: string; fields: ConfigField[] }>
}
type BodyProblem = { path: string; message: string }

const textTypes = new Set(['text', 'textarea', 'email', 'password', 'code'])

/**
 * What is wrong with the structure of a request body, checked before Payload
 * reads it: Payload turns a group that is not an object into an empty group
 * (or crashes on null), drops null rows from arrays, and lets the rich-text
 * editor's hooks crash on malformed nodes before any validator runs. Also the
 * fields Payload adds itself (an account's email, password, API key), which
 * field validators do not cover.
 */
export function bodyProblems(fields: ConfigField[], data: Record<string, unknown>, path = ''): BodyProblem[] {
  const problems: BodyProblem[] = []
  const at = (name: string) => (path ? `${path}.${name}` : name)
  for (const field of fields) {
    if (field.type === 'tabs') {
      for (const tab of field.tabs ?? []) {
        if (!tab.name) problems.push(...bodyProblems(tab.fields, data, path))
        else if (tab.name in data) problems.push(...groupProblems(tab.fields, data[tab.name], at(tab.name)))
      }
      continue
    }
    if (!field.name) {
      // Rows, collapsibles and unnamed groups only arrange fields.
      if (field.fields) problems.push(...bodyProblems(field.fields, data, path))
      continue
    }
    if (!Object.prototype.hasOwnProperty.call(data, field.name)) continue
    const value = data[field.name]
    const here = at(field.name)
    if (field.type === 'group') {
      problems.push(...groupProblems(field.fields ?? [], value, here))
    } else if (field.type === 'array' || field.type === 'blocks') {
      // null clears the list; 0 is how the admin's form says "no rows".
      if (value === null || value === 0 || value === '0') continue
      if (!Array.isArray(value)) {
        problems.push({ path: here, message: 'Enter a list of rows.' })
        continue
      }
      value.forEach((row, index) => {
        if (!isPlainObject(row)) problems.push({ path: `${here}.${index}`, message: 'Each row must be a group of fields (an object).' })
        else if (field.type === 'array') problems.push(...bodyProblems(field.fields ?? [], row, `${here}.${index}`))
      })
    } else if (field.type === 'richText') {
      // Text is parsed by Payload first, then validated.
      const problem = value === null || typeof value === 'string' ? null : richTextProblem(value)
      if (problem) problems.push({ path: here, message: problem })
    } else if (textTypes.has(field.type) && !field.hasMany) {
      if (value !== null && value !== undefined && typeof value !== 'string') problems.push({ path: here, message: 'Enter text.' })
    } else if (field.type === 'select' && !field.hasMany && field.options) {
      // Also the status Payload adds itself: the database refused an unknown one with a 500.
      const allowed = field.options.map((option) => (typeof option === 'string' ? option : option.value))
      if (value !== null && value !== undefined && value !== '' && !allowed.includes(value as string)) {
        problems.push({ path: here, message: `Choose one of: ${allowed.join(', ')}.` })
      }
    } else if (field.type === 'checkbox') {
      if (![true, false, 'true', 'false', '', null, undefined].includes(value as never)) problems.push({ path: here, message: 'Choose true or false.' })
    }
  }
  return problems
}

function groupProblems(fields: ConfigField[], value: unknown, path: string): BodyProblem[] {
  if (!isPlainObject(value)) return [{ path, message: 'Enter a group of fields (an object).' }]
  return bodyProblems(fields, value, path)
}
