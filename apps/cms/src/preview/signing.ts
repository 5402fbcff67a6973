import { createHmac } from 'node:crypto'

/** How long a preview link works once made: long enough to open it, short enough that a leaked one soon dies. */
export const PREVIEW_LINK_LIFETIME_SECONDS = 60 * 60

/**
 * The signature the web app checks before it turns on draft mode: an HMAC of
 * the path and the expiry time, so the secret itself never leaves the servers
 * and a link cannot be reused for another page or after it expires.
 */
export const signPreview = (secret: string, path: string, expires: number): string =>
  createHmac('sha256', secret).update(`${path}\n${expires}`).digest('hex')

/**
 * The web app's enable-preview address for `path`. The expiry is rounded up to
 * the hour, so the link stays the same while an editor types (live preview
 * asks for it on every autosave; a new address would reload the pane).
 */
export function previewLink(webUrl: string, secret: string, path: string, now: number = Date.now()): string {
  const hour = 60 * 60
  const expires = Math.ceil(now / 1000 / hour) * hour + PREVIEW_LINK_LIFETIME_SECONDS
  const query = new URLSearchParams({ path, expires: String(expires), signature: signPreview(secret, path, expires) })
  return `${webUrl}/api/preview?${query.toString()}`
}
