import { escapeLike, parseSearchParams } from './searchParams'

const parse = (query: string) => parseSearchParams(new URLSearchParams(query))

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
})

describe('escapeLike', () => {
  it('escapes LIKE wildcards and the escape character', () => {
    expect(escapeLike('50%_a\\b')).toBe('50\\%\\_a\\\\b')
  })
})
