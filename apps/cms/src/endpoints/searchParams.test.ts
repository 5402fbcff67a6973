import { escapeLike, hasWords, parseSearchParams } from './searchParams'

const parse = (query: string) => parseSearchParams(query)

describe('parseSearchParams', () => {
  it('trims q and applies the defaults', () => {
    expect(parse('q=%20red%20lines%20')).toEqual({ ok: true, value: { q: 'red lines', locale: 'en', limit: 20 } })
  })
  it('accepts a known locale and a limit from 1 to 50', () => {
    expect(parse('q=x&locale=fr&limit=50')).toEqual({ ok: true, value: { q: 'x', locale: 'fr', limit: 50 } })
  })
  it.each(['', 'q=', 'q=%20%20', `q=${'a'.repeat(201)}`, 'q=x&locale=xx', 'q=x&limit=0', 'q=x&limit=51', 'q=x&limit=2.5', 'q=x&limit=abc'])(
    'rejects %s',
    (query) => {
      const result = parse(query)
      expect(result.ok).toBe(false)
      if (!result.ok) expect(result.error).toMatch(/\w/)
    },
  )

  it('reads the query string as sent, with or without its "?", + as a space', () => {
    expect(parse('?q=red+lines&limit=5')).toEqual({ ok: true, value: { q: 'red lines', locale: 'en', limit: 5 } })
    expect(parse('q=%F0%9F%98%80%20x')).toEqual({ ok: true, value: { q: '😀 x', locale: 'en', limit: 20 } })
  })

  it.each([
    ['q=%ZZ', /not percent-encoded UTF-8/],
    ['q=%C3%28', /not percent-encoded UTF-8/],
    ['q=%ED%A0%80', /not percent-encoded UTF-8/],
    ['q=a&x=%', /not percent-encoded UTF-8/],
    ['q=%00', /control characters/],
    ['q=a%00b', /control characters/],
    ['q=%1B%5B2J', /control characters/],
    ['q=%C2%85', /control characters/],
    ['q=a&q=b', /"q" is given 2 times/],
    ['q[]=a', /"q" takes one value/],
    ['q[0]=a&q[1]=b', /"q" takes one value/],
    ['q=a&limit[]=1', /"limit" takes one value/],
    ['q=a&limit=1&limit=2', /"limit" is given 2 times/],
    ['q=a&locale=en&locale=fr', /"locale" is given 2 times/],
    ['q=a&locale[]=en', /"locale" takes one value/],
    ['q=a&limit=1e1', /whole number/],
    ['q=a&limit=%205', /whole number/],
    ['q=a&limit=0x10', /whole number/],
  ])('refuses %s with a message', (query, message) => {
    const result = parse(query)
    expect(result).toEqual({ ok: false, error: expect.stringMatching(message) })
  })

  it('takes tabs and line breaks as white space', () => {
    expect(parse('q=%09red%0Alines%0D')).toEqual({ ok: true, value: { q: 'red\nlines', locale: 'en', limit: 20 } })
  })
})

describe('hasWords', () => {
  it.each(['red', 'a:*', '2024', '红线', 'ﻻ', 'é'])('%s has a word', (q) => expect(hasWords(q)).toBe(true))
  it.each(['!!!', '"', '-', '!', '&', ':*', '\\', '%', '😀', '( ) | <->'])('%s has none', (q) => expect(hasWords(q)).toBe(false))
})

describe('escapeLike', () => {
  it('escapes LIKE wildcards and the escape character', () => {
    expect(escapeLike('50%_a\\b')).toBe('50\\%\\_a\\\\b')
  })
})
