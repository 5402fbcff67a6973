import { PREVIEW_LINK_LIFETIME_SECONDS, PREVIEW_LINK_MAX_LIFETIME_SECONDS, checkPreviewRequest, previewLink, signPreview, sitePath } from './preview'
import { secretsMatch } from './secrets'

const secret = 'a-long-preview-secret-only-the-servers-know'
const webUrl = 'https://site.example'
const hour = 60 * 60 * 1000
/** 2026-11-27T09:00:00Z, on the hour. */
const onTheHour = Date.UTC(2026, 10, 27, 9)

const paramsOf = (link: string) => new URL(link).searchParams
const signed = (path: string, expires: number, key = secret) =>
  new URLSearchParams({ path, expires: String(expires), signature: signPreview(key, path, expires) })
const seconds = (ms: number) => Math.floor(ms / 1000)

describe('previewLink', () => {
  it('leads to the site’s enable-preview route with the path, an expiry and an HMAC', () => {
    const link = previewLink(webUrl, secret, '/fr/risks/ai-bias', onTheHour + 1)
    const url = new URL(link)
    expect(`${url.origin}${url.pathname}`).toBe('https://site.example/api/preview')
    expect(url.searchParams.get('path')).toBe('/fr/risks/ai-bias')
    const expires = Number(url.searchParams.get('expires'))
    expect(Number.isInteger(expires)).toBe(true)
    expect(url.searchParams.get('signature')).toBe(signPreview(secret, '/fr/risks/ai-bias', expires))
    expect(url.searchParams.get('signature')).toMatch(/^[0-9a-f]{64}$/)
  })

  it('never carries the secret', () => {
    const link = previewLink(webUrl, secret, '/en', onTheHour)
    expect(link).not.toContain(secret)
    expect(link).not.toContain(encodeURIComponent(secret))
    expect([...paramsOf(link).keys()].sort()).toEqual(['expires', 'path', 'signature'])
  })

  it('keeps a path with a query and an anchor intact', () => {
    const path = '/es/media?x=1&y=2#the-film'
    const link = previewLink(webUrl, secret, path, onTheHour)
    expect(paramsOf(link).get('path')).toBe(path)
    expect(checkPreviewRequest(paramsOf(link), secret, onTheHour)).toEqual({ ok: true, path })
  })

  it('stays the same within the hour, so the Live Preview pane does not reload', () => {
    const first = previewLink(webUrl, secret, '/en/risks', onTheHour + 1)
    for (const offset of [1000, 15 * 60 * 1000, 59 * 60 * 1000, hour]) {
      expect(previewLink(webUrl, secret, '/en/risks', onTheHour + offset)).toBe(first)
    }
    expect(previewLink(webUrl, secret, '/en/risks', onTheHour + hour + 1)).not.toBe(first)
  })

  it('differs for another page and another secret', () => {
    const link = previewLink(webUrl, secret, '/en/risks', onTheHour)
    expect(paramsOf(previewLink(webUrl, secret, '/en/benefits', onTheHour)).get('signature')).not.toBe(paramsOf(link).get('signature'))
    expect(paramsOf(previewLink(webUrl, 'another-secret', '/en/risks', onTheHour)).get('signature')).not.toBe(paramsOf(link).get('signature'))
  })

  it('works for at least the promised lifetime and never claims more than the site allows', () => {
    for (const offset of [0, 1, 999, 1000, 1001, 30 * 60 * 1000, hour - 1000, hour - 1]) {
      const now = onTheHour + offset
      const expires = Number(paramsOf(previewLink(webUrl, secret, '/en', now)).get('expires'))
      expect(expires - now / 1000).toBeGreaterThanOrEqual(PREVIEW_LINK_LIFETIME_SECONDS)
      expect(expires - seconds(now)).toBeLessThanOrEqual(PREVIEW_LINK_MAX_LIFETIME_SECONDS)
    }
  })
})

