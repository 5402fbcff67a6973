// Draft preview: the CMS signs a link to one public page; this checks it.
import { createHmac } from 'node:crypto'

import { isLocale } from './locales'
import { secretsMatch } from './secrets'

/** A link is refused if it claims to live longer than this (the CMS makes them for at most two hours). */
const MAX_LINK_LIFETIME_SECONDS = 3 * 60 * 60

export type PreviewCheck = { ok: true; path: string } | { ok: false; status: 400 | 401 | 503; error: string }

/**
 * The page to preview, if it is a path on this site under a language: one
 * leading slash, no backslash, no control characters, and nothing that a
 * browser or URL parser would read as another host.
 */
export function sitePath(value: string | null): string | null {
  if (!value || value.length > 500) return null
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

export const signPreview = (secret: string, path: string, expires: number): string =>
  createHmac('sha256', secret).update(`${path}\n${expires}`).digest('hex')

/** Checks an enable-preview request's `path`, `expires` and `signature` against PREVIEW_SECRET. */
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
  if (expires < nowSeconds || expires > nowSeconds + MAX_LINK_LIFETIME_SECONDS) {
    return { ok: false, status: 401, error: 'This preview link has expired. Open the preview again from the CMS.' }
  }
  const path = sitePath(rawPath)
  if (!path) return { ok: false, status: 400, error: 'A preview can only open a page of this site.' }
  return { ok: true, path }
}
