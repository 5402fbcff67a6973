import { validateAuthorNames } from './authors'

describe('validateAuthorNames', () => {
  it('accepts people and organisations with names of allowed length, and empty lists', () => {
    expect(validateAuthorNames([{ kind: 'person', given: 'Ana', family: 'Maas' }, { kind: 'organization', name: 'CIGI' }])).toBe(true)
    expect(validateAuthorNames([])).toBe(true)
    expect(validateAuthorNames(undefined)).toBe(true)
  })

  it('checks the names hidden for the kind of author too: they are stored all the same', () => {
    expect(validateAuthorNames([{ kind: 'organization', name: 'CIGI', given: 'x'.repeat(121) }])).toBe('Author 1: the given names must be 120 characters or fewer.')
    expect(validateAuthorNames([{ kind: 'person', family: 'Maas' }, { kind: 'person', family: 'Y', name: 42 }])).toBe('Author 2: the organisation name must be text.')
  })
})
