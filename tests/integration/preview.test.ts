/**
 * Draft preview, end to end over HTTP: the web's enable-preview route (signed
 * links only, pages of this site only), what a preview shows and what an
 * anonymous visitor keeps seeing, and the web's own draft credential (reads
 * drafts, writes nothing). Documents are made here, with unique slugs.
 */
import { createHmac } from 'node:crypto'

import { api, madeHere, staffToken, uniqueSuffix } from '../support/cms'
import { webUrl } from '../support/pages'

const secret = () => process.env.PREVIEW_SECRET!
const previewKey = () => process.env.PREVIEW_API_KEY!
const inTenMinutes = () => Math.floor(Date.now() / 1000) + 600

const sign = (path: string, expires: number, key = secret()) => createHmac('sha256', key).update(`${path}\n${expires}`).digest('hex')
const previewQuery = (path: string, { expires = inTenMinutes(), key = secret() }: { expires?: number; key?: string } = {}) =>
  new URLSearchParams({ path, expires: String(expires), signature: sign(path, expires, key) })

const made = madeHere()
afterAll(() => made.removeAll())

const web = (path: string, init: RequestInit = {}) => fetch(`${webUrl()}${path}`, { redirect: 'manual', ...init })

/** Opens a preview link and returns the draft-mode cookie it set. */
async function enterPreview(path: string): Promise<string> {
  const response = await web(`/api/preview?${previewQuery(path)}`)
  expect(response.status).toBe(307)
  const cookie = response.headers.get('set-cookie') ?? ''
  const value = /__prerender_bypass=([^;]+)/.exec(cookie)?.[1]
  if (!value) throw new Error(`no draft-mode cookie in ${cookie}`)
  return `__prerender_bypass=${value}`
}

const page = async (path: string, cookie?: string) => {
  const response = await web(path, cookie ? { headers: { cookie } } : {})
  return { status: response.status, html: await response.text(), headers: response.headers }
}

describe('the enable-preview route', () => {
  test.each([
    ['a wrong secret', () => previewQuery('/en', { key: 'not-the-secret-'.repeat(3) })],
    ['no signature', () => new URLSearchParams({ path: '/en', expires: String(inTenMinutes()) })],
    ['an expired link', () => previewQuery('/en', { expires: Math.floor(Date.now() / 1000) - 5 })],
    [
      'a signature for another page',
      () => {
        const query = previewQuery('/en/risks/bias')
        query.set('path', '/en/risks/cybersecurity')
        return query
      },
    ],
  ])('refuses %s with 401 and sets no cookie', async (_, query) => {
    const response = await web(`/api/preview?${query()}`)
    expect(response.status).toBe(401)
    expect(response.headers.get('set-cookie')).toBeNull()
    expect(response.headers.get('location')).toBeNull()
    expect((await response.json()).error).toMatch(/preview link/)
  })

  test.each(['https://evil.example/en', '//evil.example/en', '/\\evil.example/en', '/\\/evil.example', 'http:/evil.example', '/xx/not-a-language'])(
    'even with a valid signature, %j is not a page of this site: 400, no cookie, no redirect',
    async (target) => {
      const response = await web(`/api/preview?${previewQuery(target)}`)
      expect(response.status).toBe(400)
      expect(response.headers.get('set-cookie')).toBeNull()
      expect(response.headers.get('location')).toBeNull()
    },
  )

  test('a valid link turns draft mode on with an HttpOnly cookie and redirects to the relative path', async () => {
    const response = await web(`/api/preview?${previewQuery('/fr/risks/bias')}`)
    expect(response.status).toBe(307)
    expect(response.headers.get('location')).toBe('/fr/risks/bias')
    expect(response.headers.get('set-cookie')).toMatch(/__prerender_bypass=[^;]+;.*HttpOnly/i)
  })

  test('exit turns it off and goes back to the page, never to another site', async () => {
    const cookie = await enterPreview('/en')
    const exit = await web('/api/preview/exit', { method: 'POST', headers: { cookie }, body: new URLSearchParams({ path: '/en/risks/bias' }) })
    expect(exit.status).toBe(303)
    expect(exit.headers.get('location')).toBe('/en/risks/bias')
    expect(exit.headers.get('set-cookie')).toMatch(/__prerender_bypass=;.*Expires=Thu, 01 Jan 1970/i)
    const away = await web(`/api/preview/exit?path=${encodeURIComponent('//evil.example/en')}`)
    expect(away.headers.get('location')).toBe('/')
  })
})

