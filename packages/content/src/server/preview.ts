import { createHmac } from 'node:crypto'

import { isLocale } from '../locales'
import { secretsMatch } from './secrets'

/*
 * Signed preview links. The CMS signs a link to one public page (an HMAC of
 * the path and an expiry, with PREVIEW_SECRET); the site checks it before it
 * turns on draft mode. The secret never leaves the servers, and a link cannot
 * be reused for another page or after it expires.
 */

/** How long a preview link works at least, once made: long enough to open it, short enough that a leaked one soon dies. */
export const PREVIEW_LINK_LIFETIME_SECONDS = 60 * 60
/** Expiries are rounded up to this, so the Live Preview pane's address stays the same while an editor types. */
const EXPIRY_ROUNDING_SECONDS = 60 * 60
/** The CMS's clock may run this far ahead of the site's without its fresh links being refused. */
const CLOCK_SKEW_SECONDS = 60
/** The longest a valid link can claim to live; the site refuses any link that claims more. */
export const PREVIEW_LINK_MAX_LIFETIME_SECONDS = PREVIEW_LINK_LIFETIME_SECONDS + EXPIRY_ROUNDING_SECONDS + CLOCK_SKEW_SECONDS

export const signPreview = (secret: string, path: string, expires: number): string =>
  createHmac('sha256', secret).update(`${path}\n${expires}`).digest('hex')

/** The site's enable-preview address for `path` (`<webUrl>/api/preview?path=…&expires=…&signature=…`). */
export function previewLink(webUrl: string, secret: string, path: string, now: number = Date.now()): string {
  const expires = Math.ceil(now / 1000 / EXPIRY_ROUNDING_SECONDS) * EXPIRY_ROUNDING_SECONDS + PREVIEW_LINK_LIFETIME_SECONDS
  const query = new URLSearchParams({ path, expires: String(expires), signature: signPreview(secret, path, expires) })
  return `${webUrl}/api/preview?${query.toString()}`
}

/**
 * The page to preview, if it is a path on this site under a language: one
 * leading slash, no backslash, no control characters, and nothing that a
 * browser or URL parser would read as another host.
 */
export function sitePath(value: string | null): string | null {
  if (!value || value.length > 500) return null
  // eslint-disable-next-line no-control-regex
  if (!value.startsWith('/') || value.startsWith('//') || /[\\\u0000-\u001f\u007f]/.test(value)) return null
  let parsed: URL
  try {
    parsed = new URL(value, 'http://site.invalid')
  } catch {
    return null
  }
  if (parsed.origin !== 'http://site.invalid') return null
  const locale = parsed.pathname.split('/')[1] ?? ''
  if (!isLocale(locale)) return null
  return `${parsed.pathname}${parsed.search}${parsed.hash}`
}

export type PreviewCheck = { ok: true; path: string } | { ok: false; status: 400 | 401 | 503; error: string }

/** Checks an enable-preview request's `path`, `expires` and `signature` against the secret. */
export function checkPreviewRequest(params: URLSearchParams, secret: string | undefined, now: number = Date.now()): PreviewCheck {
  if (!secret) return { ok: false, status: 503, error: 'Preview is not configured on this server (PREVIEW_SECRET is not set).' }
  const signature = params.get('signature') ?? ''
  const rawPath = params.get('path')
  const expires = Number(params.get('expires'))
  // The signature is checked first, over the path exactly as given, so nothing about a forged link is revealed.
  if (!signature || !rawPath || !Number.isInteger(expires) || !secretsMatch(signature, signPreview(secret, rawPath, expires))) {
    return { ok: false, status: 401, error: 'This preview link is not valid. Open the preview again from the CMS.' }
  }
  const nowSeconds = Math.floor(now / 1000)
  if (expires < nowSeconds || expires > nowSeconds + PREVIEW_LINK_MAX_LIFETIME_SECONDS) {
    return { ok: false, status: 401, error: 'This preview link has expired. Open the preview again from the CMS.' }
  }
  const path = sitePath(rawPath)
  if (!path) return { ok: false, status: 400, error: 'A preview can only open a page of this site.' }
  return { ok: true, path }
}
