/** The bounds of `GET /api/search`: the CMS refuses anything outside them, the site never asks for it. */
export const searchLimits = { maxQueryLength: 200, defaultLimit: 20, maxLimit: 50 } as const

/** The collections search looks in. */
export const searchCollections = ['building-blocks', 'risks', 'benefits', 'initiatives', 'actors', 'media-entries', 'citations'] as const
export type SearchCollection = (typeof searchCollections)[number]
