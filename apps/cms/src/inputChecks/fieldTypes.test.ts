import type { Field } from 'payload'

import { strictFields, strictValidate, type BuiltInValidators } from './fieldTypes'

// Stand-ins for Payload's built-in validators: required, and maxLength for text.
const builtIns: BuiltInValidators = {
  text: (value, { required, maxLength }) => {
    if (required && !value) return 'This field is required.'
    if (typeof value === 'string' && typeof maxLength === 'number' && value.length > maxLength) return `At most ${maxLength}.`
    return true
  },
  number: (value, { required }) => (required && (value === null || value === undefined) ? 'This field is required.' : true),
}
const asDraft = { data: { _status: 'draft' } }
const asPublished = { data: { _status: 'published' } }
const run = (field: Field, value: unknown, options: Record<string, unknown>) => (strictValidate(field as never, builtIns) as any)(value, options)

describe('strictValidate', () => {
  const title = { name: 'title', type: 'text', required: true, maxLength: 5 } as Field

  it('refuses a value of the wrong type before anything else, draft or not', async () => {
    expect(await run(title, 42, asDraft)).toBe('Enter text.')
    expect(await run(title, { en: 'x' }, asPublished)).toBe('Enter text.')
  })

  it('lets a draft leave a required field empty, but not a published document', async () => {
    for (const empty of [undefined, null, '']) {
      expect(await run(title, empty, asDraft)).toBe(true)
      expect(await run(title, empty, asPublished)).toBe('This field is required.')
    }
  })

  it("applies Payload's checks in drafts too", async () => {
    expect(await run(title, 'too long', asDraft)).toBe('At most 5.')
  })

  it("runs Payload's checks beside a custom validator, which then judges required itself", async () => {
    const custom = jest.fn((value: unknown) => (value === 'nope' ? 'Custom says no.' : true))
    const field = { ...title, validate: custom } as Field
    expect(await run(field, 'too long', asPublished)).toBe('At most 5.')
    expect(custom).not.toHaveBeenCalled()
    expect(await run(field, 'nope', asPublished)).toBe('Custom says no.')
    expect(await run(field, '', asPublished)).toBe(true)
    expect(custom).toHaveBeenLastCalledWith('', asPublished)
  })
})

describe('strictValidate on relationships', () => {
  const field = { name: 'citations', type: 'relationship', relationTo: 'citations', hasMany: true } as Field
  const existing = new Set([1, 2])
  const find = jest.fn(async ({ where }: any) => ({ docs: (where.id.in as number[]).filter((id) => existing.has(id)).map((id) => ({ id })) }))
  const options = (event = 'submit') => ({ ...asPublished, event, req: { payload: { find } } })

  it('refuses ids of documents that do not exist, naming them', async () => {
    expect(await run(field, [1, 2], options())).toBe(true)
    expect(await run(field, [1, 99], options())).toBe('No such document: citations 99.')
  })

  it('does not query the database while the admin form is being edited', async () => {
    find.mockClear()
    expect(await run(field, [99], options('onChange'))).toBe(true)
    expect(find).not.toHaveBeenCalled()
  })
})

describe('strictFields', () => {
  it('validates every data field, nested in groups, arrays, rows and tabs, and leaves the rest', () => {
    const fields = strictFields(
      [
        { name: 'title', type: 'text' },
        { name: 'seo', type: 'group', fields: [{ name: 'title', type: 'text' }] },
        { name: 'rows', type: 'array', fields: [{ type: 'row', fields: [{ name: 'year', type: 'number' }] }] },
        { type: 'tabs', tabs: [{ label: 'A', fields: [{ name: 'note', type: 'textarea' }] }] },
        { name: 'buildingBlocks', type: 'join', collection: 'building-blocks', on: 'risks' },
      ] as Field[],
      builtIns,
    ) as any[]
    expect(typeof fields[0].validate).toBe('function')
    expect(typeof fields[1].validate).toBe('function')
    expect(typeof fields[1].fields[0].validate).toBe('function')
    expect(typeof fields[2].fields[0].fields[0].validate).toBe('function')
    expect(fields[2].fields[0].validate).toBeUndefined()
    expect(typeof fields[3].tabs[0].fields[0].validate).toBe('function')
    expect(fields[4].validate).toBeUndefined()
  })
})
