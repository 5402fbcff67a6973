import type { CollectionSlug, GlobalSlug } from './schemas'

/**
 * Cache tags shared by the web (fetch `next.tags`) and the CMS revalidation
 * hooks (`revalidateTag`), so both sides name the same things:
 * `risks`, `risks:ai-bias`, `global:home`.
 */
export const cacheTags = {
  collection: <C extends CollectionSlug>(collection: C): C => collection,
  document: <C extends CollectionSlug, S extends string>(collection: C, slug: S): `${C}:${S}` => `${collection}:${slug}`,
  global: <G extends GlobalSlug>(global: G): `global:${G}` => `global:${global}`,
} as const
