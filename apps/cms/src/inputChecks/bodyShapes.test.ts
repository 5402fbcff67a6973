import { bodyProblems, isEmptyValue, richTextProblem, richTextLimits, shapeProblem } from './bodyShapes'

const root = (children: unknown) => ({ root: { type: 'root', children, direction: 'ltr', format: '', indent: 0, version: 1 } })
const paragraph = (text: string) => ({ type: 'paragraph', version: 1, children: [{ type: 'text', text, format: 0, version: 1 }] })

describe('richTextProblem', () => {
  it('accepts editor states: empty, paragraphs, lists, links', () => {
    expect(richTextProblem(root([]))).toBeNull()
    expect(richTextProblem(root([paragraph('Hello')]))).toBeNull()
    expect(
      richTextProblem(
        root([
          { type: 'list', listType: 'bullet', children: [{ type: 'listitem', children: [paragraph('One')] }] },
          { type: 'paragraph', children: [{ type: 'link', fields: { url: 'https://example.org' }, children: [{ type: 'text', text: 'x' }] }, { type: 'linebreak' }] },
        ]),
      ),
    ).toBeNull()
  })

  it.each([
    ['a string', 'just text'],
    ['a number', 42],
    ['a list', [1, 2]],
    ['no root', { notRoot: {} }],
    ['a root that is not an object', { root: 'garbage' }],
    ['a root of another type', { root: { type: 'paragraph', children: [] } }],
    ['children that are not a list', { root: { type: 'root', children: 'x' } }],
  ])('refuses %s', (_label, value) => {
    expect(richTextProblem(value)).toMatch(/not in the editor’s format/)
  })

  it.each([
    ['null parts', root([null])],
    ['parts without a type', root([{ children: [] }])],
    ['unknown kinds of part', root([{ type: '<script>', children: [] }])],
    ['a block the editor does not have', root([{ type: 'block', fields: {} }])],
    ['text that is not text', root([{ type: 'paragraph', children: [{ type: 'text', text: { a: 1 } }] }])],
    ['children that are not a list', root([{ type: 'paragraph', children: 'x' }])],
    ['a version that is not a number', root([{ type: 'paragraph', version: '1', children: [] }])],
  ])('refuses %s inside', (_label, value) => {
    expect(richTextProblem(value)).toMatch(/not in the editor’s format/)
  })

  it('refuses absurd nesting and size without overflowing the stack', () => {
    let node: Record<string, unknown> = { type: 'text', text: 'deep' }
    for (let i = 0; i < 5000; i += 1) node = { type: 'paragraph', children: [node] }
    expect(richTextProblem(root([node]))).toMatch(/nested more than/)
    const many = Array.from({ length: richTextLimits.nodes + 1 }, () => ({ type: 'linebreak' }))
    expect(richTextProblem(root(many))).toMatch(/more than/)
  })
})

describe('shapeProblem', () => {
  it.each([
    [{ type: 'text' }, 'Red lines'],
    [{ type: 'textarea' }, ''],
    [{ type: 'text', hasMany: true }, ['a', 'b']],
    [{ type: 'number' }, 12.5],
    [{ type: 'number', hasMany: true }, [1, 17]],
    [{ type: 'checkbox' }, false],
    [{ type: 'select' }, 'draft'],
    [{ type: 'date' }, '2024-05-31'],
    [{ type: 'relationship', relationTo: 'risks' }, 3],
    [{ type: 'relationship', relationTo: 'risks', hasMany: true }, [1, 2]],
    [{ type: 'relationship', relationTo: ['risks', 'benefits'] }, { relationTo: 'benefits', value: 4 }],
    [{ type: 'upload', relationTo: 'media' }, 9],
    [{ type: 'array' }, [{ gap: 'x' }]],
    [{ type: 'group' }, { title: 'x' }],
    [{ type: 'richText' }, root([paragraph('x')])],
  ])('accepts %j = %j', (field, value) => {
    expect(shapeProblem(field, value)).toBeNull()
  })

  it.each([
    [{ type: 'text' }, 42, /Enter text/],
    [{ type: 'text' }, { en: 'x' }, /Enter text/],
    [{ type: 'text' }, 'a\u0000b', /NUL/],
    [{ type: 'textarea' }, ['a'], /Enter text/],
    [{ type: 'email' }, true, /Enter text/],
    [{ type: 'number' }, Number.NaN, /Enter a number/],
    [{ type: 'number' }, true, /Enter a number/],
    [{ type: 'number' }, [5], /Enter a number/],
    [{ type: 'number', hasMany: true }, [1, 'x'], /list of numbers/],
    [{ type: 'checkbox' }, 'yes', /true or false/],
    [{ type: 'select' }, { $ne: null }, /options/],
    [{ type: 'date' }, 5, /date/],
    [{ type: 'relationship', relationTo: 'risks' }, 'abc', /numeric id/],
    [{ type: 'relationship', relationTo: 'risks' }, 2 ** 31, /numeric id/],
    [{ type: 'relationship', relationTo: 'risks' }, 1.5, /numeric id/],
    [{ type: 'relationship', relationTo: 'risks', hasMany: true }, 3, /list of documents/],
    [{ type: 'relationship', relationTo: 'risks', hasMany: true }, [1, { id: 2 }], /list of documents/],
    [{ type: 'upload', relationTo: 'media' }, { relationTo: 'nope', value: 1 }, /numeric id/],
    [{ type: 'array' }, 'rows', /list of rows/],
    [{ type: 'array' }, [null], /Each row/],
    [{ type: 'group' }, [1], /group of fields/],
    [{ type: 'richText' }, 'text', /editor’s format/],
  ])('refuses %j = %j', (field, value, message) => {
    expect(shapeProblem(field, value)).toMatch(message)
  })
})

