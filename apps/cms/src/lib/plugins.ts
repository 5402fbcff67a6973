import type { CollectionConfig, GlobalConfig, Plugin } from 'payload'

/** The collections and globals a plugin of ours applies to, by slug. */
export type PluginScope = { collections?: readonly string[]; globals?: readonly string[] }

/** A Payload plugin that changes the named collections and globals and leaves the rest as they are. */
export const changeEntities =
  (
    { collections = [], globals = [] }: PluginScope,
    change: { collection?: (entity: CollectionConfig) => CollectionConfig; global?: (entity: GlobalConfig) => GlobalConfig },
  ): Plugin =>
  (config) => ({
    ...config,
    collections: (config.collections ?? []).map((entity) => (change.collection && collections.includes(entity.slug) ? change.collection(entity) : entity)),
    globals: (config.globals ?? []).map((entity) => (change.global && globals.includes(entity.slug) ? change.global(entity) : entity)),
  })
