import {
  earliestYear,
  latestYear,
  normalizeDoi,
  validateDoi,
  validateEmail,
  validateHttpsUrl,
  validateLinkUrl,
  validateSdgs,
  validateSlug,
  validateYear,
} from './validators'
import { slugPattern } from '@global-ai-governance/content'

describe('validateSlug', () => {
  it.each(['red-lines', 'a', 'maas-villalobos-2023', '2024', 'a1-b2-c3'])('accepts %j', (slug) => {
    expect(validateSlug(slug)).toBe(true)
    expect(slug).toMatch(slugPattern)
  })

  it.each([undefined, null, ''])('accepts %j (filled from the title later)', (value) => {
    expect(validateSlug(value)).toBe(true)
  })

  it.each(['Red-lines', 'red lines', 'red--lines', '-red', 'red-', 'red_lines', 'rouge-é', 'a/b', 'red.lines'])(
    'refuses %j with a message naming the allowed characters',
    (slug) => {
      expect(validateSlug(slug)).toBe('Use lower-case letters, digits and single hyphens only (for example "red-lines").')
    },
  )

  it('refuses non-text and over-long slugs', () => {
    expect(validateSlug(12)).toBe('The slug must be text.')
    expect(validateSlug('a'.repeat(121))).toBe('The slug must be 120 characters or fewer.')
    expect(validateSlug('a'.repeat(120))).toBe(true)
  })
})

