import { datePrecision, isPartialDate, keyDateOf, partialDateProblem, partialDateSchema, yearOf } from './dates'

describe('key dates of reduced precision', () => {
  it.each(['2024', '2024-05', '2024-05-21', '2024-02-29', '1945', '2100-12-31'])('accepts %p', (value) => {
    expect(partialDateProblem(value)).toBeNull()
    expect(partialDateSchema.safeParse(value).success).toBe(true)
  })

  it.each([
    ['2023-02-29', 'is not a day of the calendar'],
    ['2024-04-31', 'is not a day of the calendar'],
    ['2024-13', 'YYYY, YYYY-MM or YYYY-MM-DD'],
    ['2024-5', 'YYYY, YYYY-MM or YYYY-MM-DD'],
    ['24', 'YYYY, YYYY-MM or YYYY-MM-DD'],
    ['2024-05-21T00:00:00Z', 'YYYY, YYYY-MM or YYYY-MM-DD'],
    ['May 2024', 'YYYY, YYYY-MM or YYYY-MM-DD'],
    ['1850', 'between 1900 and 2100'],
    [' 2024', 'YYYY, YYYY-MM or YYYY-MM-DD'],
  ])('refuses %p, saying why', (value, why) => {
    expect(partialDateProblem(value)).toContain(why)
    expect(isPartialDate(value)).toBe(false)
    expect(partialDateSchema.safeParse(value).success).toBe(false)
  })

  it('refuses what is not text', () => {
    expect(partialDateProblem(2024)).toBe('The date must be text.')
  })

  it('knows how precise a date is, and its year', () => {
    expect(datePrecision('2024')).toBe('year')
    expect(datePrecision('2024-05')).toBe('month')
    expect(datePrecision('2024-05-21')).toBe('day')
    expect(yearOf('2024-05-21')).toBe(2024)
  })

  it('sorts in date order as text, whatever the precision', () => {
    const dates = ['2025-01-03', '2024', '2024-11', '2023-12-31', '2024-05-21']
    expect([...dates].sort()).toEqual(['2023-12-31', '2024', '2024-05-21', '2024-11', '2025-01-03'])
  })

  it('places an initiative by its entry into force, else its adoption, else its announcement', () => {
    expect(keyDateOf({ announced: '2023-11', adopted: '2024-05-17', inForce: '2025' })).toBe('2025')
    expect(keyDateOf({ announced: '2023-11', adopted: '2024-05-17', inForce: null })).toBe('2024-05-17')
    expect(keyDateOf({ announced: '2023-11' })).toBe('2023-11')
    expect(keyDateOf({})).toBeNull()
    expect(keyDateOf(null)).toBeNull()
  })
})
