import { webUrl } from '../support/pages'

/**
 * Fails with the reason when a page was not rendered by this run's web server. `next start`
 * keeps rendered pages on disk (apps/web/.next/server/route-cache) across restarts and serves
 * them until they are revalidated, so a page cached by an earlier run (another port, another
 * seed) names that run's address in its canonical link.
 */
export function expectRenderedHere(path: string, canonical: string | null | undefined): void {
  const origin = canonical ? new URL(canonical).origin : null
  if (origin && origin !== new URL(webUrl()).origin) {
    throw new Error(`${path} was rendered for ${origin}, not for this run's ${webUrl()}: Next served it from the route cache of an earlier server (apps/web/.next/server/route-cache). Clear that folder or rebuild, then run again.`)
  }
}
