import { z } from 'zod'

/**
 * Payload's `select` (include mode): `{ title: true, seo: { title: true } }`.
 * `id` is always returned. Nested objects are allowed for group fields only.
 */
export type SelectFor<T> = {
  [K in Exclude<keyof T, 'id'>]?:
    | true
    | (NonNullable<T[K]> extends readonly unknown[]
        ? never
        : NonNullable<T[K]> extends Record<string, unknown>
          ? { [P in keyof NonNullable<T[K]>]?: true }
          : never)
}

type PartialGroup<V> = V extends readonly unknown[] ? V : V extends Record<string, unknown> ? Partial<V> : V

/** The shape of a document read with `select: S` (the whole document when S is undefined). */
export type Selected<T, S> = [S] extends [undefined]
  ? T
  : Pick<T, 'id' & keyof T> & {
      [K in keyof S & keyof T]: S[K] extends true ? T[K] : PartialGroup<T[K]>
    }

const partialGroup = (schema: z.ZodType): z.ZodType => {
  if (schema instanceof z.ZodOptional) return partialGroup(schema.unwrap() as z.ZodType).optional()
  if (schema instanceof z.ZodNullable) return partialGroup(schema.unwrap() as z.ZodType).nullable()
  if (schema instanceof z.ZodObject) return schema.partial()
  return schema
}

/**
 * The schema a document read with `select` must satisfy: the selected keys
 * (and `id`) of the full schema; nested selections make that group's keys
 * optional. Exclude mode (`{ body: false }`) drops the named keys instead.
 */
export const schemaForSelect = (schema: z.ZodObject, select: Record<string, unknown> | undefined): z.ZodObject => {
  if (!select) return schema
  const entries = Object.entries(select).filter(([key]) => key in schema.shape)
  if (entries.length > 0 && entries.every(([, value]) => value === false)) {
    const omitted = new Set(entries.map(([key]) => key).filter((key) => key !== 'id'))
    return z.object(Object.fromEntries(Object.entries(schema.shape).filter(([key]) => !omitted.has(key))))
  }
  const shape: Record<string, z.ZodType> = {}
  if ('id' in schema.shape) shape.id = schema.shape.id as z.ZodType
  for (const [key, value] of entries) {
    const field = schema.shape[key] as z.ZodType
    if (value === true) shape[key] = field
    else if (value && typeof value === 'object') shape[key] = partialGroup(field)
  }
  return z.object(shape)
}
