// citation-js requires node-fetch (ESM only, which jest's CommonJS runtime cannot load) for
// reading references from URLs, which the site never does; the platform's fetch stands in.
export default globalThis.fetch
export const Headers = globalThis.Headers
