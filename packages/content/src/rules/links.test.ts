import { z } from 'zod'

import { httpsUrlSchema, linkSchema } from './linkSchemas'
import { checkHttpsUrl, checkLink, isHttpsUrl, linkHref } from './links'

describe('checkLink', () => {
  it.each([
    ['https://example.org/x', 'https://example.org/x'],
    ['mailto:team@example.org', 'mailto:team@example.org'],
    ['MAILTO:team@example.org', 'MAILTO:team@example.org'],
    ['mailto:team@example.org?subject=Hello', 'mailto:team@example.org?subject=Hello'],
    ['tel:+41229171234', 'tel:+41229171234'],
    ['tel:022-917.12(34)', 'tel:022-917.12(34)'],
    ['/risks', '/risks'],
    ['/fr/risks?x=1#y', '/fr/risks?x=1#y'],
    ['/', '/'],
    ['  /risks  ', '/risks'],
    ['\t/risks\n', '/risks'],
    ['\ufeff/risks\u2029', '/risks'],
  ])('accepts %p as %p', (value, href) => {
    expect(checkLink(value)).toEqual({ ok: true, href })
  })

  it.each<[string, unknown, RegExp]>([
    ['http', 'http://example.org', /https/],
    ['upper-case http', 'HTTP://example.org', /https/],
    ['javascript:', 'javascript:alert(1)', /https:\/\/.*mailto:.*tel:/],
    ['mixed-case javascript:', 'JaVaScRiPt:alert(1)', /https:\/\//],
    ['javascript: with a tab inside', 'java\tscript:alert(1)', /hidden characters/],
    ['javascript: with a newline inside', 'java\nscript:alert(1)', /hidden characters/],
    ['javascript: after a space', ' javascript:alert(1)', /https:\/\//],
    ['javascript: after a zero-width no-break space', '\ufeffjavascript:alert(1)', /https:\/\//],
    ['data:', 'data:text/html,x', /https:\/\//],
    ['vbscript:', 'vbscript:x', /https:\/\//],
    ['ftp:', 'ftp://x.org', /https:\/\//],
    ['a protocol-relative address', '//evil.example', /another site/],
    ['a backslash after the slash', '/\\evil.example', /another site/],
    ['a relative path', 'risks/bias', /start with \//],
    ['an anchor', '#anchor', /start with \//],
    ['a query', '?x=1', /start with \//],
    ['an https address without a dotted host', 'https://localhost/', /domain name/],
    ['an https address with credentials', 'https://user:pw@example.org', /user name or password/],
    ['an https address with a user name', 'https://user@example.org', /user name or password/],
    ['nothing', '', /needs an address/],
    ['only spaces', '   ', /needs an address/],
    ['a number', 42, /must be text/],
    ['null', null, /must be text/],
    ['undefined', undefined, /must be text/],
    ['an object', { href: '/risks' }, /must be text/],
    ['a line separator (U+2028)', '/risks\u2028x', /hidden characters/],
    ['a line separator (U+2028) before a scheme', 'java\u2028script:alert(1)', /hidden characters/],
    ['a paragraph separator (U+2029)', 'https://example.org/\u2029x', /hidden characters/],
    ['a zero-width no-break space (U+FEFF)', 'java\ufeffscript:alert(1)', /hidden characters/],
    ['a zero-width no-break space inside a path', '/ri\ufeffsks', /hidden characters/],
    ['a no-break space', 'https://example.org/\u00a0x', /hidden characters/],
    ['a space inside', '/risks bias', /hidden characters/],
    ['a NUL', '/risks\u0000', /hidden characters/],
    ['tel: without digits', 'tel:abc', /phone/],
    ['tel: with nothing', 'tel:', /phone/],
    ['mailto: without a domain', 'mailto:nobody', /email/],
    ['mailto: without a dotted domain', 'mailto:nobody@localhost', /email/],
    ['mailto: with two @', 'mailto:a@b@example.org', /email/],
  ])('refuses %s with a message', (_name, value, message) => {
    const result = checkLink(value)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.message).toMatch(message)
  })

  it('gives every refusal a sentence an editor can read', () => {
    for (const value of ['javascript:alert(1)', 'http://example.org', '//evil.example', '', 'tel:abc']) {
      const result = checkLink(value)
      expect(result).toEqual({ ok: false, message: expect.stringMatching(/^[A-Z].{10,}\.$/) })
    }
  })
})

describe('checkHttpsUrl', () => {
  it.each([
    ['https://example.org', 'https://example.org/'],
    ['https://example.org/x?y=1#z', 'https://example.org/x?y=1#z'],
    ['https://www.un.org/en/', 'https://www.un.org/en/'],
    ['HTTPS://Example.ORG/Page', 'https://example.org/Page'],
  ])('accepts %p (as %p)', (value, href) => {
    expect(checkHttpsUrl(value)).toEqual({ ok: true, href })
    expect(isHttpsUrl(value)).toBe(true)
  })

  it.each<[string, unknown, RegExp]>([
    ['http', 'http://example.org', /https/],
    ['mailto', 'mailto:team@example.org', /https/],
    ['ftp', 'ftp://example.org', /https/],
    ['javascript', 'javascript:alert(1)', /https/],
    ['a site path', '/risks', /full web address/],
    ['a protocol-relative address', '//example.org', /full web address/],
    ['no dotted host', 'https://localhost', /domain name/],
    ['credentials', 'https://user:pw@example.org', /user name or password/],
    ['a password only', 'https://:pw@example.org', /user name or password/],
    ['a leading space', ' https://example.org', /spaces/],
    ['a trailing space', 'https://example.org ', /spaces/],
    ['a trailing newline', 'https://example.org\n', /spaces/],
    ['a tab inside', 'https://exa\tmple.org', /hidden characters/],
    ['a zero-width no-break space', 'https://example.org/\ufeff', /hidden characters/],
    ['nothing', '', /full web address/],
    ['not text', 42, /must be text/],
    ['null', null, /must be text/],
  ])('refuses %s', (_name, value, message) => {
    const result = checkHttpsUrl(value)
    expect(result).toEqual({ ok: false, message: expect.stringMatching(message) })
    expect(isHttpsUrl(value)).toBe(false)
  })
})

describe('the address schemas', () => {
  const refusedByTheRule = ['http://example.org', '//evil.example', 'javascript:x', 'https://example.org/report final.pdf', 'https://localhost/']

  it.each(refusedByTheRule.map((value) => [value]))('read %p, which the rule refuses, so the page renders it as text instead of failing', (value) => {
    expect(checkLink(value).ok && checkHttpsUrl(value).ok).toBe(false)
    expect(linkSchema.safeParse(value).success).toBe(true)
    expect(httpsUrlSchema.safeParse(value).success).toBe(true)
    expect(linkHref(value, 'en')).toBeNull()
  })

  it('name the rule they stand for (the contract test pairs each with the CMS field that applies it)', () => {
    expect(z.globalRegistry.get(linkSchema)).toEqual({ rule: 'link' })
    expect(z.globalRegistry.get(httpsUrlSchema)).toEqual({ rule: 'https-url' })
  })

  it('refuse values that are not text', () => {
    expect(linkSchema.safeParse(42).success).toBe(false)
    expect(httpsUrlSchema.safeParse(null).success).toBe(false)
  })
})
