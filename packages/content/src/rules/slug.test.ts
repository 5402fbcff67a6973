import { isSlug, slugMaxLength, slugProblem, slugSchema } from './slug'

const accepted: [string, string][] = [
  ['a word and a word', 'red-lines'],
  ['a letter and a digit', 'a1'],
  ['a single character', 'x'],
  ['digits only', '2024'],
  ['several words', 'cass-beggs-et-al-2024'],
  ['120 characters', 'a'.repeat(120)],
  ['120 characters in words', `${'ab-'.repeat(39)}abc`],
]

const refused: [string, unknown, RegExp][] = [
  ['nothing', '', /lower-case/],
  ['capitals', 'Red-Lines', /lower-case/],
  ['a double hyphen', 'red--lines', /single hyphens/],
  ['a leading hyphen', '-x', /hyphens/],
  ['a trailing hyphen', 'x-', /hyphens/],
  ['a space', 'red lines', /lower-case/],
  ['an underscore', 'red_lines', /lower-case/],
  ['an accent', 'réseau', /lower-case/],
  ['a slash', 'risks/bias', /lower-case/],
  ['121 characters', 'a'.repeat(121), /120 characters or fewer/],
  ['a number', 42, /must be text/],
  ['null', null, /must be text/],
  ['undefined', undefined, /must be text/],
]

describe('slugs', () => {
  it('allows at most 120 characters', () => {
    expect(slugMaxLength).toBe(120)
  })

  it.each(accepted)('accepts %s (%p)', (_name, value) => {
    expect(slugProblem(value)).toBeNull()
    expect(isSlug(value)).toBe(true)
  })

  it.each(refused)('refuses %s, saying why', (_name, value, message) => {
    expect(slugProblem(value)).toMatch(message)
    expect(isSlug(value)).toBe(false)
  })

  it.each([...accepted.map(([name, value]) => [name, value] as const), ...refused.map(([name, value]) => [name, value] as const)])(
    'slugSchema agrees with isSlug on %s',
    (_name, value) => {
      expect(slugSchema.safeParse(value).success).toBe(isSlug(value))
    },
  )
})