describe('validateHttpsUrl', () => {
  it.each(['https://example.org', 'https://example.org/page?x=1#y', 'https://sub.example.co.uk:8443/a'])('accepts %j', (url) => {
    expect(validateHttpsUrl(url)).toBe(true)
  })

  it.each([undefined, null, ''])('accepts an empty value (%j)', (value) => {
    expect(validateHttpsUrl(value)).toBe(true)
  })

  it('refuses plain http and other schemes', () => {
    for (const url of ['http://example.org', 'ftp://example.org/file', 'javascript:alert(1)', 'data:text/html,hi']) {
      expect(validateHttpsUrl(url)).toBe('Only secure links are allowed: the address must start with https://.')
    }
  })

  it('refuses text that is not an address', () => {
    for (const url of ['example.org', '/building-blocks', 'not a url']) {
      expect(validateHttpsUrl(url)).toMatch(/^Enter a full web address starting with https:\/\//)
    }
  })

  it('refuses hosts without a domain and addresses with credentials', () => {
    expect(validateHttpsUrl('https://localhost/x')).toBe('The web address needs a full domain name (for example example.org).')
    expect(validateHttpsUrl('https://user:secret@example.org')).toBe('The web address must not contain a user name or password.')
    expect(validateHttpsUrl('https://user@example.org')).toBe('The web address must not contain a user name or password.')
  })

  it('refuses non-text', () => {
    expect(validateHttpsUrl(42)).toBe('The link must be text.')
  })
})

describe('validateYear', () => {
  const now = new Date('2026-06-15T00:00:00Z')

  it('allows 1900 up to five years ahead', () => {
    expect(earliestYear).toBe(1900)
    expect(latestYear(now)).toBe(2031)
    for (const year of [1900, 1968, 2024, 2031, '2024']) expect(validateYear(year, now)).toBe(true)
  })

  it.each([undefined, null, ''])('accepts an empty value (%j)', (value) => {
    expect(validateYear(value, now)).toBe(true)
  })

  it('refuses years out of range, naming the range', () => {
    expect(validateYear(1899, now)).toBe('Enter a year between 1900 and 2031.')
    expect(validateYear(2032, now)).toBe('Enter a year between 1900 and 2031.')
  })

  it('refuses values that are not whole years', () => {
    for (const value of [2024.5, 'twenty', 'abc', Number.NaN]) {
      expect(validateYear(value, now)).toBe('Enter the year as four digits, for example 2024.')
    }
  })

  it('uses the current date by default', () => {
    expect(validateYear(new Date().getUTCFullYear())).toBe(true)
    expect(validateYear(new Date().getUTCFullYear() + 6)).toMatch(/^Enter a year between 1900 and /)
  })
})

describe('DOIs', () => {
  it('normalizes resolver prefixes away', () => {
    expect(normalizeDoi('https://doi.org/10.2139/ssrn.4579773')).toBe('10.2139/ssrn.4579773')
    expect(normalizeDoi('http://dx.doi.org/10.2139/ssrn.4579773')).toBe('10.2139/ssrn.4579773')
    expect(normalizeDoi('doi: 10.2139/ssrn.4579773 ')).toBe('10.2139/ssrn.4579773')
    expect(normalizeDoi('10.2139/ssrn.4579773')).toBe('10.2139/ssrn.4579773')
  })

  it.each(['10.2139/ssrn.4579773', 'https://doi.org/10.2139/ssrn.4579773', 'doi:10.1000/xyz(123)', '10.12345/ABC-def_1.2;3'])('accepts %j', (doi) => {
    expect(validateDoi(doi)).toBe(true)
  })

  it.each([undefined, null, ''])('accepts an empty value (%j)', (value) => {
    expect(validateDoi(value)).toBe(true)
  })

  it.each(['ssrn.4579773', '10.21/abc', '11.2139/ssrn.4579773', '10.2139', 'https://example.org/10.2139/x', '10.2139/has space'])(
    'refuses %j with an example',
    (doi) => {
      expect(validateDoi(doi)).toBe('Enter a DOI such as 10.2139/ssrn.4579773 (without "https://doi.org/").')
    },
  )

  it('refuses non-text', () => {
    expect(validateDoi(10.2139)).toBe('The DOI must be text.')
  })
})

describe('validateSdgs', () => {
  it('accepts goals 1 to 17, one or many, or none', () => {
    for (const value of [[1], [3], [1, 10], [17], [2, 7, 11, 13, 17], [], 4, null, undefined]) {
      expect(validateSdgs(value)).toBe(true)
    }
  })

  it('refuses numbers outside 1–17 and non-integers', () => {
    for (const value of [[0], [18], [1, 18], [2.5], ['x'], -1]) {
      expect(validateSdgs(value)).toBe('Sustainable Development Goals are numbered 1 to 17.')
    }
  })

  it('refuses a goal listed twice', () => {
    expect(validateSdgs([3, 3])).toBe('List each goal only once.')
    expect(validateSdgs([3, '3'])).toBe('List each goal only once.')
  })
})

describe('validateEmail', () => {
  it.each(['team@example.org', 'a.b+c@sub.example.co.uk'])('accepts %j', (email) => {
    expect(validateEmail(email)).toBe(true)
  })

  it.each([undefined, null, ''])('accepts an empty value (%j): the address is optional', (value) => {
    expect(validateEmail(value)).toBe(true)
  })

  it.each(['team', 'team@example', '@example.org', 'team @example.org', '[email protected]', 42])('refuses %j', (value) => {
    expect(validateEmail(value)).toBe('Enter an email address such as team@example.org.')
  })
})

describe('validateLinkUrl (links in rich text)', () => {
  it.each([undefined, null, '', 'https://example.org/a?b=1', 'mailto:team@example.org', 'tel:+41221234567', '/risks/bias', '/fr/risks?x=1#gaps'])(
    'accepts %j',
    (url) => {
      expect(validateLinkUrl(url)).toBe(true)
    },
  )

  // The site renders only these kinds of link, so an editor is told at once rather than seeing plain text on the page.
  it.each([
    ['http://example.org', /https:\/\//],
    ['#gaps', /start with \//],
    ['?q=1', /start with \//],
    ['risks', /start with \//],
    ['//example.org', /another site/],
    ['mailto:nobody', /mailto:team@example.org/],
    ['tel:call-us', /tel:\+/],
  ])('refuses %j, which the site would not show as a link, saying what to write', (url, hint) => {
    expect(validateLinkUrl(url)).toMatch(hint)
  })

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    '\u0001javascript:alert(1)',
    ' javascript:alert(1)',
    'javascript://%0aalert(1)',
    'vbscript:msgbox(1)',
    'data:text/html,<script>alert(1)</script>',
    'file:///etc/passwd',
  ])('refuses %j with a message naming what is allowed', (url) => {
    expect(validateLinkUrl(url)).toMatch(/^Links may only lead to a web address/)
  })

  it('refuses non-text', () => {
    expect(validateLinkUrl(12)).toBe('The link must be text.')
  })
})
