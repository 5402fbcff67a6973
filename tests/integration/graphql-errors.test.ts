// GraphQL errors: anonymous callers are not told the schema's names (introspection is off in
// production, and "Did you mean …" would spell the schema out one guess at a time); staff are.
// And documents GraphQL's own rules refuse are answered as errors, never as a 500.
import { adminToken, cmsUrl } from '../support/cms'

type GraphqlAnswer = { status: number; text: string; messages: string[] }

async function graphql(query: string, { token, variables }: { token?: string; variables?: Record<string, unknown> } = {}): Promise<GraphqlAnswer> {
  const response = await fetch(`${cmsUrl()}/api/graphql`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `JWT ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  })
  const text = await response.text()
  const messages = ((JSON.parse(text) as { errors?: Array<{ message: string }> }).errors ?? []).map((error) => error.message)
  return { status: response.status, text, messages }
}

const misspelledField = '{ Risks { docs { titel } } }'
const misspelledType = 'query ($where: Risk_wher) { Risks(where: $where) { docs { title } } }'

describe('GraphQL errors for anonymous callers name no schema', () => {
  test('introspection is off: the schema cannot be listed', async () => {
    const { messages } = await graphql('{ __schema { types { name } } }')
    expect(messages.join(' ')).toMatch(/introspection is not allowed/i)
  })

  test.each([
    ['field', misspelledField, 'Cannot query field "titel" on type "Risk".', '"title"'],
    ['type', misspelledType, 'Unknown type "Risk_wher".', '"Risk_where"'],
  ])('a misspelled %s is an error without "Did you mean"', async (_, query, message, name) => {
    const { status, text, messages } = await graphql(query)
    expect(status).toBeLessThan(500)
    expect(messages).toContain(message)
    expect(text).not.toMatch(/Did you mean/)
    expect(text).not.toContain(name)
  })

  test('a misspelled argument, input field or enum value in a variable tells no names either', async () => {
    for (const [query, variables] of [
      ['{ Risks(wher: {}) { docs { title } } }', undefined],
      ['{ Risks(where: { titel: { equals: "x" } }) { docs { title } } }', undefined],
      ['query ($w: Risk_where) { Risks(where: $w) { docs { title } } }', { w: { titel: { equals: 'x' } } }],
    ] as const) {
      const { status, text, messages } = await graphql(query, { variables })
      expect(status).toBeLessThan(500)
      expect(messages.length).toBeGreaterThan(0)
      expect(text).not.toMatch(/Did you mean/)
    }
  })

  test('staff, who may read the schema, still get the suggestions', async () => {
    const token = await adminToken()
    expect((await graphql(misspelledField, { token })).messages.join(' ')).toMatch(/Did you mean "title"\?/)
    expect((await graphql(misspelledType, { token })).messages.join(' ')).toMatch(/Did you mean "Risk_where"[,?]/)
  })
})

describe('documents GraphQL refuses are answered as errors, not 500', () => {
  test.each([
    ['a fragment cycle', 'fragment a on Risk { ...b } fragment b on Risk { ...a } { Risks { docs { ...a } } }', /Cannot spread fragment/],
    ['an inline fragment on an unknown type', '{ Risks { docs { ... on Nope { title } } } }', /Unknown type "Nope"/],
    ['a subscription', 'subscription { Risks { docs { title } } }', /does not support subscription/],
  ])('%s', async (_, query, message) => {
    const { status, messages } = await graphql(query)
    expect(status).toBeLessThan(500)
    expect(messages.join(' ')).toMatch(message)
  })

  test.each([
    ['a body that is not JSON', 'application/json', '{"query": '],
    ['a body that is not UTF-8', 'application/json', Buffer.from([0x7b, 0x22, 0xc3, 0x28, 0x22, 0x7d])],
    ['a form body', 'application/x-www-form-urlencoded', 'query=%7B%7D'],
    ['a broken multipart body', 'multipart/form-data; boundary=x', '--x\r\nContent-Disposition: form-data; name="a"\r\n\r\n'],
  ])('%s: a 4xx that says what to send', async (_, type, body) => {
    const response = await fetch(`${cmsUrl()}/api/graphql`, { method: 'POST', headers: { 'Content-Type': type }, body })
    expect(response.status).toBeGreaterThanOrEqual(400)
    expect(response.status).toBeLessThan(500)
    const { errors } = (await response.json()) as { errors: Array<{ message: string }> }
    expect(errors[0]?.message).toMatch(/JSON/)
  })

  test('a request that accepts no JSON is told what the API answers in', async () => {
    const response = await fetch(`${cmsUrl()}/api/graphql`, { method: 'POST', headers: { 'Content-Type': 'application/json', Accept: 'text/html' }, body: JSON.stringify({ query: '{ Risks { totalDocs } }' }) })
    expect(response.status).toBe(406)
    expect(((await response.json()) as { errors: Array<{ message: string }> }).errors[0]?.message).toMatch(/JSON/)
  })
})
