import { loopbackTwin, type Locale } from '@global-ai-governance/content'

/** The organisation that publishes the site (schema.org publisher, Atom author). */
export const publisherName = 'Future of Life Institute'

/** The publisher's own site (its schema.org `url`). */
export const publisherUrl = 'https://futureoflife.org'

/** The feed and the Open Graph image are in English: the site's name as the feed's title. */
export const siteTitle = 'Global AI Governance'

const fallbackUrl = 'http://localhost:3000'

/**
 * The site's public origin, read when asked (not at build time), so one image serves
 * every deployment. A malformed value falls back to the local default rather than failing.
 */
export function siteUrl(value: string | undefined = process.env.WEB_PUBLIC_URL): string {
  const candidate = value?.trim() || fallbackUrl
  try {
    const url = new URL(candidate)
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return fallbackUrl
    return `${url.origin}${url.pathname.replace(/\/+$/, '')}`
  } catch {
    return fallbackUrl
  }
}

/** The CMS's address as an editor's browser knows it: live preview only trusts messages from there. */
export const cmsPublicUrl = (value: string | undefined = process.env.CMS_PUBLIC_URL): string => new URL(value?.trim() || 'http://localhost:3001').origin

/**
 * Every address the admin may be opened at, whose Live Preview pane may show
 * the site and talk to it: CMS_PUBLIC_URL, its loopback twin (localhost and
 * 127.0.0.1 are one machine, two origins to a browser), and any listed in
 * CMS_PUBLIC_URLS (comma-separated).
 */
export function cmsOrigins(value: string | undefined = process.env.CMS_PUBLIC_URL, more: string | undefined = process.env.CMS_PUBLIC_URLS): string[] {
  const main = new URL(cmsPublicUrl(value))
  const origins = [main.origin]
  const twin = loopbackTwin(main.origin)
  if (twin) origins.push(twin)
  for (const entry of (more ?? '').split(',')) {
    try {
      if (!entry.trim()) continue
      const url = new URL(entry.trim())
      // Only web origins: data: or file: addresses have the origin "null", which any sandboxed frame shares.
      if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('not a web address')
      origins.push(url.origin)
    } catch {
      console.warn(`CMS_PUBLIC_URLS: "${entry.trim()}" is not an address; Live Preview ignores it.`)
    }
  }
  return [...new Set(origins)]
}

/** An absolute address for a site path ("/en/risks"). */
export const absoluteUrl = (baseUrl: string, path: string): string => `${baseUrl.replace(/\/+$/, '')}${path.startsWith('/') ? path : `/${path}`}`

/** Machine-readable addresses outside the language prefixes (the pages themselves are in packages/content `sitePaths`). */
export const seoPaths = {
  feed: '/feed.xml',
  sitemap: '/sitemap.xml',
}

/**
 * The site's icon (app/icon.svg). It sits above the root layouts ([locale] and
 * global-not-found), so Next does not link it by itself; each declares it.
 */
export const siteIcons = { icon: { url: '/icon.svg', type: 'image/svg+xml' } }
