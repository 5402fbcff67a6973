/**
 * Staff sign-in under attack, against the real CMS and web app over HTTP (and
 * Chromium for cross-site forms):
 * - password guessing locks the account after maxLoginAttempts, even against
 *   the right password, one account at a time, also under a parallel burst;
 * - a token is only as good as its expiry and its session: an expired one
 *   (forged with the real secret, so that only `exp` is wrong) and one whose
 *   session was logged out are refused;
 * - the session cookie works only from the CMS's and the site's own origins:
 *   cross-site writes, reads and logouts count as anonymous;
 * - the preview and revalidation secrets are compared in constant time.
 * Only fresh staff accounts are locked: the seeded admin stays usable.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'

import { checkPreviewRequest, secretsMatch, signPreview } from '@global-ai-governance/content/server'
import { launchBrowser } from '../support/browser'
import { adminToken, api, cmsUrl, madeHere, staffToken, uniqueSuffix } from '../support/cms'
import { recordFigure } from '../support/figures'
import { webUrl } from '../support/pages'

type Staff = Awaited<ReturnType<typeof staffToken>>

const made = madeHere()
const suffix = uniqueSuffix()
const maxLoginAttempts = 5 // apps/cms/src/collections/Users: auth.maxLoginAttempts

afterAll(async () => {
  await made.removeAll()
}, 60_000)

/** A fresh staff member, removed after the file. */
async function freshStaff(role: 'editor' | 'contributor' = 'contributor'): Promise<Staff> {
  const staff = await staffToken(role)
  made.add('users', { id: staff.id })
  return staff
}

const loginAnswer = (email: string, password: string) => api('/api/users/login', { method: 'POST', body: { email, password } })
const messageOf = (body: any): string => (body?.errors ?? []).map((error: { message?: string }) => error.message).join(' ')
const me = async (token: string) => (await api('/api/users/me', { token })).body?.user ?? null

describe('password guessing', () => {
  test('locks the account after maxLoginAttempts wrong passwords: then even the right one is refused, with a message that says so', async () => {
    const victim = await freshStaff()
    const bystander = await freshStaff()
    let wrong = 0
    let lockedMessage = ''
    const wrongMessages = new Set<string>()
    // Bounded: a lock that never comes fails the test after 20 tries.
    for (let attempt = 1; attempt <= 20; attempt += 1) {
      const answer = await loginAnswer(victim.email, `not-the-password-${attempt}`)
      expect(answer.status).toBe(401)
      expect(answer.body?.token).toBeUndefined()
      if (/locked/i.test(messageOf(answer.body))) {
        lockedMessage = messageOf(answer.body)
        break
      }
      wrong = attempt
      wrongMessages.add(messageOf(answer.body))
    }
    expect(lockedMessage).not.toBe('')
    expect(wrong).toBe(maxLoginAttempts)
    // Before the lock, one message for every wrong password; after it, a different, clear one.
    expect([...wrongMessages]).toEqual(['The email or password provided is incorrect.'])

    const right = await loginAnswer(victim.email, victim.password)
    expect(right.status).toBe(401)
    expect(right.body?.token).toBeUndefined()
    expect(messageOf(right.body)).toBe('This user is locked due to having too many failed login attempts.')
    // The same address in capitals is the same account, and just as locked.
    const shouted = await loginAnswer(victim.email.toUpperCase(), victim.password)
    expect(shouted.status).toBe(401)
    expect(messageOf(shouted.body)).toMatch(/locked/i)
    // GraphQL's login is the same door, just as locked.
    const graphql = await api('/api/graphql', {
      method: 'POST',
      body: { query: `mutation { loginUser(email: ${JSON.stringify(victim.email)}, password: ${JSON.stringify(victim.password)}) { token } }` },
    })
    expect(graphql.body?.data?.loginUser?.token ?? null).toBeNull()
    expect(JSON.stringify(graphql.body?.errors ?? [])).toMatch(/locked/i)
    recordFigure('auth: wrong passwords until the account locks', wrong, right.status === 200 ? 1 : 0, `maxLoginAttempts ${maxLoginAttempts}; right password then refused: "${messageOf(right.body)}"`)
    console.log(`account locked after ${wrong} wrong passwords; the right password then answers ${right.status}: ${messageOf(right.body)}`)

    // One account's lock is not another's: a colleague and the admin still sign in.
    const other = await loginAnswer(bystander.email, bystander.password)
    expect(other.status).toBe(200)
    expect(typeof other.body.token).toBe('string')
    expect((await loginAnswer(process.env.TEST_ADMIN_EMAIL!, process.env.TEST_ADMIN_PASSWORD!)).status).toBe(200)

    // Only an admin lifts the lock; then the right password works again.
    const byEditor = await api('/api/users/unlock', { method: 'POST', token: (await freshStaff('editor')).token, body: { email: victim.email } })
    expect(byEditor.status).toBe(403)
    expect((await loginAnswer(victim.email, victim.password)).status).toBe(401)
    const unlocked = await api('/api/users/unlock', { method: 'POST', token: await adminToken(), body: { email: victim.email } })
    expect(unlocked.status).toBe(200)
    expect((await loginAnswer(victim.email, victim.password)).status).toBe(200)
  }, 120_000)

  test('a parallel burst of wrong passwords locks the account just the same', async () => {
    const victim = await freshStaff()
    const burst = 12
    const answers = await Promise.all(Array.from({ length: burst }, (_, index) => loginAnswer(victim.email, `burst-${index}`)))
    expect(answers.map((answer) => answer.status)).toEqual(Array(burst).fill(401))
    const right = await loginAnswer(victim.email, victim.password)
    recordFigure('auth: parallel burst of wrong passwords, then the right one', burst + 1, right.status === 200 ? 1 : 0)
    expect(right.status).toBe(401)
    expect(messageOf(right.body)).toMatch(/locked/i)
  }, 120_000)
})

