import type { z } from 'zod'

import { ContentParseError, type ContentIssue, type ContentParseKind } from './errors'
import {
  collectionSchemas,
  globalSchemas,
  type CollectionSlug,
  type CollectionTypes,
  type GlobalSlug,
  type GlobalTypes,
} from './schemas'
import { schemaForSelect, type Selected } from './select'

type RawIssue = z.core.$ZodIssue

/** `currentEfforts[0].initiative`; the document itself is `(root)`. */
export const formatIssuePath = (path: readonly PropertyKey[]): string => {
  let out = ''
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`
    else out += out === '' ? String(key) : `.${String(key)}`
  }
  return out === '' ? '(root)' : out
}

const cleanMessage = (message: string): string => message.replace(/^Invalid input: /, '')

// A union branch that failed only because the value is of another type
// (e.g. `number` when the relationship came back populated) says nothing useful.
const isTypeMismatchOnly = (branch: readonly RawIssue[]): boolean =>
  branch.length > 0 && branch.every((issue) => issue.code === 'invalid_type' && issue.path.length === 0)

/**
 * Zod issues as `{ path, message }`. For unions (relationship = id | populated
 * document) the branch matching the value's type is reported, so a populated
 * risk without a slug reads `relatedRisks[0].slug: expected string, received undefined`.
 */
export const toContentIssues = (issues: readonly RawIssue[], prefix: readonly PropertyKey[] = []): ContentIssue[] =>
  issues.flatMap((issue): ContentIssue[] => {
    const path = [...prefix, ...issue.path]
    if (issue.code === 'invalid_union' && issue.errors.length > 0) {
      const candidates = issue.errors.filter((branch) => !isTypeMismatchOnly(branch))
      if (candidates.length > 0) {
        const closest = candidates.reduce((best, branch) => (branch.length < best.length ? branch : best))
        return toContentIssues(closest, path)
      }
      const expected = [
        ...new Set(issue.errors.flatMap((branch) => branch.map((i) => (i.code === 'invalid_type' ? i.expected : i.code)))),
      ]
      const received = /received (\S+)/.exec(issue.errors[0]?.[0]?.message ?? '')?.[1]
      return [
        { path: formatIssuePath(path), message: `expected ${expected.join(' or ')}${received ? `, received ${received}` : ''}` },
      ]
    }
    return [{ path: formatIssuePath(path), message: cleanMessage(issue.message) }]
  })

/** The slug (or else the id) of a raw document, to name it in errors. */
export const documentLabel = (data: unknown): string | number | undefined => {
  if (!data || typeof data !== 'object') return undefined
  const { slug, id } = data as { slug?: unknown; id?: unknown }
  if (typeof slug === 'string' && slug !== '') return slug
  if (typeof id === 'number' || (typeof id === 'string' && id !== '')) return id
  return undefined
}

export interface ParseOptions {
  /** The `select` the document was read with: only those keys (and id) are required. */
  select?: Record<string, unknown> | undefined
  /** Where the data came from, kept on the error for logs. */
  url?: string | undefined
}

/** Parse data against a schema or throw a ContentParseError naming the type, the document and each field. */
export const parseWith = <S extends z.ZodType>(
  schema: S,
  data: unknown,
  context: { typeName: string; kind?: ContentParseKind; document?: string | number | undefined; url?: string | undefined },
): z.output<S> => {
  const result = schema.safeParse(data)
  if (result.success) return result.data
  throw new ContentParseError({
    typeName: context.typeName,
    kind: context.kind ?? 'collection',
    document: context.document ?? (context.kind === 'global' ? undefined : documentLabel(data)),
    issues: toContentIssues(result.error.issues),
    url: context.url,
  })
}

/** Parse one document of a collection (e.g. a REST answer or live-preview data). */
export const parseCollectionDocument = <C extends CollectionSlug, S = undefined>(
  collection: C,
  data: unknown,
  options: ParseOptions = {},
): Selected<CollectionTypes[C], S> => {
  const schema = schemaForSelect(collectionSchemas[collection], options.select)
  return parseWith(schema, data, { typeName: collection, url: options.url }) as Selected<CollectionTypes[C], S>
}

/** Parse a global document. */
export const parseGlobalDocument = <G extends GlobalSlug, S = undefined>(
  global: G,
  data: unknown,
  options: ParseOptions = {},
): Selected<GlobalTypes[G], S> => {
  const schema = schemaForSelect(globalSchemas[global], options.select)
  return parseWith(schema, data, { typeName: global, kind: 'global', url: options.url }) as Selected<GlobalTypes[G], S>
}
