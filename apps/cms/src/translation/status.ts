import { defaultLocale, locales, type TranslationStatus } from '@global-ai-governance/content'

/*
 * Which texts of a document have no words of their own in each language.
 * Computed from the document as the database adapter hands it over before
 * Payload picks one language (every localized field as { en, fr, … }), so
 * one read answers for every language and the site never has to ask twice.
 */

type FieldLike = {
  type: string
  name?: string
  localized?: boolean
  virtual?: unknown
  fields?: FieldLike[]
  tabs?: Array<{ name?: string; fields: FieldLike[] }>
}

/** A localized value the editor can write words into, and how to tell it is empty. */
const translatableTypes = new Set(['text', 'textarea', 'richText', 'array'])

/** Paths of every localized text, rich text and localized list, looking inside groups, rows, collapsibles and tabs. */
export function localizedTextPaths(fields: readonly FieldLike[], prefix = ''): string[] {
  const paths: string[] = []
  for (const field of fields) {
    if (field.virtual) continue
    if (field.type === 'tabs') {
      for (const tab of field.tabs ?? []) paths.push(...localizedTextPaths(tab.fields, tab.name ? `${prefix}${tab.name}.` : prefix))
    } else if (field.type === 'group' && field.name) {
      paths.push(...localizedTextPaths(field.fields ?? [], `${prefix}${field.name}.`))
    } else if ((field.type === 'row' || field.type === 'collapsible' || (field.type === 'group' && !field.name)) && field.fields) {
      paths.push(...localizedTextPaths(field.fields, prefix))
    } else if (field.name && field.localized && translatableTypes.has(field.type)) {
      paths.push(`${prefix}${field.name}`)
    }
  }
  return paths
}

/** A Lexical node with a text leaf that is not blank. */
const hasText = (node: unknown): boolean => {
  if (!node || typeof node !== 'object') return false
  const { text, children } = node as { text?: unknown; children?: unknown }
  if (typeof text === 'string' && text.trim() !== '') return true
  return Array.isArray(children) && children.some(hasText)
}

const hasWords = (value: unknown): boolean => {
  if (typeof value === 'string') return value.trim() !== ''
  if (Array.isArray(value)) return value.length > 0
  if (value && typeof value === 'object' && 'root' in value) return hasText((value as { root: unknown }).root)
  return false
}

const valueAt = (doc: unknown, path: string): unknown =>
  path.split('.').reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined), doc)

const isPerLocale = (value: unknown): value is Record<string, unknown> =>
  Boolean(value) && typeof value === 'object' && !Array.isArray(value) && Object.keys(value as object).some((key) => (locales as readonly string[]).includes(key))

/**
 * Per language, the paths whose English has words and this language has none
 * (the site shows English there). Paths the read did not include are left
 * out; null when the read included none of them (nothing can be said).
 */
export function translationStatusOf(rawDoc: unknown, paths: readonly string[]): TranslationStatus | null {
  const known = paths.map((path) => [path, valueAt(rawDoc, path)] as const).filter(([, value]) => isPerLocale(value))
  if (known.length === 0) return null
  const withEnglish = known.filter(([, value]) => hasWords((value as Record<string, unknown>)[defaultLocale]))
  return Object.fromEntries(
    locales.map((locale) => [locale, { missing: withEnglish.filter(([, value]) => !hasWords((value as Record<string, unknown>)[locale])).map(([path]) => path) }]),
  ) as TranslationStatus
}
