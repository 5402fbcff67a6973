import { text } from '../schemas/common'
import { textLimits, type TextLimit } from './text'

describe('text limits', () => {
  it.each(Object.entries(textLimits) as [TextLimit, number][])('the schema for %s takes %i characters and refuses one more', (kind, limit) => {
    expect(Number.isInteger(limit) && limit > 0).toBe(true)
    expect(text(kind).safeParse('x'.repeat(limit)).success).toBe(true)
    expect(text(kind).safeParse('x'.repeat(limit + 1)).success).toBe(false)
  })

  it('keeps search-engine texts within what link previews show', () => {
    expect(textLimits.seoTitle).toBeLessThanOrEqual(textLimits.title)
    expect(textLimits.seoDescription).toBeLessThanOrEqual(textLimits.summary)
  })
})
