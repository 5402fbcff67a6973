import { chineseQuery, searchStatement } from './searchQuery'

describe('chineseQuery', () => {
  test('each Han character is a word, each term a phrase of them', () => {
    expect(chineseQuery('人工智能 红线')).toBe('"人 工 智 能" "红 线"')
  })

  test('Latin words inside stay whole, and quotes typed by the visitor cannot open a phrase of their own', () => {
    expect(chineseQuery('OECD人工智能"原则')).toBe('"OECD 人 工 智 能 原 则"')
  })
})

describe('searchStatement', () => {
  test("the visitor's words reach PostgreSQL as parameters only", () => {
    const q = "x'); drop table users; --"
    const statement = searchStatement({ q, locale: 'fr', limit: 5 })
    expect(statement.text).not.toContain('drop table')
    expect(statement.values).toContain(q)
    expect(statement.values).toContain(5)
  })

  test('a Chinese query is searched as written and as character phrases; other languages need no second form', () => {
    expect(searchStatement({ q: '红线', locale: 'zh', limit: 5 }).values).toEqual(['红线', '"红 线"', '%红线%', 5])
    expect(searchStatement({ q: 'red', locale: 'en', limit: 5 }).values).toEqual(['red', '%red%', 5])
  })

  test('a locale without a search configuration is refused', () => {
    expect(() => searchStatement({ q: 'x', locale: 'de', limit: 5 })).toThrow(/de/)
  })
})
