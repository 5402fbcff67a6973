import { authorKinds, citationTypes, effortStatuses, homeSections, mediaKinds, selectOptions, vocabularySchema } from './vocabularies'

const vocabularies = { effortStatuses, mediaKinds, citationTypes, authorKinds, homeSections }

describe('vocabularySchema', () => {
  it.each(effortStatuses.map(({ value }) => [value]))('accepts the effort status %p', (value) => {
    expect(vocabularySchema(effortStatuses).parse(value)).toBe(value)
  })

  it.each([['Proposed'], ['in negotiation'], ['unknown'], [''], [' adopted'], ['film'], [null], [undefined], [1]])('refuses %p as an effort status', (value) => {
    expect(vocabularySchema(effortStatuses).safeParse(value).success).toBe(false)
  })

  it.each(Object.entries(vocabularies))('%s accepts exactly its values', (_name, vocabulary) => {
    const schema = vocabularySchema(vocabulary)
    for (const { value } of vocabulary) expect(schema.safeParse(value).success).toBe(true)
    const values: readonly string[] = vocabulary.map((entry) => entry.value)
    for (const { label } of vocabulary) if (!values.includes(label)) expect(schema.safeParse(label).success).toBe(false)
  })

  it.each(Object.entries(vocabularies))('%s has each value once, each with a label', (_name, vocabulary) => {
    const values = vocabulary.map((entry) => entry.value)
    expect(new Set(values).size).toBe(values.length)
    for (const { label } of vocabulary) expect(label.trim()).not.toBe('')
  })
})

describe('selectOptions', () => {
  it('gives the vocabulary’s values and labels, in order', () => {
    expect(selectOptions(mediaKinds)).toEqual([
      { value: 'film', label: 'Film' },
      { value: 'podcast', label: 'Podcast' },
      { value: 'episode', label: 'Episode' },
    ])
  })

  it('returns a fresh copy: changing it does not change the vocabulary or later options', () => {
    const before = structuredClone(effortStatuses)
    const options = selectOptions(effortStatuses)
    options[0]!.label = 'Changed'
    options[0]!.value = 'changed'
    options.push({ value: 'extra', label: 'Extra' })
    options.reverse()

    expect(effortStatuses).toEqual(before)
    expect(selectOptions(effortStatuses)).toEqual(before)
    expect(vocabularySchema(effortStatuses).safeParse('changed').success).toBe(false)
    expect(vocabularySchema(effortStatuses).safeParse('extra').success).toBe(false)
    expect(selectOptions(effortStatuses)).not.toBe(selectOptions(effortStatuses))
  })
})
