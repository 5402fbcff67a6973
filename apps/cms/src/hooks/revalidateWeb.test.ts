// The after-commit deferral and the HTTP call, with a fake adapter session and fetch: no Payload runtime.
import { afterCommit, sendRevalidation } from './revalidateWeb'

type Session = { resolve: () => Promise<unknown>; reject: () => Promise<unknown> }

const fakeReq = (sessions: Record<string, Session>, transactionID?: string | number | Promise<string | number>) =>
  ({ payload: { db: { sessions } }, transactionID }) as never

const logger = () => ({ info: jest.fn(), warn: jest.fn() })

describe('afterCommit', () => {
  it('waits for the commit and sends the tags of every write in the transaction once', async () => {
    const order: string[] = []
    const session: Session = {
      resolve: async () => {
        order.push('commit')
      },
      reject: async () => undefined,
    }
    const req = fakeReq({ tx1: session }, 'tx1')
    const send = jest.fn((tags: string[]) => order.push(`send ${tags.join(',')}`))
    await afterCommit(req, ['risks', 'risks:a'], send)
    await afterCommit(req, ['risks', 'global:home'], send)
    expect(send).not.toHaveBeenCalled()
    await session.resolve()
    expect(order).toEqual(['commit', 'send risks,risks:a,global:home'])
  })

  it('sends nothing when the transaction rolls back', async () => {
    const session: Session = { resolve: async () => undefined, reject: async () => undefined }
    const send = jest.fn()
    await afterCommit(fakeReq({ tx: session }, 'tx'), ['risks'], send)
    await session.reject()
    await new Promise((resolve) => setTimeout(resolve, 5))
    expect(send).not.toHaveBeenCalled()
  })

  it('accepts a transaction id that is still a promise', async () => {
    const session: Session = { resolve: async () => undefined, reject: async () => undefined }
    const send = jest.fn()
    await afterCommit(fakeReq({ tx: session }, Promise.resolve('tx')), ['risks'], send)
    expect(send).not.toHaveBeenCalled()
    await session.resolve()
    expect(send).toHaveBeenCalledWith(['risks'])
  })

  it('without a transaction sends on the next tick (the write is already visible)', async () => {
    const send = jest.fn()
    await afterCommit(fakeReq({}, undefined), ['global:home'], send)
    expect(send).not.toHaveBeenCalled()
    await new Promise((resolve) => setTimeout(resolve, 5))
    expect(send).toHaveBeenCalledWith(['global:home'])
  })

  it('does nothing for no tags', async () => {
    const send = jest.fn()
    await afterCommit(fakeReq({}, undefined), [], send)
    await new Promise((resolve) => setTimeout(resolve, 5))
    expect(send).not.toHaveBeenCalled()
  })
})

