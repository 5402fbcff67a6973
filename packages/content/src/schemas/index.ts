import { z } from 'zod'

import { actorSchema, type Actor } from './actors'
import { benefitSchema, type Benefit } from './benefits'
import { buildingBlockSchema, type BuildingBlock } from './buildingBlocks'
import { citationSchema, type Citation } from './citations'
import { homeSchema, type Home } from './home'
import { initiativeSchema, type Initiative } from './initiatives'
import { mediaSchema, type Media } from './media'
import { mediaEntrySchema, type MediaEntry } from './mediaEntries'
import { riskSchema, type Risk } from './risks'
import { siteSchema, type Site } from './site'

export * from './actors'
export * from './benefits'
export * from './buildingBlocks'
export * from './citations'
export * from './common'
export * from './home'
export * from './initiatives'
export * from './media'
export * from './mediaEntries'
export * from './richText'
export * from './risks'
export * from './search'
export * from './seo'
export * from './site'
export * from './summaries'
export * from './updates'

/** The public collections, by REST slug (`/api/<slug>`). Users are never public. */
export const collectionSchemas = {
  'building-blocks': buildingBlockSchema,
  risks: riskSchema,
  benefits: benefitSchema,
  citations: citationSchema,
  'media-entries': mediaEntrySchema,
  initiatives: initiativeSchema,
  actors: actorSchema,
  media: mediaSchema,
} as const

/** The public globals, by REST slug (`/api/globals/<slug>`). */
export const globalSchemas = {
  home: homeSchema,
  site: siteSchema,
} as const

export type CollectionSchemas = typeof collectionSchemas
export type GlobalSchemas = typeof globalSchemas
export type CollectionSlug = keyof CollectionSchemas
export type GlobalSlug = keyof GlobalSchemas

/** Document type of each collection, by slug. */
export type CollectionTypes = {
  'building-blocks': BuildingBlock
  risks: Risk
  benefits: Benefit
  citations: Citation
  'media-entries': MediaEntry
  initiatives: Initiative
  actors: Actor
  media: Media
}

/** Document type of each global, by slug. */
export type GlobalTypes = {
  home: Home
  site: Site
}

export const collectionSlugs = Object.keys(collectionSchemas) as CollectionSlug[]
export const globalSlugs = Object.keys(globalSchemas) as GlobalSlug[]

export const isCollectionSlug = (value: unknown): value is CollectionSlug =>
  typeof value === 'string' && Object.hasOwn(collectionSchemas, value)

export const isGlobalSlug = (value: unknown): value is GlobalSlug =>
  typeof value === 'string' && Object.hasOwn(globalSchemas, value)

/** The top-level keys a schema knows, in declaration order (for contract tests against REST answers). */
export const schemaKeys = (schema: z.ZodObject): string[] => Object.keys(schema.shape)

/** The envelope of a REST list answer (`GET /api/<collection>`); `docs` are parsed one by one. */
export const listResponseSchema = z.object({
  docs: z.array(z.unknown()),
  totalDocs: z.number().int().nonnegative(),
  limit: z.number().int().nonnegative().optional(),
  page: z.number().int().positive().optional(),
  totalPages: z.number().int().nonnegative(),
  hasNextPage: z.boolean(),
  hasPrevPage: z.boolean().optional(),
})