describe('what a preview shows, and what visitors keep seeing', () => {
  let editor: string
  beforeAll(async () => {
    editor = (await staffToken('editor')).token
  })

  test('a draft never published: 404 for visitors, the draft with a banner and its time in preview', async () => {
    const slug = `preview-new-${uniqueSuffix()}`
    const created = await api('/api/risks?draft=true', {
      method: 'POST',
      token: editor,
      body: { title: 'A risk only staff can see', slug, order: 900, summary: 'Unpublished words for the preview.', _status: 'draft' },
    })
    expect(created.status).toBe(201)
    made.add('risks', created.body.doc)
    const path = `/en/risks/${slug}`
    expect((await page(path)).status).toBe(404)

    const cookie = await enterPreview(path)
    const preview = await page(path, cookie)
    expect(preview.status).toBe(200)
    expect(preview.html).toContain('Unpublished words for the preview.')
    expect(preview.html).toContain('Draft preview')
    expect(preview.html).toMatch(/Draft saved \d{1,2} [A-Z][a-z]+ \d{4} at \d{2}:\d{2} UTC/)
    expect(preview.html).toContain('action="/api/preview/exit"')
    // Never stored for others, and the CMS may frame it for live preview.
    expect(preview.headers.get('cache-control')).toMatch(/private|no-store/)
    expect(preview.headers.get('content-security-policy')).toContain(`frame-ancestors 'self' ${process.env.CMS_URL}`)
    expect(preview.headers.get('x-frame-options')).toBeNull()

    // The preview did not put the draft into the shared cache.
    const after = await page(path)
    expect(after.status).toBe(404)
    expect(after.html).not.toContain('Unpublished words for the preview.')
  })

  test('a draft edit of a published page: visitors keep the published text, even with a forged cookie', async () => {
    const slug = `preview-edit-${uniqueSuffix()}`
    const created = await api('/api/risks', {
      method: 'POST',
      token: editor,
      body: { title: 'A published risk', slug, order: 901, summary: 'The published summary.', _status: 'published' },
    })
    expect(created.status).toBe(201)
    made.add('risks', created.body.doc)
    const edited = await api(`/api/risks/${created.body.doc.id}?draft=true`, { method: 'PATCH', token: editor, body: { summary: 'The draft summary.', _status: 'draft' } })
    expect(edited.status).toBe(200)
    const path = `/en/risks/${slug}`

    const visitor = await page(path)
    expect(visitor.html).toContain('The published summary.')
    expect(visitor.html).not.toContain('The draft summary.')
    expect(visitor.html).not.toContain('Draft preview')
    expect(visitor.headers.get('x-frame-options')).toBe('DENY')

    const preview = await page(path, await enterPreview(path))
    expect(preview.html).toContain('The draft summary.')

    const forgedCookie = await page(path, '__prerender_bypass=0123456789abcdef')
    expect(forgedCookie.html).toContain('The published summary.')
    expect(forgedCookie.html).not.toContain('The draft summary.')
    expect(forgedCookie.html).not.toContain('Draft preview')

    expect((await page(path)).html).toContain('The published summary.')
  })
})

describe('the web app’s draft credential (PREVIEW_API_KEY)', () => {
  const asPreview = () => ({ headers: { Authorization: `users API-Key ${previewKey()}` } })
  let draftId: number
  beforeAll(async () => {
    const { token } = await staffToken('editor')
    const created = await api('/api/risks?draft=true', {
      method: 'POST',
      token,
      body: { title: 'Draft for the preview key', slug: `preview-key-${uniqueSuffix()}`, order: 902, summary: 'Only staff and the preview key read this.', _status: 'draft' },
    })
    draftId = made.add('risks', created.body.doc).id
  })

  test('reads drafts', async () => {
    const read = await api(`/api/risks/${draftId}?draft=true&depth=0`, asPreview())
    expect(read.status).toBe(200)
    expect(read.body.summary).toBe('Only staff and the preview key read this.')
    // Without the key (or with a wrong one) the draft does not exist.
    expect((await api(`/api/risks/${draftId}?draft=true`)).status).toBe(404)
    expect((await api(`/api/risks/${draftId}?draft=true`, { headers: { Authorization: `users API-Key ${'0'.repeat(64)}` } })).status).toBe(404)
  })

  test('writes nothing, reads no versions and no other user', async () => {
    const refused = [
      await api('/api/risks', { method: 'POST', body: { title: 'x', slug: `key-${uniqueSuffix()}`, order: 1, summary: 'x', _status: 'draft' }, ...asPreview() }),
      await api(`/api/risks/${draftId}?draft=true`, { method: 'PATCH', body: { summary: 'changed by the key', _status: 'draft' }, ...asPreview() }),
      await api(`/api/risks/${draftId}`, { method: 'DELETE', ...asPreview() }),
      await api('/api/globals/home?draft=true', { method: 'POST', body: { hero: { heading: 'changed by the key' }, _status: 'draft' }, ...asPreview() }),
      await api('/api/risks/versions', asPreview()),
      await api('/api/media', { method: 'POST', body: new FormData(), ...asPreview() }),
    ]
    expect(refused.map((answer) => answer.status)).toEqual([403, 403, 403, 403, 403, 403])
    const me = await api('/api/users/me', asPreview())
    expect(me.body.user.role).toBe('previewer')
    const self = await api(`/api/users/${me.body.user.id}`, { method: 'PATCH', body: { role: 'admin', name: 'escalated' }, ...asPreview() })
    expect(self.status).toBe(403)
    const users = await api('/api/users', asPreview())
    expect(users.body.docs.map((user: { role: string }) => user.role)).toEqual(['previewer'])
    expect((await api(`/api/risks/${draftId}?draft=true&depth=0`, asPreview())).body.summary).toBe('Only staff and the preview key read this.')
  })

  test('cannot use the admin panel', async () => {
    const { token } = await staffToken('contributor')
    expect((await api('/api/access', { token })).body.canAccessAdmin).toBe(true)
    expect((await api('/api/access', asPreview())).body.canAccessAdmin ?? false).toBe(false)
  })
})
