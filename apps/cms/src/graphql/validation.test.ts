import { buildSchema, parse, specifiedRules, validate, type DocumentNode, type ExecutionArgs } from 'graphql'

import { graphqlRequestProblem, messageForEmptyAnswer } from './http'
import { validateBeforePayload } from './validation'

const schema = buildSchema(`
  enum Status { draft published }
  input Risk_where { title: String, status: Status }
  type Risk { title: String, summary: String, related: [Risk] }
  type Query { Risks(where: Risk_where): [Risk], Risk(id: Int!): Risk }
  type Mutation { updateRisk(id: Int!, title: String): Risk }
`)

const anonymous = { req: { user: null } }
const editor = { req: { user: { id: 1, role: 'editor' } } }
const previewKey = { req: { user: { id: 2, role: 'previewer' } } }

/** What graphql-http does with the hook's rules: validate the (possibly replaced) document with the standard rules plus those. */
function answer(query: string, contextValue: unknown) {
  const document = parse(query)
  const args: ExecutionArgs = { schema, document, contextValue }
  const rules = validateBeforePayload(args)
  return { args, document, errors: validate(args.schema, args.document, [...specifiedRules, ...rules]).map((e) => e.message) }
}

describe('validateBeforePayload', () => {
  test('a valid document is left alone and adds no rule', () => {
    const { args, document, errors } = answer('{ Risks { title } }', anonymous)
    expect(args.document).toBe(document)
    expect(errors).toEqual([])
    expect(validateBeforePayload({ schema, document, contextValue: anonymous })).toEqual([])
  })

  test.each([
    ['a misspelled field', '{ Risks { titel } }', /Cannot query field "titel" on type "Risk"\.$/],
    ['a misspelled type', 'query ($w: Risk_wher) { Risks(where: $w) { title } }', /Unknown type "Risk_wher"\.$/],
    ['a misspelled argument', '{ Risks(wher: {}) { title } }', /Unknown argument "wher" on field "Query\.Risks"\.$/],
    ['a misspelled enum value', '{ Risks(where: { status: publishd }) { title } }', /^Value "publishd" does not exist in "Status" enum\.$/],
  ])('%s: anonymous callers and the preview key get the error without schema suggestions, staff with them', (_, query, message) => {
    for (const caller of [anonymous, previewKey]) {
      const { errors } = answer(query, caller)
      expect(errors.length).toBeGreaterThan(0)
      expect(errors.join(' ')).not.toMatch(/Did you mean/)
      expect(errors.some((e) => message.test(e))).toBe(true)
    }
    expect(answer(query, editor).errors.join(' ')).toMatch(/Did you mean/)
  })

  test('a variable value with a misspelled input field: no suggestions for anonymous callers, suggestions for staff', () => {
    const query = 'query ($w: Risk_where) { Risks(where: $w) { title } }'
    const check = (contextValue: unknown) => {
      const args: ExecutionArgs = { schema, document: parse(query), contextValue, variableValues: { w: { titel: 'x' } } }
      const rules = validateBeforePayload(args)
      return validate(args.schema, args.document, [...specifiedRules, ...rules]).map((e) => e.message).join(' ')
    }
    expect(check(anonymous)).toMatch(/Field "titel" is not defined by type "Risk_where"\.$/)
    expect(check(editor)).toMatch(/Did you mean "title"\?/)
    const valid: ExecutionArgs = { schema, document: parse(query), contextValue: anonymous, variableValues: { w: { title: 'x' } } }
    expect(validateBeforePayload(valid)).toEqual([])
  })

  test('variable values are checked at execution without suggestions for anonymous callers only', () => {
    const document: DocumentNode = parse('{ Risks { title } }')
    const forAnonymous: ExecutionArgs = { schema, document, contextValue: anonymous }
    const forStaff: ExecutionArgs = { schema, document, contextValue: editor }
    validateBeforePayload(forAnonymous)
    validateBeforePayload(forStaff)
    expect(forAnonymous.hideSuggestions).toBe(true)
    expect(forStaff.hideSuggestions).toBe(false)
  })

  test.each([
    ['a fragment cycle', 'fragment a on Risk { ...b } fragment b on Risk { ...a } { Risks { ...a } }', /Cannot spread fragment "a" within itself/],
    ['an inline fragment on an unknown type', '{ Risks { ... on Nope { title } } }', /Unknown type "Nope"/],
    ['a fragment on an unknown type', 'fragment a on Nope { title } { Risks { ...a } }', /Unknown type "Nope"/],
    ['a subscription', 'subscription { Risks { title } }', /does not support subscription operations/],
  ])('%s never reaches the rules that assume a valid document: they see an empty one, and the errors are reported', (_, query, message) => {
    const { args, errors } = answer(query, anonymous)
    expect(args.document.definitions).toEqual([])
    expect(errors.some((e) => message.test(e))).toBe(true)
  })
})

describe('the GraphQL route’s own answers', () => {
  test.each([
    ['application/json', null],
    ['application/json; charset=utf-8', null],
    ['Application/JSON;charset=UTF-8', null],
    ['application/json; charset=latin1', 415],
    ['text/plain', 415],
    ['multipart/form-data; boundary=x', 415],
    ['application/graphql', 415],
    ['', 415],
  ])('a request with Content-Type %p: %p', (type, status) => {
    const problem = graphqlRequestProblem(new Headers(type ? { 'content-type': type } : {}))
    expect(problem?.status ?? null).toBe(status)
    if (problem) expect(problem.message).toMatch(/JSON/)
  })

  test('406 and 415 get a message; other answers keep theirs', () => {
    expect(messageForEmptyAnswer(406)).toMatch(/accept/)
    expect(messageForEmptyAnswer(415)).toMatch(/Content-Type/)
    expect(messageForEmptyAnswer(200)).toBeUndefined()
    expect(messageForEmptyAnswer(400)).toBeUndefined()
  })
})
