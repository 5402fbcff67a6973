/**
 * Turns plain paragraphs into the editor state that @payloadcms/richtext-lexical
 * stores: root → paragraph → text. The shape (and the order and defaults of the
 * fields) follows what Lexical's `exportJSON` writes and what Payload's own
 * `buildEditorState` helper produces, so the admin opens it without changes.
 */

export type LexicalTextNode = {
  type: 'text'
  detail: 0
  format: 0
  mode: 'normal'
  style: ''
  text: string
  version: 1
}

export type LexicalParagraphNode = {
  type: 'paragraph'
  children: LexicalTextNode[]
  direction: 'ltr'
  format: ''
  indent: 0
  textFormat: 0
  textStyle: ''
  version: 1
}

export type LexicalRoot = {
  root: {
    type: 'root'
    children: LexicalParagraphNode[]
    direction: 'ltr' | null
    format: ''
    indent: 0
    version: 1
  }
}

const textNode = (text: string): LexicalTextNode => ({
  type: 'text',
  detail: 0,
  format: 0,
  mode: 'normal',
  style: '',
  text,
  version: 1,
})

const paragraphNode = (text: string): LexicalParagraphNode => ({
  type: 'paragraph',
  // An empty paragraph has no text node, as in the editor.
  children: text === '' ? [] : [textNode(text)],
  direction: 'ltr',
  format: '',
  indent: 0,
  textFormat: 0,
  textStyle: '',
  version: 1,
})

/** One Lexical paragraph per string; surrounding white space is trimmed, empty strings are dropped. */
export const paragraphsToLexical = (paragraphs: readonly string[]): LexicalRoot => {
  const texts = paragraphs.map((p) => p.replace(/\s+/g, ' ').trim()).filter((p) => p !== '')
  return {
    root: {
      type: 'root',
      children: texts.map(paragraphNode),
      // Lexical writes null for the direction of an empty root.
      direction: texts.length > 0 ? 'ltr' : null,
      format: '',
      indent: 0,
      version: 1,
    },
  }
}

/** The plain text of an editor state made by `paragraphsToLexical`, paragraphs in order. */
export const lexicalToParagraphs = (state: LexicalRoot): string[] =>
  state.root.children.map((p) => p.children.map((t) => t.text).join(''))
