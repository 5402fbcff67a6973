import { shortCitation } from './citations'

describe('shortCitation', () => {
  const person = (family: string) => ({ kind: 'person', family })
  test.each([
    [[person('Maas'), person('Villalobos')], 2023, 'Maas and Villalobos, 2023'],
    [[person('Villalobos'), person('Maas'), person('Winter')], 2026, 'Villalobos, Maas and Winter, 2026'],
    [[person('Cass-Beggs'), person('Clare'), person('Dimowo'), person('Kara')], 2024, 'Cass-Beggs, Clare and others, 2024'],
    [[{ kind: 'organization', name: 'OECD' }], 2019, 'OECD, 2019'],
    [[], 2020, '2020'],
  ])('%j %i → %s', (authors, year, expected) => {
    expect(shortCitation({ authors, year })).toBe(expected)
  })
})
