// The scaled system started by support/scale-setup.mjs, and small helpers over it.
export type ScaleSystem = {
  cacheUrl: string
  webUrls: string[]
  cmsUrls: string[]
  redisUrl: string
  /** The settings one more web replica starts with (it shares the page cache in Redis). */
  webReplicaEnv: Record<string, string>
  /** The S3_* settings the CMS instances run with (s3rver). */
  s3: Record<string, string>
  groups: { webs: number[]; redis: number }
  admin: { email: string; password: string }
  purgeSecret: string
  previewSecret: string
  databaseUrl: string
}

export const scale = (): ScaleSystem => {
  const raw = process.env.SCALE_SYSTEM
  if (!raw) throw new Error('SCALE_SYSTEM is not set: run these tests through `npm run test:scale`.')
  return JSON.parse(raw) as ScaleSystem
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Signs in on one CMS instance; returns the JWT and the session cookie it set. */
export async function signIn(cmsUrl: string): Promise<{ token: string; cookie: string; userId: number }> {
  const { admin } = scale()
  const response = await fetch(`${cmsUrl}/api/users/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(admin) })
  if (response.status !== 200) throw new Error(`login on ${cmsUrl} answered ${response.status}: ${await response.text()}`)
  const body = (await response.json()) as { token: string; user: { id: number } }
  const cookie = /payload-token=[^;]+/.exec(response.headers.get('set-cookie') ?? '')?.[0] ?? ''
  return { token: body.token, cookie, userId: body.user.id }
}

export async function cmsJson(cmsUrl: string, path: string, init: RequestInit & { token?: string } = {}): Promise<{ status: number; body: any }> {
  const { token, ...rest } = init
  const headers = new Headers(rest.headers)
  if (token) headers.set('Authorization', `JWT ${token}`)
  if (rest.body && typeof rest.body === 'string') headers.set('content-type', 'application/json')
  const response = await fetch(`${cmsUrl}${path}`, { ...rest, headers })
  const text = await response.text()
  return { status: response.status, body: text ? JSON.parse(text) : null }
}

/** Fetches a page and says whether its HTML contains `text`. */
export async function pageShows(url: string, text: string, headers: Record<string, string> = {}): Promise<{ status: number; shows: boolean; cache: string | null }> {
  const response = await fetch(url, { headers, redirect: 'manual' })
  const html = await response.text()
  return { status: response.status, shows: html.includes(text), cache: response.headers.get('x-cache') }
}

/** Polls until `check` is true; returns the milliseconds it took. */
export async function within(ms: number, check: () => Promise<boolean>, what: string): Promise<number> {
  const started = Date.now()
  while (!(await check())) {
    if (Date.now() - started > ms) throw new Error(`${what}: not within ${ms} ms`)
    await sleep(25)
  }
  return Date.now() - started
}

/** Signals a server's whole process group (the outage tests). */
export const signalGroup = (pid: number, signal: NodeJS.Signals) => {
  try {
    process.kill(-pid, signal)
  } catch {
    /* already gone */
  }
}