describe('sendRevalidation', () => {
  const saved = { ...process.env }
  afterEach(() => {
    process.env = { ...saved }
  })

  it('POSTs the tags with the bearer secret to WEB_URL/api/revalidate', async () => {
    process.env.REVALIDATE_SECRET = 's3cret'
    process.env.WEB_URL = 'http://web.test:4000/'
    delete process.env.WEB_REVALIDATE_URL
    const fetchImpl = jest.fn(async () => new Response('{}', { status: 200 }))
    const log = logger()
    await sendRevalidation(log, ['risks', 'risks:a'], fetchImpl as unknown as typeof fetch)
    expect(fetchImpl).toHaveBeenCalledTimes(1)
    const [url, init] = fetchImpl.mock.calls[0] as unknown as [string, RequestInit]
    expect(url).toBe('http://web.test:4000/api/revalidate')
    expect(init.method).toBe('POST')
    expect((init.headers as Record<string, string>).Authorization).toBe('Bearer s3cret')
    expect(JSON.parse(String(init.body))).toEqual({ tags: ['risks', 'risks:a'] })
    expect(init.signal).toBeDefined()
    expect(log.warn).not.toHaveBeenCalled()
  })

  it('WEB_REVALIDATE_URL overrides the address', async () => {
    process.env.REVALIDATE_SECRET = 's3cret'
    process.env.WEB_REVALIDATE_URL = 'http://other.test/hook'
    const fetchImpl = jest.fn(async () => new Response('{}', { status: 200 }))
    await sendRevalidation(logger(), ['risks'], fetchImpl as unknown as typeof fetch)
    expect((fetchImpl.mock.calls[0] as unknown as [string])[0]).toBe('http://other.test/hook')
  })

  it('logs a warning, never throws, when the web is down or refuses', async () => {
    process.env.REVALIDATE_SECRET = 's3cret'
    process.env.WEB_URL = 'http://web.test'
    const log = logger()
    const down = jest.fn(async () => {
      throw new Error('connect ECONNREFUSED')
    })
    await expect(sendRevalidation(log, ['risks'], down as unknown as typeof fetch)).resolves.toBeUndefined()
    const refused = jest.fn(async () => new Response('{}', { status: 401 }))
    await sendRevalidation(log, ['risks'], refused as unknown as typeof fetch)
    expect(log.warn).toHaveBeenCalledTimes(2)
    expect(log.warn.mock.calls[1][0]).toContain('401')
  })

  it('sends nothing without a secret, and says so once', async () => {
    delete process.env.REVALIDATE_SECRET
    const log = logger()
    const fetchImpl = jest.fn()
    await sendRevalidation(log, ['risks'], fetchImpl as unknown as typeof fetch)
    await sendRevalidation(log, ['risks'], fetchImpl as unknown as typeof fetch)
    expect(fetchImpl).not.toHaveBeenCalled()
    expect(log.info).toHaveBeenCalledTimes(1)
  })

  it('splits more than 50 tags into several requests', async () => {
    process.env.REVALIDATE_SECRET = 's3cret'
    process.env.WEB_URL = 'http://web.test'
    const fetchImpl = jest.fn(async () => new Response('{}', { status: 200 }))
    await sendRevalidation(logger(), Array.from({ length: 60 }, (_, index) => `t${index}`), fetchImpl as unknown as typeof fetch)
    expect(fetchImpl).toHaveBeenCalledTimes(2)
  })

  describe('the cache nodes (CACHE_PURGE_URLS)', () => {
    const purgeSecret = 'purge-secret-0123456789'
    const calls = (fetchImpl: jest.Mock) => fetchImpl.mock.calls as unknown as [string, RequestInit][]

    beforeEach(() => {
      process.env.REVALIDATE_SECRET = 's3cret'
      process.env.WEB_URL = 'http://web.test'
      process.env.CACHE_PURGE_SECRET = purgeSecret
    })

    it('purges every node by the same tags, after the web has refreshed', async () => {
      process.env.CACHE_PURGE_URLS = 'http://cache-a.test:6081/, http://cache-b.test:6081/'
      const order: string[] = []
      const fetchImpl = jest.fn(async (url: string) => {
        order.push(url)
        return new Response('', { status: 200 })
      })
      const log = logger()
      await sendRevalidation(log, ['risks', 'risks:a'], fetchImpl as unknown as typeof fetch)
      expect(order[0]).toBe('http://web.test/api/revalidate')
      const purges = calls(fetchImpl).slice(1)
      expect(purges.map(([url]) => url).sort()).toEqual(['http://cache-a.test:6081/', 'http://cache-b.test:6081/'])
      for (const [, init] of purges) {
        expect(init.method).toBe('PURGE')
        expect(init.headers).toEqual({ 'xkey-purge': 'risks risks:a', 'X-Purge-Secret': purgeSecret })
      }
      expect(log.warn).not.toHaveBeenCalled()
    })

    it('a node that is down or refuses is logged; the others are still purged', async () => {
      process.env.CACHE_PURGE_URLS = 'http://down.test/ http://refuses.test/ http://fine.test/'
      const fetchImpl = jest.fn(async (url: string) => {
        if (url === 'http://down.test/') throw new Error('connect ECONNREFUSED')
        return new Response('', { status: url === 'http://refuses.test/' ? 403 : 200 })
      })
      const log = logger()
      await expect(sendRevalidation(log, ['risks'], fetchImpl as unknown as typeof fetch)).resolves.toBeUndefined()
      expect(calls(fetchImpl).map(([url]) => url)).toContain('http://fine.test/')
      const warnings = log.warn.mock.calls.map(([message]: [string]) => message).join('\n')
      expect(warnings).toContain('http://down.test/')
      expect(warnings).toMatch(/refuses\.test.*403/)
    })

    it('a node listed without a secret, or not an address, is named in a warning and nothing is purged', async () => {
      for (const [urls, secret, expected] of [
        ['http://cache.test/', '', /CACHE_PURGE_SECRET is not set/],
        ['cache.test:6081', purgeSecret, /"cache.test:6081" is not one/],
        ['ftp://cache.test/', purgeSecret, /"ftp:\/\/cache.test\/" is not one/],
      ] as const) {
        process.env.CACHE_PURGE_URLS = urls
        process.env.CACHE_PURGE_SECRET = secret
        const fetchImpl = jest.fn(async () => new Response('{}', { status: 200 }))
        const log = logger()
        await sendRevalidation(log, ['risks'], fetchImpl as unknown as typeof fetch)
        expect(calls(fetchImpl).map(([, init]) => init.method)).toEqual(['POST'])
        expect(log.warn.mock.calls[0][0]).toMatch(expected)
      }
    })

    it('no node listed: only the web is asked', async () => {
      delete process.env.CACHE_PURGE_URLS
      const fetchImpl = jest.fn(async () => new Response('{}', { status: 200 }))
      await sendRevalidation(logger(), ['risks'], fetchImpl as unknown as typeof fetch)
      expect(fetchImpl).toHaveBeenCalledTimes(1)
    })
  })
})
