import { paginationProblem, whereOperatorProblem } from './queryOperators'

const fields = [
  { name: 'title', type: 'text' },
  { name: 'year', type: 'number' },
  { name: 'sdgs', type: 'number', hasMany: true },
  { name: 'createdAt', type: 'date' },
  { name: 'updatedAt', type: 'date' },
  { name: 'public', type: 'checkbox' },
  { name: 'place', type: 'point' },
  { name: 'seo', type: 'group' },
]

describe('whereOperatorProblem', () => {
  it.each([
    [{ title: { near: 'x' } }, /"near".*"title"/],
    [{ year: { within: ['1'] } }, /"within".*"year"/],
    [{ 'seo.title': { intersects: 'x' } }, /"intersects".*"seo\.title"/],
    [{ or: [{ title: { equals: 'a' } }, { and: [{ createdAt: { near: '1,2' } }] }] }, /"near".*"createdAt"/],
    [{ nothing: { within: 'x' } }, /"within".*"nothing"/],
    [{ and: [{ email: { all: ['a', 'b'] } }] }, /"all" is not supported/],
    [{ or: [{ createdAt: { contains: ['a'] } }] }, /"contains" takes one text to match in "createdAt"/],
    [{ and: [{ _status: { like: ['1'] } }] }, /"like" takes one text to match in "_status"/],
    [{ title: { not_like: { a: 'x' } } }, /"not_like" takes one text/],
    [{ sdgs: { contains: [{ a: 1 }] } }, /"contains" takes one text/],
    [{ or: [{ updatedAt: { contains: '%FF' } }] }, /"contains" matches text; "updatedAt" is a date/],
    [{ createdAt: { like: '2024' } }, /"like" matches text; "createdAt" is a date/],
  ])('refuses a comparison the database cannot apply: %j', (where, message) => {
    expect(whereOperatorProblem(where, fields)?.message).toMatch(message)
  })

  it.each([
    [{ place: { near: '1,2,1000' } }],
    [{ title: { equals: 'a' }, year: { greater_than: 2000 } }],
    [{ or: [{ title: { like: 'near' } }] }],
    [undefined],
    ['not an object'],
    [{ title: 'near' }],
    [{ title: { contains: 'red' }, sdgs: { contains: 3 } }],
    [{ sdgs: { contains: [3, '4'] } }],
    [{ year: { like: '20' } }],
    [{ createdAt: { greater_than: '2024-01-01' } }],
  ])('lets anything else through: %j', (where) => {
    expect(whereOperatorProblem(where, fields)).toBeNull()
  })
})

describe('paginationProblem', () => {
  it.each([
    [{ limit: ['1', '2'] }, /"limit" must be one whole number/],
    [{ page: 'abc' }, /"page"/],
    [{ depth: { a: 1 } }, /"depth"/],
    [{ limit: Number.NaN }, /"limit"/],
  ])('refuses %j', (args, message) => {
    expect(paginationProblem(args)?.message).toMatch(message)
  })
  it('lets numbers and absent values through', () => {
    expect(paginationProblem({ limit: 10, page: 2, depth: 0 })).toBeNull()
    expect(paginationProblem({})).toBeNull()
  })
})