// ---- Tokens ---------------------------------------------------------------------------------
const base64url = (value: Buffer | string) => Buffer.from(value).toString('base64url')
const decode = (token: string) => {
  const [header, claims] = token.split('.')
  return { header: JSON.parse(Buffer.from(header!, 'base64url').toString()), claims: JSON.parse(Buffer.from(claims!, 'base64url').toString()) }
}
/** Payload 3.90 signs with HS256 and the key sha256(PAYLOAD_SECRET) as hex, first 32 characters (payload/dist/index.js, auth/jwt.js). */
const payloadKey = () => crypto.createHash('sha256').update(process.env.TEST_PAYLOAD_SECRET!).digest('hex').slice(0, 32)
function forge(header: Record<string, unknown>, claims: Record<string, unknown>, key: string = payloadKey()): string {
  const unsigned = `${base64url(JSON.stringify(header))}.${base64url(JSON.stringify(claims))}`
  return `${unsigned}.${crypto.createHmac('sha256', key).update(unsigned).digest('base64url')}`
}

describe('tokens', () => {
  let editor: Staff
  let draftId: number
  const draftTitle = `Token test draft ${suffix}`
  const readDraft = (token: string) => api(`/api/risks/${draftId}?draft=true&depth=0`, { token })

  beforeAll(async () => {
    editor = await freshStaff('editor')
    const created = await api('/api/risks', { method: 'POST', token: editor.token, body: { title: draftTitle, slug: `token-${suffix}`, order: 970, summary: 'Never published.', _status: 'draft' } })
    expect(created.status).toBe(201)
    draftId = made.add('risks', created.body.doc).id
  }, 60_000)

  test('a token whose exp has passed is refused, while the same token with a future exp is accepted (so only the expiry was wrong)', async () => {
    const { header, claims } = decode(editor.token)
    // What Payload signs: the user's id, collection, email, role (saveToJWT) and session id.
    expect(header).toEqual({ alg: 'HS256', authVersion: 1, typ: 'JWT' })
    expect(claims).toMatchObject({ id: editor.id, collection: 'users', email: editor.email, role: 'editor' })
    expect(typeof claims.sid).toBe('string')
    expect(claims.exp - claims.iat).toBe(8 * 60 * 60) // tokenExpiration: 8 h

    const now = Math.floor(Date.now() / 1000)
    const fresh = forge(header, { ...claims, iat: now - 60, exp: now + 600 })
    expect((await me(fresh))?.id).toBe(editor.id)
    const asFresh = await readDraft(fresh)
    expect(asFresh.status).toBe(200)
    expect(asFresh.body.title).toBe(draftTitle)

    const attempts: Array<[string, string]> = [
      ['expired a minute ago', forge(header, { ...claims, iat: now - 8 * 60 * 60 - 60, exp: now - 60 })],
      ['expired five seconds ago', forge(header, { ...claims, iat: now - 8 * 60 * 60, exp: now - 5 })],
      ['signed with another secret', forge(header, { ...claims, iat: now - 60, exp: now + 600 }, crypto.randomBytes(16).toString('hex'))],
      ['unsigned (alg none)', `${base64url(JSON.stringify({ alg: 'none', typ: 'JWT' }))}.${base64url(JSON.stringify({ ...claims, exp: now + 600 }))}.`],
      ['without the auth version header', forge({ alg: 'HS256', typ: 'JWT' }, { ...claims, iat: now - 60, exp: now + 600 })],
    ]
    let accepted = 0
    for (const [what, token] of attempts) {
      const user = await me(token)
      const draft = await readDraft(token)
      const got = Boolean(user) || draft.status === 200
      if (got) accepted += 1
      expect({ what, user: user?.id ?? null }).toEqual({ what, user: null })
      // Refused as anonymous: a never-published draft does not exist for them.
      expect({ what, status: draft.status >= 400, leaks: JSON.stringify(draft.body).includes(draftTitle) }).toEqual({ what, status: true, leaks: false })
    }
    recordFigure('auth: expired or mis-signed tokens refused', attempts.length, accepted, 'a forged unexpired token was accepted (control)')
  })

  test('claims in a validly signed token do not raise the role: the user is read from the database', async () => {
    const { header, claims } = decode(editor.token)
    const now = Math.floor(Date.now() / 1000)
    const promoted = forge(header, { ...claims, role: 'admin', iat: now - 60, exp: now + 600 })
    expect((await me(promoted))?.role).toBe('editor')
    const staffList = await api('/api/users?limit=100&depth=0', { token: promoted })
    expect(staffList.body.docs.map((user: { id: number }) => user.id)).toEqual([editor.id])
  })

  test('after logout the session is gone: its token, and any token naming that session, is refused; other sessions live on', async () => {
    const first = editor.token
    const second = (await loginAnswer(editor.email, editor.password)).body.token as string
    const { header, claims } = decode(second)
    expect(claims.sid).not.toBe(decode(first).claims.sid) // sessions are on: one per sign-in
    const out = await api('/api/users/logout', { method: 'POST', token: second })
    expect(out.status).toBe(200)
    expect(await me(second)).toBeNull()
    expect((await readDraft(second)).status).toBeGreaterThanOrEqual(400)
    // The signature and expiry are still fine; the session it names is what was ended.
    const now = Math.floor(Date.now() / 1000)
    expect(await me(forge(header, { ...claims, iat: now - 60, exp: now + 600 }))).toBeNull()
    expect((await me(first))?.id).toBe(editor.id)
    recordFigure('auth: token refused after logout', 2, 0)
  })
})