describe('isEmptyValue', () => {
  it('treats undefined, null, "" and [] as empty, and nothing else', () => {
    for (const value of [undefined, null, '', []]) expect(isEmptyValue(value)).toBe(true)
    for (const value of [0, false, ' ', [null], {}]) expect(isEmptyValue(value)).toBe(false)
  })
})

describe('bodyProblems', () => {
  const fields = [
    { name: 'title', type: 'text' },
    { name: 'body', type: 'richText' },
    { name: 'seo', type: 'group', fields: [{ name: 'title', type: 'text' }] },
    { type: 'row', fields: [{ name: 'email', type: 'email' }, { name: 'enableAPIKey', type: 'checkbox' }] },
    { name: 'gaps', type: 'array', fields: [{ name: 'gap', type: 'textarea' }] },
    { type: 'tabs', tabs: [{ name: 'meta', fields: [{ name: 'note', type: 'text' }] }] },
    { name: '_status', type: 'select', options: [{ label: 'Draft', value: 'draft' }, { label: 'Published', value: 'published' }] },
  ]

  it('accepts well-formed bodies, partial ones, and the forms Payload itself converts', () => {
    expect(bodyProblems(fields, {})).toEqual([])
    expect(
      bodyProblems(fields, { title: 'x', body: root([]), seo: { title: 'y' }, email: 'a@b.org', enableAPIKey: 'true', gaps: [{ gap: 'z' }], meta: { note: 'n' } }),
    ).toEqual([])
    expect(bodyProblems(fields, { gaps: 0, body: '{"root":{}}', title: null, enableAPIKey: '' })).toEqual([])
  })

  it('names every malformed part by its path', () => {
    expect(
      bodyProblems(fields, { title: 42, body: { root: 'x' }, seo: 'text', email: ['a@b.org'], enableAPIKey: 'on', gaps: [null, { gap: 1 }], meta: [] }),
    ).toEqual([
      { path: 'title', message: 'Enter text.' },
      { path: 'body', message: expect.stringMatching(/editor’s format/) },
      { path: 'seo', message: 'Enter a group of fields (an object).' },
      { path: 'email', message: 'Enter text.' },
      { path: 'enableAPIKey', message: 'Choose true or false.' },
      { path: 'gaps.0', message: expect.stringMatching(/Each row/) },
      { path: 'gaps.1.gap', message: 'Enter text.' },
      { path: 'meta', message: 'Enter a group of fields (an object).' },
    ])
    expect(bodyProblems(fields, { seo: null, gaps: 'rows' })).toEqual([
      { path: 'seo', message: 'Enter a group of fields (an object).' },
      { path: 'gaps', message: 'Enter a list of rows.' },
    ])
    expect(bodyProblems(fields, { seo: { title: { $ne: null } } })).toEqual([{ path: 'seo.title', message: 'Enter text.' }])
    expect(bodyProblems(fields, { _status: 'DRAFT' })).toEqual([{ path: '_status', message: 'Choose one of: draft, published.' }])
    expect(bodyProblems(fields, { _status: 'draft' })).toEqual([])
  })
})
