/**
 * Headers on every response of the public site.
 *
 * Scripts: pages are static and served from cache, so a per-request nonce
 * (which would make every page dynamic) is not used; Next's inline bootstrap
 * scripts therefore need 'unsafe-inline'. Everything else is locked down:
 * no plugins, no framing of the site, no third-party script origins.
 * Draft previews are the one exception to framing: the CMS's Live Preview
 * pane shows them in an iframe (see previewSecurityHeaders).
 *
 * `upgrade-insecure-requests` only where the site is served over https: on a
 * plain-http host that is not loopback (a staging server, a LAN demo) it would
 * send every stylesheet and script to https, where nothing answers, and the
 * pages would render unstyled and without scripts.
 */
export function contentSecurityPolicy({
  production,
  https,
  frameAncestors = ["'none'"],
}: {
  production: boolean
  https: boolean
  frameAncestors?: string[]
}): string {
  const directives: Record<string, string[]> = {
    'default-src': ["'self'"],
    'script-src': ["'self'", "'unsafe-inline'", ...(production ? [] : ["'unsafe-eval'"])],
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'https:'],
    'font-src': ["'self'"],
    'connect-src': ["'self'"],
    'frame-src': ["'self'", 'https:'],
    'media-src': ["'self'", 'https:'],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    'frame-ancestors': frameAncestors,
  }
  const policy = Object.entries(directives).map(([name, values]) => `${name} ${values.join(' ')}`)
  if (https) policy.push('upgrade-insecure-requests')
  return policy.join('; ')
}

/**
 * Whether the site is served over https: its public address (WEB_PUBLIC_URL)
 * says so. Not the request's scheme or X-Forwarded-Proto: pages are static and
 * served from caches to every visitor alike, so their headers must not depend
 * on what one request (or one client, by sending X-Forwarded-Proto) says; the
 * deployment's public address is the same for all of them.
 */
export const servedOverHttps = (publicUrl: string | undefined = process.env.WEB_PUBLIC_URL): boolean => /^https:\/\//i.test(publicUrl?.trim() ?? '')

/** X-Frame-Options: DENY is added by next.config.ts for every request that is not a draft preview. */
export function securityHeaders({ production, https }: { production: boolean; https: boolean }) {
  const headers = [
    { key: 'Content-Security-Policy', value: contentSecurityPolicy({ production, https }) },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), interest-cohort=()' },
    { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  ]
  // HSTS only where the site is really served over https, or browsers would be locked out of a plain-http host.
  if (production && https) headers.push({ key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' })
  return headers
}

/** The name of the cookie Next.js sets when draft mode is on. */
export const DRAFT_MODE_COOKIE = '__prerender_bypass'

/**
 * For a request in draft preview: the same policy, except that the CMS (and
 * only the CMS) may show the page in its Live Preview pane. Applied by the
 * proxy at request time, because the CMS's address is known only at run time.
 */
export function previewContentSecurityPolicy({ production, https, cmsOrigins }: { production: boolean; https: boolean; cmsOrigins: readonly string[] }): string {
  return contentSecurityPolicy({ production, https, frameAncestors: ["'self'", ...cmsOrigins] })
}
