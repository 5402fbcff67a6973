import { databasePoolMax } from './environment'

describe('DATABASE_POOL_MAX', () => {
  const saved = process.env.DATABASE_POOL_MAX
  afterEach(() => {
    if (saved === undefined) delete process.env.DATABASE_POOL_MAX
    else process.env.DATABASE_POOL_MAX = saved
  })

  test('defaults to more connections than node-postgres gives, so concurrent saves of one document do not starve', () => {
    delete process.env.DATABASE_POOL_MAX
    expect(databasePoolMax()).toBe(30)
  })

  test('takes a whole number from the environment', () => {
    process.env.DATABASE_POOL_MAX = '12'
    expect(databasePoolMax()).toBe(12)
  })

  test.each(['ten', '1', '4.5', '-3'])('refuses %p with a message naming the setting', (value) => {
    process.env.DATABASE_POOL_MAX = value
    expect(() => databasePoolMax()).toThrow(/DATABASE_POOL_MAX must be a whole number of connections, at least 2/)
  })
})
