import { databasePoolMax, jobsAutoRun, trustedOrigins } from './environment'

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

describe('CMS_EXTRA_ORIGINS', () => {
  const saved = { ...process.env }
  afterEach(() => {
    process.env = { ...saved }
  })
  test('the other instances’ addresses are trusted too, a bad one is refused by name', () => {
    process.env.CMS_PUBLIC_URL = 'http://127.0.0.1:3001'
    process.env.WEB_PUBLIC_URL = 'https://site.example.org'
    process.env.CMS_EXTRA_ORIGINS = 'http://127.0.0.1:3002, https://cms-2.example.org/'
    expect(trustedOrigins()).toEqual(expect.arrayContaining(['http://127.0.0.1:3001', 'http://127.0.0.1:3002', 'http://localhost:3002', 'https://cms-2.example.org']))
    process.env.CMS_EXTRA_ORIGINS = 'https://cms-2.example.org/admin'
    expect(() => trustedOrigins()).toThrow('"https://cms-2.example.org/admin" is not one')
    process.env.CMS_EXTRA_ORIGINS = 'cms-2:3001'
    expect(() => trustedOrigins()).toThrow('"cms-2:3001" is not one')
  })
})

describe('trustedOrigins (CORS and CSRF)', () => {
  const saved = { cms: process.env.CMS_PUBLIC_URL, web: process.env.WEB_PUBLIC_URL }
  afterEach(() => {
    for (const [name, value] of [['CMS_PUBLIC_URL', saved.cms], ['WEB_PUBLIC_URL', saved.web]] as const) {
      if (value === undefined) delete process.env[name]
      else process.env[name] = value
    }
  })

  test('an admin at 127.0.0.1 is also trusted at localhost: a save from either keeps its sign-in', () => {
    process.env.CMS_PUBLIC_URL = 'http://127.0.0.1:3101'
    process.env.WEB_PUBLIC_URL = 'http://127.0.0.1:3100'
    expect(trustedOrigins()).toEqual(['http://127.0.0.1:3101', 'http://localhost:3101', 'http://127.0.0.1:3100', 'http://localhost:3100'])
  })

  test('a public address gets no twin', () => {
    process.env.CMS_PUBLIC_URL = 'https://cms.governance.example'
    process.env.WEB_PUBLIC_URL = 'https://governance.example'
    expect(trustedOrigins()).toEqual(['https://cms.governance.example', 'https://governance.example'])
  })
})

describe('JOBS_AUTORUN', () => {
  const saved = process.env.JOBS_AUTORUN
  afterEach(() => {
    if (saved === undefined) delete process.env.JOBS_AUTORUN
    else process.env.JOBS_AUTORUN = saved
  })

  test('on unless set to false: the one CMS of npm start runs scheduled publishing itself', () => {
    delete process.env.JOBS_AUTORUN
    expect(jobsAutoRun()).toBe(true)
    process.env.JOBS_AUTORUN = 'false'
    expect(jobsAutoRun()).toBe(false)
    process.env.JOBS_AUTORUN = ' TRUE '
    expect(jobsAutoRun()).toBe(true)
  })

  test('anything else is refused with the values it takes, rather than guessed', () => {
    process.env.JOBS_AUTORUN = 'no'
    expect(() => jobsAutoRun()).toThrow('JOBS_AUTORUN must be "true" or "false" (it is "no").')
  })
})
