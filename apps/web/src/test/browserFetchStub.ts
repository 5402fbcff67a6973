// jsdom has no fetch; citation-js (which then thinks it runs in a browser) reads it when loaded.
// It only fetches for remote inputs, which the site never uses. Import this before anything that loads it.
const g = globalThis as { fetch?: unknown; Headers?: unknown }
g.fetch ??= () => Promise.reject(new Error('No network in tests'))
g.Headers ??= class {}
export {}