describe('checkPreviewRequest', () => {
  const accepted = (path: string) => ({ ok: true, path })
  const status = (code: number) => expect.objectContaining({ ok: false, status: code, error: expect.any(String) })

  it('accepts a link from previewLink and gives its page', () => {
    const link = previewLink(webUrl, secret, '/ar/building-blocks/red-lines', onTheHour + 1234)
    expect(checkPreviewRequest(paramsOf(link), secret, onTheHour + 1234)).toEqual(accepted('/ar/building-blocks/red-lines'))
  })

  it('accepts a link made now, at any moment of the hour', () => {
    for (const offset of [0, 1, 500, 999, 1000, 1001, 60 * 1000, 30 * 60 * 1000, hour - 1000, hour - 1, hour]) {
      const now = onTheHour + offset
      expect({ offset, check: checkPreviewRequest(paramsOf(previewLink(webUrl, secret, '/en', now)), secret, now) }).toEqual({
        offset,
        check: accepted('/en'),
      })
    }
  })

  it('accepts a link until it expires and refuses it afterwards (401)', () => {
    const made = onTheHour + 1
    const params = paramsOf(previewLink(webUrl, secret, '/en/risks', made))
    const expires = Number(params.get('expires'))
    expect(checkPreviewRequest(params, secret, made + PREVIEW_LINK_LIFETIME_SECONDS * 1000).ok).toBe(true)
    expect(checkPreviewRequest(params, secret, expires * 1000).ok).toBe(true)
    expect(checkPreviewRequest(params, secret, expires * 1000 + 1000)).toEqual(status(401))
    expect(checkPreviewRequest(params, secret, expires * 1000 + 24 * hour)).toEqual(status(401))
  })

  it('refuses a correctly signed link that claims to live longer than any link it makes (401)', () => {
    const now = onTheHour + 1
    const nowSeconds = seconds(now)
    expect(checkPreviewRequest(signed('/en', nowSeconds + PREVIEW_LINK_MAX_LIFETIME_SECONDS), secret, now).ok).toBe(true)
    expect(checkPreviewRequest(signed('/en', nowSeconds + PREVIEW_LINK_MAX_LIFETIME_SECONDS + 1), secret, now)).toEqual(status(401))
    expect(checkPreviewRequest(signed('/en', nowSeconds + 365 * 24 * 3600), secret, now)).toEqual(status(401))
  })

  it('refuses a link signed with another secret (401)', () => {
    const link = previewLink(webUrl, 'not-the-secret', '/en', onTheHour)
    expect(checkPreviewRequest(paramsOf(link), secret, onTheHour)).toEqual(status(401))
  })

  it('refuses a link without a signature, path or expiry (401)', () => {
    const params = paramsOf(previewLink(webUrl, secret, '/en', onTheHour))
    for (const name of ['signature', 'path', 'expires']) {
      const without = new URLSearchParams(params)
      without.delete(name)
      expect({ without: name, check: checkPreviewRequest(without, secret, onTheHour) }).toEqual({ without: name, check: status(401) })
    }
    const empty = new URLSearchParams(params)
    empty.set('signature', '')
    expect(checkPreviewRequest(empty, secret, onTheHour)).toEqual(status(401))
    expect(checkPreviewRequest(new URLSearchParams(), secret, onTheHour)).toEqual(status(401))
  })

  it('refuses a signature made for another page (401)', () => {
    const params = paramsOf(previewLink(webUrl, secret, '/en/risks', onTheHour))
    params.set('path', '/en/benefits')
    expect(checkPreviewRequest(params, secret, onTheHour)).toEqual(status(401))
  })

  it('refuses a signature made for another expiry (401)', () => {
    const params = paramsOf(previewLink(webUrl, secret, '/en/risks', onTheHour))
    params.set('expires', String(Number(params.get('expires')) - 1))
    expect(checkPreviewRequest(params, secret, onTheHour)).toEqual(status(401))
  })

  it('refuses an expiry that is not a whole number (401)', () => {
    for (const expires of ['soon', '1.5', 'Infinity']) {
      const params = new URLSearchParams({ path: '/en', expires, signature: signPreview(secret, '/en', Number(expires)) })
      expect(checkPreviewRequest(params, secret, onTheHour)).toEqual(status(401))
    }
  })

  it('says nothing about the page of a forged link (401, not 400)', () => {
    const params = new URLSearchParams({ path: 'https://evil.example/en', expires: String(seconds(onTheHour) + 60), signature: 'f'.repeat(64) })
    expect(checkPreviewRequest(params, secret, onTheHour)).toEqual(status(401))
  })

  it.each([['https://evil.example/en'], ['//evil.example/en'], ['/\\evil.example/en'], ['http:/evil.example'], ['/xx/not-a-language'], ['/'], ['/en\n/x'], ['/en/../evil']])(
    'refuses to open %p even when correctly signed (400)',
    (path) => {
      expect(checkPreviewRequest(signed(path, seconds(onTheHour) + 60), secret, onTheHour)).toEqual(status(400))
    },
  )

  it.each([[undefined], ['']])('is unavailable when the secret is %p (503)', (missing) => {
    const params = paramsOf(previewLink(webUrl, secret, '/en', onTheHour))
    expect(checkPreviewRequest(params, missing, onTheHour)).toEqual(status(503))
    expect(checkPreviewRequest(signed('/en', seconds(onTheHour) + 60, ''), missing, onTheHour)).toEqual(status(503))
  })
})

describe('sitePath', () => {
  it.each([
    ['/en', '/en'],
    ['/fr/risks/ai-bias', '/fr/risks/ai-bias'],
    ['/es/media#the-film', '/es/media#the-film'],
    ['/zh/search?q=bias', '/zh/search?q=bias'],
    ['/en/risks/../benefits', '/en/benefits'],
  ])('keeps the site page %p as %p', (value, expected) => {
    expect(sitePath(value)).toBe(expected)
  })

  it.each([
    [null],
    [''],
    ['en/risks'],
    ['https://evil.example/en'],
    ['//evil.example/en'],
    ['/\\evil.example/en'],
    ['/en\\..\\..\\evil'],
    ['http:/evil.example'],
    ['/xx/not-a-language'],
    ['/english'],
    ['/'],
    ['/en/..'],
    ['/en/%2e%2e/evil'],
    ['/en\t/risks'],
    ['/en/\u0000'],
    [`/en/${'x'.repeat(500)}`],
  ])('refuses %p', (value) => {
    expect(sitePath(value)).toBeNull()
  })
})

describe('secretsMatch', () => {
  it('is true for the same secret', () => {
    expect(secretsMatch(secret, `${secret}`)).toBe(true)
    expect(secretsMatch('', '')).toBe(true)
  })

  it.each([
    ['a different secret of the same length', 'abcdef', 'abcdeg'],
    ['a longer one', 'abcdef', 'abcdefg'],
    ['a shorter one', 'abcdef', 'abc'],
    ['an empty one', '', 'abc'],
    ['another case', 'Secret', 'secret'],
  ])('is false for %s', (_name, given, expected) => {
    expect(secretsMatch(given, expected)).toBe(false)
  })
})
