/**
 * Settings from the environment, with development defaults that refuse to
 * run in production. `next build` also runs with NODE_ENV=production but
 * must not need runtime secrets, so the build phase is exempt.
 */
import { loopbackTwin } from '@global-ai-governance/content'

const isBuild = process.env.NEXT_PHASE === 'phase-production-build'
export const isProductionRuntime = process.env.NODE_ENV === 'production' && !isBuild

const DEVELOPMENT_SECRET = 'development-only-secret-never-used-in-production'

export class MissingSettingError extends Error {
  constructor(name: string, hint: string) {
    super(`${name} is not set. ${hint}`)
    this.name = 'MissingSettingError'
  }
}

export const payloadSecret = (): string => {
  const secret = process.env.PAYLOAD_SECRET
  if (secret && secret.length >= 32) return secret
  if (secret) {
    throw new MissingSettingError('A long enough PAYLOAD_SECRET', 'Use at least 32 random characters (openssl rand -hex 32).')
  }
  if (isProductionRuntime) {
    throw new MissingSettingError('PAYLOAD_SECRET', 'Production needs a secret of at least 32 random characters (openssl rand -hex 32).')
  }
  return DEVELOPMENT_SECRET
}

export const databaseUrl = (): string => {
  const url = process.env.DATABASE_URL
  if (url) return url
  if (isBuild) return 'postgres://build-does-not-connect@127.0.0.1:1/none'
  throw new MissingSettingError(
    'DATABASE_URL',
    'Run `npm start` from the repository root (it starts an embedded PostgreSQL), or point DATABASE_URL at a PostgreSQL server.',
  )
}

/**
 * Connections the CMS may hold. A save holds one for its transaction and may
 * briefly need a second; saves of one document wait for each other holding
 * theirs (hooks/serializeSaves.ts), so node-postgres' default of 10 made ten
 * concurrent saves starve each other. Set DATABASE_POOL_MAX to change it.
 */
export const databasePoolMax = (): number => {
  const configured = Number(process.env.DATABASE_POOL_MAX)
  if (!process.env.DATABASE_POOL_MAX) return 30
  if (!Number.isInteger(configured) || configured < 2) {
    throw new Error(`DATABASE_POOL_MAX must be a whole number of connections, at least 2 (it is "${process.env.DATABASE_POOL_MAX}").`)
  }
  return configured
}

/**
 * Whether this CMS instance runs the job queue (scheduled publishing) on its own clock.
 * Exactly one place may: Payload claims a job by reading it and then marking it, so two
 * runners can both take the same scheduled publish. With several CMS instances set
 * JOBS_AUTORUN=false on each and run one worker (`npm run worker -w @global-ai-governance/cms`).
 * On by default: the single CMS of `npm start` and of a one-machine deployment.
 */
export const jobsAutoRun = (): boolean => {
  const value = process.env.JOBS_AUTORUN?.trim().toLowerCase()
  if (value === undefined || value === '' || value === 'true') return true
  if (value === 'false') return false
  throw new Error(`JOBS_AUTORUN must be "true" or "false" (it is "${process.env.JOBS_AUTORUN}").`)
}

/**
 * Origins allowed to send cookie-authenticated requests and read the API from
 * a browser: the configured public URLs, or the local ports when none is set.
 */
export const trustedOrigins = (): string[] => {
  // CMS_EXTRA_ORIGINS: other addresses editors open this CMS at (each instance of a scaled
  // deployment without one load balancer in front), so a session made on one works on all.
  const extra = (process.env.CMS_EXTRA_ORIGINS ?? '').split(/[\s,]+/).filter(Boolean)
  for (const origin of extra) {
    if (!URL.canParse(origin) || new URL(origin).origin !== origin.replace(/\/+$/, '')) {
      throw new Error(`CMS_EXTRA_ORIGINS must list origins such as https://cms-2.example.org, separated by commas ("${origin}" is not one).`)
    }
  }
  const configured = [process.env.CMS_PUBLIC_URL, process.env.WEB_PUBLIC_URL, ...extra.map((origin) => origin.replace(/\/+$/, ''))].filter((origin): origin is string => Boolean(origin))
  const local = ['http://localhost:3001', 'http://localhost:3000']
  // The admin opened at localhost or 127.0.0.1 alike: each loopback address with its twin.
  const origins = (configured.length ? configured : local).flatMap((origin) => [origin, loopbackTwin(origin) ?? []].flat())
  return [...new Set(origins)]
}

/**
 * Where the CMS asks the public site to refresh published pages, and the
 * shared secret it sends; null when either is missing (then nothing is sent).
 * `WEB_REVALIDATE_URL` overrides the address; otherwise `WEB_URL` +
 * `/api/revalidate`, with http://127.0.0.1:3000 outside production.
 */
export const webRevalidation = (): { url: string; secret: string } | null => {
  const secret = process.env.REVALIDATE_SECRET
  const webUrl = process.env.WEB_URL || (process.env.NODE_ENV !== 'production' ? 'http://127.0.0.1:3000' : undefined)
  const url = process.env.WEB_REVALIDATE_URL || (webUrl ? `${webUrl.replace(/\/+$/, '')}/api/revalidate` : undefined)
  if (!secret || !url) return null
  return { url, secret }
}

/**
 * The cache nodes in front of the public site (Varnish), purged by tag after
 * each publish once the web has refreshed: `CACHE_PURGE_URLS` (addresses
 * separated by commas or spaces) and the shared `CACHE_PURGE_SECRET`. Null when
 * no node is listed. A listed node without a secret, or an address that is not
 * http(s), is refused at start rather than leaving the cache stale after publishes.
 */
export const cachePurge = (): { urls: string[]; secret: string } | null => {
  const listed = (process.env.CACHE_PURGE_URLS ?? '').split(/[\s,]+/).filter(Boolean)
  if (listed.length === 0) return null
  const urls = listed.map((entry) => {
    const url = URL.canParse(entry) ? new URL(entry) : null
    if (url?.protocol !== 'http:' && url?.protocol !== 'https:') {
      throw new Error(`CACHE_PURGE_URLS must list the cache nodes' http(s) addresses, separated by commas: "${entry}" is not one (write http://host:port/).`)
    }
    return url.toString()
  })
  const secret = process.env.CACHE_PURGE_SECRET ?? ''
  if (!/^[A-Za-z0-9_-]{16,200}$/.test(secret)) {
    throw new MissingSettingError('CACHE_PURGE_SECRET', 'The cache nodes in CACHE_PURGE_URLS refuse a purge without their secret: set the same 16 to 200 letters, digits, "-" or "_" here and in the cache tier (openssl rand -hex 32).')
  }
  return { urls, secret }
}

/**
 * The secret the CMS signs preview links with and the web app checks them by
 * (PREVIEW_SECRET, the same value in both; `npm start` makes one). Never sent
 * to a browser. Null when unset: then the admin offers no preview at all.
 */
export const previewSecret = (): string | null => {
  const secret = process.env.PREVIEW_SECRET
  if (!secret) return null
  if (secret.length < 32) throw new MissingSettingError('A long enough PREVIEW_SECRET', 'Use at least 32 random characters (openssl rand -hex 32).')
  return secret
}

/** The public site's address as an editor's browser reaches it (preview and live preview open it). */
export const webPublicUrl = (): string => (process.env.WEB_PUBLIC_URL || 'http://localhost:3000').replace(/\/+$/, '')
