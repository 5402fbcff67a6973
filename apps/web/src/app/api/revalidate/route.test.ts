/**
 * @jest-environment node
 */
// The route's refusals without a running server; the real refresh is tested in tests/integration/revalidation.test.ts.
const revalidateTag = jest.fn()
jest.mock('next/cache', () => ({ revalidateTag: (...args: unknown[]) => revalidateTag(...args) }))

import { POST } from './route'

const request = (body: unknown, authorization?: string) =>
  new Request('http://web.test/api/revalidate', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(authorization ? { Authorization: authorization } : {}) },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  })

describe('POST /api/revalidate', () => {
  const saved = process.env.REVALIDATE_SECRET
  beforeEach(() => {
    revalidateTag.mockClear()
    process.env.REVALIDATE_SECRET = 'test-secret'
  })
  afterAll(() => {
    process.env.REVALIDATE_SECRET = saved
  })

  it('answers 503 when no secret is configured', async () => {
    delete process.env.REVALIDATE_SECRET
    jest.spyOn(console, 'error').mockImplementation(() => undefined)
    const response = await POST(request({ tags: ['risks'] }, 'Bearer anything'))
    expect(response.status).toBe(503)
    expect((await response.json()).error).toMatch(/REVALIDATE_SECRET/)
    expect(revalidateTag).not.toHaveBeenCalled()
  })

  it('answers 401 without or with a wrong secret', async () => {
    for (const authorization of [undefined, 'Bearer wrong', 'test-secret', 'Bearer test-secretx']) {
      expect((await POST(request({ tags: ['risks'] }, authorization))).status).toBe(401)
    }
    expect(revalidateTag).not.toHaveBeenCalled()
  })

  it('answers 400 with the issues for bad bodies', async () => {
    for (const body of ['nope', {}, { tags: [] }, { tags: ['Bad Tag'] }, { tags: Array.from({ length: 51 }, (_, index) => `t${index}`) }]) {
      const response = await POST(request(body, 'Bearer test-secret'))
      expect(response.status).toBe(400)
      expect(Array.isArray((await response.json()).issues)).toBe(true)
    }
    expect(revalidateTag).not.toHaveBeenCalled()
  })

  it('expires every tag at once and says which', async () => {
    const response = await POST(request({ tags: ['risks', 'risks:ai-bias', 'global:home'] }, 'Bearer test-secret'))
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ revalidated: ['risks', 'risks:ai-bias', 'global:home'], now: expect.any(Number) })
    expect(revalidateTag.mock.calls).toEqual([
      ['risks', { expire: 0 }],
      ['risks:ai-bias', { expire: 0 }],
      ['global:home', { expire: 0 }],
    ])
  })
})
