/**
 * An embed address the site will load in an iframe: https only, no user name
 * or password in it. Anything else (http, javascript:, data:, relative, junk) is null.
 * The CMS checks this too; the site checks again because the iframe is its own.
 */
export function safeEmbedUrl(value: string | null | undefined): URL | null {
  if (!value) return null
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return null
  }
  if (url.protocol !== 'https:' || url.username || url.password || !url.hostname) return null
  return url
}

/** A plain link the visitor may follow: http or https only. */
export function safeLinkUrl(value: string | null | undefined): string | null {
  if (!value) return null
  try {
    const url = new URL(value)
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null
  } catch {
    return null
  }
}
