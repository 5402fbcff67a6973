import { actorKinds, authorKinds, citationTypes, homeSections, initiativeKinds, initiativeStatuses, mediaKinds, selectOptions, vocabularySchema } from './vocabularies'

const vocabularies = { initiativeStatuses, initiativeKinds, actorKinds, mediaKinds, citationTypes, authorKinds, homeSections }

describe('vocabularySchema', () => {
  it.each(initiativeStatuses.map(({ value }) => [value]))('accepts the initiative status %p', (value) => {
    expect(vocabularySchema(initiativeStatuses).parse(value)).toBe(value)
  })

  it.each([['Proposed'], ['in negotiation'], ['unknown'], [''], [' adopted'], ['film'], [null], [undefined], [1]])('refuses %p as an initiative status', (value) => {
    expect(vocabularySchema(initiativeStatuses).safeParse(value).success).toBe(false)
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
    const before = structuredClone(initiativeStatuses)
    const options = selectOptions(initiativeStatuses)
    options[0]!.label = 'Changed'
    options[0]!.value = 'changed'
    options.push({ value: 'extra', label: 'Extra' })
    options.reverse()

    expect(initiativeStatuses).toEqual(before)
    expect(selectOptions(initiativeStatuses)).toEqual(before)
    expect(vocabularySchema(initiativeStatuses).safeParse('changed').success).toBe(false)
    expect(vocabularySchema(initiativeStatuses).safeParse('extra').success).toBe(false)
    expect(selectOptions(initiativeStatuses)).not.toBe(selectOptions(initiativeStatuses))
  })
})
