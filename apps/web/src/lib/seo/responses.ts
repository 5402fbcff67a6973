/** A 200 answer for a generated XML document. */
export const xmlResponse = (body: string, contentType: string): Response =>
  new Response(body, {
    headers: {
      'Content-Type': contentType,
      // Shared caches may keep it as long as the data cache does; browsers check again.
      'Cache-Control': 'public, max-age=0, s-maxage=300, stale-while-revalidate=3600',
    },
  })

/**
 * The CMS could not be read (and nothing was cached yet): a temporary failure, never an
 * empty document that a crawler or a cache would take as the truth.
 */
export const unavailableResponse = (what: string, error: unknown): Response => {
  console.error(`${what}: the CMS could not be read`, error)
  return new Response(`${what} is temporarily unavailable.\n`, {
    status: 503,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', 'Retry-After': '120' },
  })
}