// ---- CSRF -----------------------------------------------------------------------------------
const evil = 'https://evil.example'

/** Signs in like a browser and returns the session cookie ("payload-token=…") and its Set-Cookie line. */
async function cookieSession(who: Staff) {
  const response = await fetch(`${cmsUrl()}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: new URL(cmsUrl()).origin },
    body: JSON.stringify({ email: who.email, password: who.password }),
  })
  expect(response.status).toBe(200)
  const line = response.headers.getSetCookie().find((candidate) => candidate.startsWith('payload-token='))
  if (!line) throw new Error('no payload-token cookie in the login answer')
  return { cookie: line.split(';')[0]!, line }
}

/** A request carrying only the session cookie, with the given browser headers. */
async function withCookie(
  cookie: string,
  pathName: string,
  { method = 'GET', headers = {}, body }: { method?: string; headers?: Record<string, string>; body?: unknown } = {},
) {
  const isForm = body instanceof FormData || typeof body === 'string'
  const response = await fetch(`${cmsUrl()}${pathName}`, {
    method,
    headers: { Cookie: cookie, ...(body !== undefined && !isForm ? { 'Content-Type': 'application/json' } : {}), ...headers },
    body: body === undefined ? undefined : isForm ? (body as BodyInit) : JSON.stringify(body),
  })
  const text = await response.text()
  let parsed: any = text
  try {
    parsed = text ? JSON.parse(text) : null
  } catch {
    /* keep the text */
  }
  return { status: response.status, body: parsed, headers: response.headers }
}

describe('cross-site requests with the session cookie', () => {
  let editor: Staff
  let session: { cookie: string; line: string }
  let riskId: number
  const trusted = () => [new URL(cmsUrl()).origin, new URL(webUrl()).origin]
  // Each is what a page on another site makes a browser send (or a request without any browser headers).
  const foreign = (): Array<[string, Record<string, string>]> => [
    ['Origin: https://evil.example', { Origin: evil, 'Sec-Fetch-Site': 'cross-site' }],
    ['Sec-Fetch-Site: cross-site, no Origin', { 'Sec-Fetch-Site': 'cross-site' }],
    ['Origin: null (sandboxed frame, data: page)', { Origin: 'null' }],
    ['an origin that only starts like the CMS', { Origin: `${new URL(cmsUrl()).origin}.evil.example` }],
    ['another port on the same host', { Origin: 'http://127.0.0.1:1', 'Sec-Fetch-Site': 'same-site' }],
    ['no Origin and no Sec-Fetch-Site', {}],
  ]
  let refused = 0
  let tries = 0

  const adminRead = async (id: number) => (await api(`/api/risks/${id}?draft=true&depth=0`, { token: await adminToken() })).body

  beforeAll(async () => {
    editor = await freshStaff('editor')
    session = await cookieSession(editor)
    const created = await api('/api/risks', { method: 'POST', token: editor.token, body: { title: `CSRF target ${suffix}`, slug: `csrf-${suffix}`, order: 971, summary: 'Unchanged.', _status: 'draft' } })
    expect(created.status).toBe(201)
    riskId = made.add('risks', created.body.doc).id
  }, 60_000)

  afterAll(() => {
    recordFigure('CSRF: cookie requests from foreign origins acting as the user', tries, tries - refused)
  })

  test('the session cookie is HttpOnly and SameSite=Lax, and lives no longer than the token', () => {
    const attributes = session.line.split(';').slice(1).map((part) => part.trim())
    expect(attributes.some((attribute) => /^httponly(=true)?$/i.test(attribute))).toBe(true)
    expect(attributes.some((attribute) => /^samesite=(lax|strict)$/i.test(attribute))).toBe(true)
    expect(attributes).toContain('Path=/')
    const expires = Date.parse(attributes.find((attribute) => /^expires=/i.test(attribute))!.slice('expires='.length))
    expect(expires - Date.now()).toBeLessThanOrEqual(8 * 60 * 60 * 1000 + 60_000)
  })

  test('POST, PATCH and DELETE with the cookie from a foreign origin are anonymous; from the CMS or the site they work', async () => {
    for (const [what, headers] of foreign()) {
      const create = await withCookie(session.cookie, '/api/risks', {
        method: 'POST',
        headers,
        body: { title: `CSRF create ${suffix}`, slug: `csrf-create-${suffix}-${tries}`, order: 972, summary: 'Made by another site.', _status: 'draft' },
      })
      const patch = await withCookie(session.cookie, `/api/risks/${riskId}`, { method: 'PATCH', headers, body: { summary: `Changed by ${what}`, _status: 'draft' } })
      const remove = await withCookie(session.cookie, `/api/risks/${riskId}`, { method: 'DELETE', headers })
      // The user behind the cookie is not seen either.
      const who = await withCookie(session.cookie, '/api/users/me', { headers })
      for (const [verb, answer] of [['POST', create], ['PATCH', patch], ['DELETE', remove]] as const) {
        tries += 1
        if (answer.status === 403) refused += 1
        expect({ what, verb, status: answer.status }).toEqual({ what, verb, status: 403 })
      }
      expect({ what, user: who.body?.user ?? null }).toEqual({ what, user: null })
    }
    const after = await adminRead(riskId)
    expect(after.summary).toBe('Unchanged.')
    expect((await api(`/api/risks?where[slug][like]=csrf-create-${suffix}&draft=true&depth=0`, { token: await adminToken() })).body.totalDocs).toBe(0)

    // The same requests from the trusted origins act as the editor.
    for (const origin of trusted()) {
      const headers = { Origin: origin, 'Sec-Fetch-Site': origin === new URL(cmsUrl()).origin ? 'same-origin' : 'same-site' }
      expect((await withCookie(session.cookie, '/api/users/me', { headers })).body.user?.id).toBe(editor.id)
      const create = await withCookie(session.cookie, '/api/risks', {
        method: 'POST',
        headers,
        body: { title: `CSRF control ${suffix}`, slug: `csrf-control-${suffix}-${trusted().indexOf(origin)}`, order: 973, summary: 'Made on the CMS.', _status: 'draft' },
      })
      expect(create.status).toBe(201)
      const patch = await withCookie(session.cookie, `/api/risks/${create.body.doc.id}`, { method: 'PATCH', headers, body: { summary: 'Changed on the CMS.', _status: 'draft' } })
      expect(patch.status).toBe(200)
      const remove = await withCookie(session.cookie, `/api/risks/${create.body.doc.id}`, { method: 'DELETE', headers })
      expect(remove.status).toBe(200)
    }
  })

  test('a multipart form (no preflight) and a GraphQL mutation from a foreign origin change nothing; the same form from the CMS does', async () => {
    const form = (slug: string) => {
      const data = new FormData()
      data.append('_payload', JSON.stringify({ title: `CSRF form ${suffix}`, slug, order: 974, summary: 'Posted by a form.', _status: 'draft' }))
      return data
    }
    const foreignForm = await withCookie(session.cookie, '/api/risks', { method: 'POST', headers: { Origin: evil, 'Sec-Fetch-Site': 'cross-site' }, body: form(`csrf-form-${suffix}`) })
    tries += 1
    if (foreignForm.status === 403) refused += 1
    expect(foreignForm.status).toBe(403)
    const mutation = await withCookie(session.cookie, '/api/graphql', {
      method: 'POST',
      headers: { Origin: evil, 'Sec-Fetch-Site': 'cross-site' },
      body: { query: `mutation { updateRisk(id: ${riskId}, data: { summary: "Changed over GraphQL" }, draft: true) { id summary } }` },
    })
    tries += 1
    if (JSON.stringify(mutation.body).includes('Changed over GraphQL') === false) refused += 1
    expect(JSON.stringify(mutation.body)).not.toContain('Changed over GraphQL')
    expect((await adminRead(riskId)).summary).toBe('Unchanged.')

    // The vector is real: the same multipart form from the CMS's own origin creates the document.
    const own = await withCookie(session.cookie, '/api/risks', { method: 'POST', headers: { Origin: new URL(cmsUrl()).origin }, body: form(`csrf-form-own-${suffix}`) })
    expect(own.status).toBe(201)
    made.add('risks', own.body.doc)
  })

  test('a logout from a foreign origin does not end the session; one from the CMS does', async () => {
    const mine = await cookieSession(editor)
    const foreignLogout = await withCookie(mine.cookie, '/api/users/logout', { method: 'POST', headers: { Origin: evil, 'Sec-Fetch-Site': 'cross-site' } })
    tries += 1
    if (foreignLogout.status !== 200) refused += 1
    expect(foreignLogout.status).not.toBe(200)
    const own = { Origin: new URL(cmsUrl()).origin, 'Sec-Fetch-Site': 'same-origin' }
    expect((await withCookie(mine.cookie, '/api/users/me', { headers: own })).body.user?.id).toBe(editor.id)
    const logout = await withCookie(mine.cookie, '/api/users/logout', { method: 'POST', headers: own })
    expect(logout.status).toBe(200)
    expect((await withCookie(mine.cookie, '/api/users/me', { headers: own })).body.user).toBeNull()
  })

  test('CORS lets only the trusted origins read answers with credentials', async () => {
    const preflight = (origin: string) =>
      fetch(`${cmsUrl()}/api/risks/${riskId}`, { method: 'OPTIONS', headers: { Origin: origin, 'Access-Control-Request-Method': 'PATCH', 'Access-Control-Request-Headers': 'content-type' } })
    const fromEvil = await preflight(evil)
    expect(fromEvil.headers.get('access-control-allow-origin')).not.toBe(evil)
    expect(fromEvil.headers.get('access-control-allow-origin')).not.toBe('*')
    const read = await withCookie(session.cookie, '/api/users/me', { headers: { Origin: evil } })
    expect(read.headers.get('access-control-allow-origin')).not.toBe(evil)
    for (const origin of trusted()) {
      const answer = await preflight(origin)
      expect(answer.headers.get('access-control-allow-origin')).toBe(origin)
      expect(answer.headers.get('access-control-allow-credentials')).toBe('true')
    }
  })

  test('in Chromium, forms, fetches and frames on another site (cross-site, and same host on another port) cannot act with the session', async () => {
    const browser = await launchBrowser()
    const evilSite = http.createServer((request, response) => {
      const url = new URL(request.url ?? '/', 'http://evil.invalid')
      const slug = url.searchParams.get('slug') ?? 'none'
      const data = JSON.stringify({ title: `CSRF browser ${suffix}`, slug, order: 975, summary: 'Posted from another site.', _status: 'draft' })
      const attribute = data.replace(/&/g, '&amp;').replace(/'/g, '&#39;')
      const target = `${cmsUrl()}/api/risks`
      const pages: Record<string, string> = {
        multipart: `<form id="f" method="post" action="${target}" enctype="multipart/form-data"><input type="hidden" name="_payload" value='${attribute}'></form><script>document.getElementById('f').submit()</script>`,
        // text/plain forms can send a JSON-looking body without a preflight.
        plain: `<form id="f" method="post" action="${target}" enctype="text/plain"><input type="hidden" name='${attribute.slice(0, -1)},"x":"' value='"}'></form><script>document.getElementById('f').submit()</script>`,
        // Clickjacking: the admin, signed in, inside another page (the cookie goes along to a same-site frame).
        frame: `<iframe src="${cmsUrl()}/admin/collections/risks/${riskId}" width="1200" height="800"></iframe>`,
        fetch: `<script>const d = new FormData(); d.append('_payload', ${JSON.stringify(data)}); fetch(${JSON.stringify(target)}, { method: 'POST', mode: 'no-cors', credentials: 'include', body: d }).finally(() => { document.title = 'sent' })</script>`,
      }
      response.writeHead(200, { 'Content-Type': 'text/html' })
      response.end(`<!doctype html><title>evil</title>${pages[url.pathname.slice(1)] ?? ''}`)
    })
    await new Promise<void>((resolve) => evilSite.listen(0, '127.0.0.1', resolve))
    const port = (evilSite.address() as AddressInfo).port
    try {
      const page = await browser.context.newPage()
      // The editor is signed in to the CMS in this browser.
      const login = await browser.context.request.post(`${cmsUrl()}/api/users/login`, { data: { email: editor.email, password: editor.password } })
      expect(login.status()).toBe(200)
      const [cookie] = await browser.context.cookies(cmsUrl())
      expect(cookie).toMatchObject({ name: 'payload-token', httpOnly: true, sameSite: 'Lax' })

      const slugs: string[] = []
      // localhost is another site than 127.0.0.1 (the cookie stays home); 127.0.0.1 on another port is the same site (the cookie goes, the Origin check stops it).
      for (const host of ['localhost', '127.0.0.1']) {
        for (const kind of ['multipart', 'plain', 'fetch']) {
          const slug = `csrf-browser-${suffix}-${host === 'localhost' ? 'x' : 's'}-${kind}`
          slugs.push(slug)
          const posted = page.waitForResponse((response) => response.url() === `${cmsUrl()}/api/risks` && response.request().method() === 'POST', { timeout: 30_000 })
          await page.goto(`http://${host}:${port}/${kind}?slug=${slug}`)
          const answer = await posted
          tries += 1
          // Refused as anonymous (403), or not even read as a document (400 for the text/plain body).
          // A no-cors fetch's answer is opaque to the page, but the browser still sees it.
          const status = answer.status()
          if (status === 403 || status === 400) refused += 1
          expect({ host, kind, refused: status === 403 || status === 400 }).toEqual({ host, kind, refused: true })
        }
      }
      const found = await api(`/api/risks?where[slug][in]=${slugs.join(',')}&draft=true&depth=0`, { token: await adminToken() })
      expect(found.body.totalDocs).toBe(0)

      // Neither site may show the signed-in admin in a frame, where its buttons could be clicked through a decoy.
      for (const host of ['localhost', '127.0.0.1']) {
        await page.goto(`http://${host}:${port}/frame`, { waitUntil: 'load' })
        const framed = page.frames().find((frame) => frame.url().startsWith(cmsUrl()))
        const showsTheForm = framed ? await framed.locator('#field-title').waitFor({ timeout: 15_000 }).then(() => true, () => false) : false
        tries += 1
        if (!showsTheForm) refused += 1
        expect({ host, framedAdminShowsTheForm: showsTheForm }).toEqual({ host, framedAdminShowsTheForm: false })
      }

      // The control: the same browser, on the CMS itself, does write with that cookie.
      await page.goto(`${cmsUrl()}/api/health`)
      const status = await page.evaluate(async ({ slug, suffix }) => {
        const data = new FormData()
        data.append('_payload', JSON.stringify({ title: `CSRF browser control ${suffix}`, slug, order: 976, summary: 'Posted on the CMS.', _status: 'draft' }))
        const response = await fetch('/api/risks', { method: 'POST', credentials: 'include', body: data })
        const body = await response.json()
        return { status: response.status, id: body?.doc?.id as number | undefined }
      }, { slug: `csrf-browser-control-${suffix}`, suffix })
      expect(status.status).toBe(201)
      made.add('risks', { id: status.id! })
    } finally {
      await browser.close()
      await new Promise((resolve) => evilSite.close(resolve))
    }
  }, 120_000)

  test("the web's revalidate and preview-exit routes: nothing for a foreign origin beyond what a link could do", async () => {
    const headers = { Origin: evil, 'Sec-Fetch-Site': 'cross-site' }
    // Revalidation needs the Bearer secret, whoever asks; no CORS answer lets a page send or read it.
    for (const authorization of [undefined, 'Bearer wrong', `Bearer ${'0'.repeat(64)}`]) {
      const response = await fetch(`${webUrl()}/api/revalidate`, {
        method: 'POST',
        headers: { ...headers, 'Content-Type': 'application/json', ...(authorization ? { Authorization: authorization } : {}) },
        body: JSON.stringify({ tags: ['risks'] }),
      })
      tries += 1
      if (response.status === 401) refused += 1
      expect(response.status).toBe(401)
      expect(response.headers.get('access-control-allow-origin')).toBeNull()
    }
    const preflight = await fetch(`${webUrl()}/api/revalidate`, { method: 'OPTIONS', headers: { ...headers, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'authorization,content-type' } })
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull()
    // Exit preview from another site only ends draft mode (as a plain link to it would): it turns nothing on,
    // sends the browser nowhere but this site, and lets no page read the answer.
    for (const target of ['/en/risks/bias', '//evil.example/en', 'https://evil.example/en']) {
      const response = await fetch(`${webUrl()}/api/preview/exit`, { method: 'POST', headers, body: new URLSearchParams({ path: target }), redirect: 'manual' })
      expect(response.status).toBe(303)
      const location = response.headers.get('location')!
      expect(location.startsWith('/') && !location.startsWith('//')).toBe(true)
      expect(response.headers.get('access-control-allow-origin')).toBeNull()
      for (const line of response.headers.getSetCookie()) expect(line).toMatch(/^__prerender_bypass=;.*(Expires=Thu, 01 Jan 1970|Max-Age=0)/i)
    }
  })
})

