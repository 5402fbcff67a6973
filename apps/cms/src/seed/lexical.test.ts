import { lexicalToParagraphs, paragraphsToLexical } from './lexical'

describe('paragraphsToLexical', () => {
  it('writes root → paragraph → text with the fields Lexical serialises', () => {
    expect(paragraphsToLexical(['One.'])).toEqual({
      root: {
        type: 'root',
        children: [
          {
            type: 'paragraph',
            children: [{ type: 'text', detail: 0, format: 0, mode: 'normal', style: '', text: 'One.', version: 1 }],
            direction: 'ltr',
            format: '',
            indent: 0,
            textFormat: 0,
            textStyle: '',
            version: 1,
          },
        ],
        direction: 'ltr',
        format: '',
        indent: 0,
        version: 1,
      },
    })
  })

  it('makes one paragraph per string, in order, and round-trips the text', () => {
    const paragraphs = ['First paragraph.', 'Second – with “quotes” and é.', 'Third.']
    const state = paragraphsToLexical(paragraphs)
    expect(state.root.children).toHaveLength(3)
    expect(lexicalToParagraphs(state)).toEqual(paragraphs)
  })

  it('trims and collapses white space and drops empty strings', () => {
    const state = paragraphsToLexical(['  a\n  b ', '', '   '])
    expect(lexicalToParagraphs(state)).toEqual(['a b'])
  })

  it('gives an empty root for no paragraphs, as the editor does', () => {
    expect(paragraphsToLexical([]).root).toEqual({ type: 'root', children: [], direction: null, format: '', indent: 0, version: 1 })
  })

  it('produces JSON-safe data', () => {
    const state = paragraphsToLexical(['x'])
    expect(JSON.parse(JSON.stringify(state))).toEqual(state)
  })
})
