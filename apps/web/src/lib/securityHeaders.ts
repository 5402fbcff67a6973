/**
 * Headers on every response of the public site.
 *
 * Scripts: pages are static and served from cache, so a per-request nonce
 * (which would make every page dynamic) is not used; Next's inline bootstrap
 * scripts therefore need 'unsafe-inline'. Everything else is locked down:
 * no plugins, no framing of the site, no third-party script origins.
 */
export function contentSecurityPolicy({ production }: { production: boolean }): string {
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
    'frame-ancestors': ["'none'"],
  }
  const policy = Object.entries(directives).map(([name, values]) => `${name} ${values.join(' ')}`)
  if (production) policy.push('upgrade-insecure-requests')
  return policy.join('; ')
}

export function securityHeaders({ production, https }: { production: boolean; https: boolean }) {
  const headers = [
    { key: 'Content-Security-Policy', value: contentSecurityPolicy({ production }) },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'X-Frame-Options', value: 'DENY' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), interest-cohort=()' },
    { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  ]
  // HSTS only where the site is really served over https, or browsers would be locked out of a plain-http host.
  if (production && https) headers.push({ key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' })
  return headers
}
