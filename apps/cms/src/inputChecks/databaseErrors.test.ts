import { answerClientErrors, clientErrorMessage } from './databaseErrors'

// The error drizzle throws for a failed query: the pg error, with its SQLSTATE, as the cause.
const databaseError = (code: string) => Object.assign(new Error('Failed query: insert into …'), { cause: Object.assign(new Error('db'), { code }) })

describe('clientErrorMessage', () => {
  it.each([
    ['23503', /does not exist/],
    ['22P02', /wrong form/],
    ['22003', /too large or too small/],
    ['2201X', /positive whole numbers/],
    ['22021', /NUL/],
    ['54000', /too long/],
    ['22007', /date/],
    ['42883', /compared in a way its type does not allow/],
  ])('answers SQLSTATE %s as the client’s mistake', (code, message) => {
    expect(clientErrorMessage(databaseError(code))).toMatch(message)
  })

  it('leaves server faults alone: lost connections, missing tables, bugs', () => {
    for (const code of ['08006', '42P01', '57P01', '53300']) expect(clientErrorMessage(databaseError(code))).toBeNull()
    expect(clientErrorMessage(new TypeError("Cannot read properties of undefined (reading 'x')"))).toBeNull()
    expect(clientErrorMessage(new Error('boom'))).toBeNull()
  })

  it('answers a body that is not JSON', () => {
    expect(clientErrorMessage(new SyntaxError('Unexpected token o in JSON at position 1'))).toBe('The request body is not valid JSON.')
  })
})

describe('answerClientErrors', () => {
  const hook = (args: Record<string, unknown>) => (answerClientErrors as any)({ context: {}, req: {}, ...args })

  it('turns a database input error into a 400 with a message', () => {
    expect(hook({ error: databaseError('22P02'), result: { errors: [{ message: 'Something went wrong.' }] } })).toEqual({
      status: 400,
      response: { errors: [{ message: expect.stringMatching(/wrong form/) }] },
    })
  })

  it('changes nothing else', () => {
    expect(hook({ error: new Error('boom'), result: { errors: [{ message: 'Something went wrong.' }] } })).toBeUndefined()
  })

  it('answers GraphQL errors too', () => {
    const result = hook({ error: { originalError: databaseError('23503') }, graphqlResult: { message: 'Something went wrong.', extensions: { statusCode: 500 } } })
    expect(result.graphqlResult).toMatchObject({ message: expect.stringMatching(/does not exist/), extensions: { statusCode: 400 } })
  })
})
