import { checkPreviewRequest, signPreview, sitePath } from './preview'

const secret = 'a'.repeat(40)
const now = Date.UTC(2026, 10, 27, 12, 0, 0)
const inAnHour = Math.floor(now / 1000) + 3600

const link = (path: string, expires = inAnHour, key = secret) => new URLSearchParams({ path, expires: String(expires), signature: signPreview(key, path, expires) })

describe('enable-preview links', () => {
  test('a link signed with the shared secret opens that page', () => {
    expect(checkPreviewRequest(link('/fr/risks/bias'), secret, now)).toEqual({ ok: true, path: '/fr/risks/bias' })
    expect(checkPreviewRequest(link('/en/media#the-film'), secret, now)).toEqual({ ok: true, path: '/en/media#the-film' })
  })

  test('a wrong, missing or reused signature is refused with 401', () => {
    expect(checkPreviewRequest(link('/en', inAnHour, 'b'.repeat(40)), secret, now)).toMatchObject({ ok: false, status: 401 })
    const noSignature = link('/en')
    noSignature.delete('signature')
    expect(checkPreviewRequest(noSignature, secret, now)).toMatchObject({ ok: false, status: 401 })
    // A signature for one page does not open another.
    const moved = link('/en/risks/bias')
    moved.set('path', '/en/risks/cybersecurity')
    expect(checkPreviewRequest(moved, secret, now)).toMatchObject({ ok: false, status: 401 })
    // Nor does it last longer than it says.
    const extended = link('/en')
    extended.set('expires', String(inAnHour + 60))
    expect(checkPreviewRequest(extended, secret, now)).toMatchObject({ ok: false, status: 401 })
  })

  test('an expired link, or one that claims to live for days, is refused', () => {
    expect(checkPreviewRequest(link('/en', Math.floor(now / 1000) - 1), secret, now)).toMatchObject({ ok: false, status: 401, error: expect.stringContaining('expired') })
    expect(checkPreviewRequest(link('/en', Math.floor(now / 1000) + 5 * 24 * 3600), secret, now)).toMatchObject({ ok: false, status: 401 })
  })

  test('without a configured secret, preview is off (503), whatever the link', () => {
    expect(checkPreviewRequest(link('/en'), undefined, now)).toMatchObject({ ok: false, status: 503 })
  })

  test.each(['https://evil.example/en', '//evil.example/en', '/\\evil.example', '/\\/evil.example/en', 'javascript:alert(1)', '/xx/risks', 'en/risks', '/en\n/x', ''])(
    'even correctly signed, %j is not a page of this site (400)',
    (path) => {
      expect(checkPreviewRequest(link(path), secret, now)).toMatchObject({ ok: false, status: path ? 400 : 401 })
    },
  )

  test('sitePath keeps query and anchor, and refuses everything off the site', () => {
    expect(sitePath('/ar/references?x=1#maas-2023')).toBe('/ar/references?x=1#maas-2023')
    expect(sitePath('/%2F%2Fevil.example')).toBeNull()
    expect(sitePath('///evil.example')).toBeNull()
    expect(sitePath(null)).toBeNull()
  })
})
