import type { FieldHook } from 'payload'

import { duplicateSlug, slugField, toSlug } from './slug'
import { slugPattern } from '@global-ai-governance/content'

describe('toSlug', () => {
  it.each([
    ['Red lines', 'red-lines'],
    ['Advancing other SDGs', 'advancing-other-sdgs'],
    ['Can Diplomats Save The World Again?', 'can-diplomats-save-the-world-again'],
    ['ProHuman: Governing the Global AI Revolution', 'prohuman-governing-the-global-ai-revolution'],
    ['José Jaime Villalobos', 'jose-jaime-villalobos'],
    ['Cass-Beggs et al 2024', 'cass-beggs-et-al-2024'],
    ['Health & education', 'health-and-education'],
    ['  spaced   out  ', 'spaced-out'],
    ['x -- y', 'x-y'],
    ['--a--', 'a'],
    ["AI's future", 'ais-future'],
    ['1.5 degrees', '15-degrees'],
  ])('%j → %j', (input, expected) => {
    expect(toSlug(input)).toBe(expected)
  })

  it('returns an empty string when nothing URL-safe is left', () => {
    expect(toSlug('')).toBe('')
    expect(toSlug('---')).toBe('')
    expect(toSlug('?!')).toBe('')
  })

  it('keeps slugs to 120 characters without a trailing hyphen', () => {
    const slug = toSlug(`${'a'.repeat(119)} b`)
    expect(slug).toBe('a'.repeat(119))
    expect(toSlug('word '.repeat(60)).length).toBeLessThanOrEqual(120)
    expect(toSlug('word '.repeat(60))).not.toMatch(/-$/)
  })

  it('always matches the slug pattern when not empty', () => {
    for (const input of ['Loss of control!', 'Émergence — “AI”', 'a_b c', 'Über 100 %', 'R&D: 2024/25']) {
      const slug = toSlug(input)
      expect(slug).not.toBe('')
      expect(slug).toMatch(slugPattern)
    }
  })
})

describe('slugField', () => {
  const field = slugField()
  const fill = field.hooks!.beforeValidate![0] as FieldHook
  const run = (value: unknown, data: Record<string, unknown> = {}, siblingData: Record<string, unknown> = {}) =>
    fill({ value, data, siblingData } as unknown as Parameters<FieldHook>[0])
  const validate = field.validate as unknown as (value: unknown) => true | string

  it('is a required, unique, indexed text field', () => {
    expect(field).toMatchObject({ name: 'slug', type: 'text', unique: true, index: true, required: true })
  })

  it('fills an empty slug from the title', () => {
    expect(run(undefined, { title: 'Safety standards' })).toBe('safety-standards')
    expect(run('', { title: 'Safety standards' })).toBe('safety-standards')
    expect(run('   ', {}, { title: 'Benefit sharing' })).toBe('benefit-sharing')
  })

  it("keeps an editor's slug, trimmed", () => {
    expect(run(' my-slug ', { title: 'Something else' })).toBe('my-slug')
  })

  it('leaves the value alone when there is no title', () => {
    expect(run(undefined, {})).toBeUndefined()
    expect(run('', { title: 42 })).toBe('')
  })

  it('uses a custom source', () => {
    const custom = slugField((data) => (typeof data.name === 'string' ? data.name : undefined))
    const hook = custom.hooks!.beforeValidate![0] as FieldHook
    expect(hook({ value: undefined, data: { name: 'Maas Villalobos 2023' }, siblingData: {} } as unknown as Parameters<FieldHook>[0])).toBe(
      'maas-villalobos-2023',
    )
  })

  it('requires a slug and checks its form', () => {
    for (const empty of [undefined, null, '']) expect(validate(empty)).toMatch(/slug is required/i)
    expect(validate('red-lines')).toBe(true)
    expect(validate('Red Lines')).toMatch(/lower-case letters, digits and single hyphens/)
    expect(validate('a'.repeat(121))).toMatch(/120 characters or fewer/)
  })
})

describe('duplicateSlug', () => {
  it('gives a duplicate a valid slug of its own, within 120 characters', () => {
    const now = Date.UTC(2026, 0, 1)
    expect(duplicateSlug('red-lines', now)).toBe(`red-lines-copy-${now.toString(36)}`)
    expect(duplicateSlug('red-lines', now)).toMatch(slugPattern)
    const long = duplicateSlug(`${'a'.repeat(100)}-${'b'.repeat(19)}`, now) as string
    expect(long.length).toBeLessThanOrEqual(120)
    expect(long).toMatch(slugPattern)
    expect(duplicateSlug('', now)).toBe('')
    expect(duplicateSlug(undefined, now)).toBeUndefined()
  })
})