// ---- Constant-time secret comparison ------------------------------------------------------------
describe('the preview and revalidation secrets are compared in constant time', () => {
  afterEach(() => jest.restoreAllMocks())

  test('secretsMatch always goes through crypto.timingSafeEqual on equal-length digests, whatever the input length', () => {
    const secret = crypto.randomBytes(32).toString('hex')
    const spy = jest.spyOn(crypto, 'timingSafeEqual')
    const inputs = ['', 'x', secret.slice(0, 63), `${secret.slice(0, 63)}${secret[63] === '0' ? '1' : '0'}`, `${secret}x`, 'y'.repeat(100_000), secret]
    const results = inputs.map((input) => secretsMatch(input, secret))
    expect(results).toEqual([false, false, false, false, false, false, true])
    // No length check before the comparison: every input reached timingSafeEqual, always with two 32-byte digests.
    expect(spy).toHaveBeenCalledTimes(inputs.length)
    for (const [a, b] of spy.mock.calls) {
      expect([(a as Buffer).length, (b as Buffer).length]).toEqual([32, 32])
    }
  })

  test('a preview link with a wrong signature is checked with it too', () => {
    const secret = crypto.randomBytes(32).toString('hex')
    const expires = Math.floor(Date.now() / 1000) + 600
    const right = signPreview(secret, '/en/risks/bias', expires)
    const spy = jest.spyOn(crypto, 'timingSafeEqual')
    for (const signature of ['a', right.slice(0, 63), `${right.slice(0, 63)}${right[63] === '0' ? '1' : '0'}`, right]) {
      checkPreviewRequest(new URLSearchParams({ path: '/en/risks/bias', expires: String(expires), signature }), secret)
    }
    expect(spy).toHaveBeenCalledTimes(4)
    expect(checkPreviewRequest(new URLSearchParams({ path: '/en/risks/bias', expires: String(expires), signature: right }), secret)).toEqual({ ok: true, path: '/en/risks/bias' })
    // The revalidate route compares its Bearer secret with the same function, and with nothing else.
    const route = fs.readFileSync(path.join(__dirname, '../../apps/web/src/app/api/revalidate/route.ts'), 'utf8')
    expect(route).toMatch(/secretsMatch\(given, secret\)/)
    expect(route).not.toMatch(/[!=]==?\s*secret\b|secret\s*[!=]==?/)
  })

  test('over HTTP: response times for a wrong secret sharing 0 or 63 leading characters (a figure, not an assertion)', async () => {
    const rounds = 300
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!
    const flip = (value: string) => `${value.slice(0, 63)}${value[63] === '0' ? '1' : '0'}`
    const far = (value: string) => value.replace(/./g, (character) => (character === 'f' ? 'e' : 'f'))
    const revalidateSecret = process.env.REVALIDATE_SECRET!
    const expires = Math.floor(Date.now() / 1000) + 600
    const signature = signPreview(process.env.PREVIEW_SECRET!, '/en/risks/bias', expires)
    const targets = {
      revalidate: (guess: string) =>
        fetch(`${webUrl()}/api/revalidate`, { method: 'POST', headers: { Authorization: `Bearer ${guess}`, 'Content-Type': 'application/json' }, body: '{"tags":["risks"]}' }),
      preview: (guess: string) => fetch(`${webUrl()}/api/preview?path=%2Fen%2Frisks%2Fbias&expires=${expires}&signature=${guess}`, { redirect: 'manual' }),
    }
    const lines: string[] = []
    for (const [name, send] of Object.entries(targets)) {
      const right = name === 'revalidate' ? revalidateSecret : signature
      const guesses = { shares0: far(right), shares63: flip(right) }
      expect(guesses.shares0[0]).not.toBe(right[0])
      const times: Record<keyof typeof guesses, number[]> = { shares0: [], shares63: [] }
      const statuses = new Set<number>()
      for (let round = 0; round < rounds + 20; round += 1) {
        // Alternate the two, so drift in the machine's load affects both alike; the first 20 warm up.
        for (const key of (round % 2 ? ['shares0', 'shares63'] : ['shares63', 'shares0']) as Array<keyof typeof guesses>) {
          const started = process.hrtime.bigint()
          const response = await send(guesses[key])
          await response.arrayBuffer()
          const micros = Number(process.hrtime.bigint() - started) / 1000
          statuses.add(response.status)
          if (round >= 20) times[key].push(micros)
        }
      }
      expect([...statuses]).toEqual([401])
      const line = `${name}: median ${median(times.shares0).toFixed(0)} µs (0 shared) vs ${median(times.shares63).toFixed(0)} µs (63 shared) over ${rounds} requests each`
      lines.push(line)
      recordFigure(`constant time: ${name} wrong secret, 0 vs 63 shared chars`, rounds * 2, 0, line)
    }
    console.log(lines.join('\n'))
  }, 180_000)
})
