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

/** The value at a dotted path ("hero.heading", "gaps.0.gap"), or undefined. */
export const valueAt = (doc: unknown, path: string): unknown =>
  path.split('.').reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined), doc)

const isPerLocale = (value: unknown): value is Record<string, unknown> =>
  Boolean(value) && typeof value === 'object' && !Array.isArray(value) && Object.keys(value as object).some((key) => (locales as readonly string[]).includes(key))

/** Per language, when each text was last changed in it: `{ en: { summary: "2026-12-02T…" }, fr: { … } }`. */
export type TranslationClock = Partial<Record<string, Record<string, string>>>

/**
 * Per language, the paths whose English has words and this language has none
 * (`missing`: the site shows English there), and the paths whose English
 * changed after this language's text was last saved (`outOfDate`). Paths the
 * read did not include are left out; null when the read included none of
 * them (nothing can be said).
 */
export function translationStatusOf(rawDoc: unknown, paths: readonly string[], clock?: TranslationClock | null): TranslationStatus | null {
  const known = paths.map((path) => [path, valueAt(rawDoc, path)] as const).filter(([, value]) => isPerLocale(value))
  if (known.length === 0) return null
  const withEnglish = known.filter(([, value]) => hasWords((value as Record<string, unknown>)[defaultLocale]))
  const english = clock?.[defaultLocale] ?? {}
  return Object.fromEntries(
    locales.map((locale) => {
      const missing = withEnglish.filter(([, value]) => !hasWords((value as Record<string, unknown>)[locale])).map(([path]) => path)
      const saved = clock?.[locale] ?? {}
      const outOfDate =
        locale === defaultLocale
          ? []
          : withEnglish.filter(([path]) => !missing.includes(path) && english[path] !== undefined && (saved[path] === undefined || saved[path]! < english[path]!)).map(([path]) => path)
      return [locale, { missing, outOfDate }]
    }),
  ) as TranslationStatus
}

/** The words of a value: rich text by its text leaves (the editor rewrites its markup on every save), lists by their rows' words. */
const wordsOf = (value: unknown): unknown => {
  if (value && typeof value === 'object' && 'root' in value) {
    const texts: string[] = []
    const walk = (node: unknown) => {
      if (!node || typeof node !== 'object') return
      const { text, children } = node as { text?: unknown; children?: unknown }
      if (typeof text === 'string') texts.push(text)
      if (Array.isArray(children)) children.forEach(walk)
    }
    walk((value as { root: unknown }).root)
    return texts
  }
  if (Array.isArray(value)) return value.map((row) => (row && typeof row === 'object' ? Object.fromEntries(Object.entries(row).filter(([key]) => key !== 'id').map(([key, each]) => [key, wordsOf(each)])) : row))
  return value ?? null
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(wordsOf(a)) === JSON.stringify(wordsOf(b))

/**
 * The clock after a save in `locale`: every text the save changed is stamped
 * `now`. Texts the save did not send (a partial update) are not changes.
 */
export function advanceClock(
  clock: TranslationClock | null | undefined,
  { locale, paths, data, original, now }: { locale: string; paths: readonly string[]; data: unknown; original: unknown; now: string },
): TranslationClock | null {
  const changed = paths.filter((path) => {
    const value = valueAt(data, path)
    return value !== undefined && !same(value, valueAt(original, path))
  })
  if (changed.length === 0) return null
  return { ...clock, [locale]: { ...clock?.[locale], ...Object.fromEntries(changed.map((path) => [path, now])) } }
}
