import { render, screen } from '@testing-library/react'

import { link, paragraph, richText, text } from '@/test/fixtures'

import { RichText, safeHref } from './RichText'

const BOLD = 1
const ITALIC = 2
const UNDERLINE = 8
const CODE = 16

describe('rich text from the CMS', () => {
  test('renders paragraphs, headings, lists, quotes and line breaks as their HTML elements', () => {
    const { container } = render(
      <RichText
        value={richText(
          { type: 'heading', tag: 'h2', children: [text('Why it matters')], version: 1 },
          paragraph(text('First line'), { type: 'linebreak', version: 1 }, text('second line')),
          { type: 'heading', tag: 'h3', children: [text('In detail')], version: 1 },
          { type: 'list', listType: 'bullet', tag: 'ul', children: [{ type: 'listitem', children: [text('one')], version: 1 }, { type: 'listitem', children: [text('two')], version: 1 }], version: 1 },
          { type: 'list', listType: 'number', tag: 'ol', start: 1, children: [{ type: 'listitem', children: [text('first')], version: 1 }], version: 1 },
          { type: 'quote', children: [text('A quotation.')], version: 1 },
        )}
      />,
    )
    expect(screen.getAllByRole('heading').map((h) => [h.tagName, h.textContent])).toEqual([
      ['H2', 'Why it matters'],
      ['H3', 'In detail'],
    ])
    expect(container.querySelector('p')?.innerHTML).toBe('First line<br>second line')
    expect(screen.getAllByRole('list').map((list) => list.tagName)).toEqual(['UL', 'OL'])
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual(['one', 'two', 'first'])
    expect(container.querySelector('blockquote')).toHaveTextContent('A quotation.')
  })

  test('keeps the page title the only h1: an h1 in the body becomes an h2', () => {
    render(<RichText value={richText({ type: 'heading', tag: 'h1', children: [text('Editor h1')], version: 1 })} />)
    expect(screen.queryByRole('heading', { level: 1 })).not.toBeInTheDocument()
    expect(screen.getByRole('heading', { level: 2, name: 'Editor h1' })).toBeInTheDocument()
  })

  test('shows bold, italic, underline and code text with the matching elements', () => {
    const { container } = render(
      <RichText value={richText(paragraph(text('bold', BOLD), text(' italic', ITALIC), text(' under', UNDERLINE), text(' code', CODE), text(' both', BOLD | ITALIC)))} />,
    )
    const p = container.querySelector('p')
    expect(p?.innerHTML).toBe('<strong>bold</strong><em> italic</em><u> under</u><code> code</code><strong><em> both</em></strong>')
  })

  test('links to https, mailto and this site; site paths keep the visitor’s language', () => {
    render(
      <RichText
        locale="fr"
        value={richText(
          paragraph(
            link('https://example.org/report', text('the report')),
            link('mailto:team@example.org', text('write to us')),
            link('/risks/bias', text('bias')),
            link('/en/risks/bias', text('bias in English')),
          ),
        )}
      />,
    )
    expect(screen.getByRole('link', { name: 'the report' })).toHaveAttribute('href', 'https://example.org/report')
    expect(screen.getByRole('link', { name: 'write to us' })).toHaveAttribute('href', 'mailto:team@example.org')
    expect(screen.getByRole('link', { name: 'bias' })).toHaveAttribute('href', '/fr/risks/bias')
    expect(screen.getByRole('link', { name: 'bias in English' })).toHaveAttribute('href', '/en/risks/bias')
  })

  test.each([
    ['javascript:alert(1)'],
    ['JavaScript:alert(1)'],
    [' java\tscript:alert(1)'],
    ['http://example.org/'],
    ['data:text/html,<script>alert(1)</script>'],
    ['//evil.example/'],
    ['/\\evil.example/'],
    ['vbscript:msgbox(1)'],
    [''],
  ])('shows the words of a link to %j as plain text, not a link', (url) => {
    const { container } = render(<RichText value={richText(paragraph(text('Read '), link(url, text('this')), text('.')))} />)
    expect(screen.queryByRole('link')).not.toBeInTheDocument()
    expect(container.querySelector('p')).toHaveTextContent('Read this.')
    expect(container.innerHTML).not.toContain('script:')
  })

  test('an internal link (to a document id, not an address) shows its words only', () => {
    render(<RichText value={richText(paragraph({ type: 'link', fields: { linkType: 'internal', doc: { relationTo: 'risks', value: 3 } }, children: [text('a risk')], version: 3 }))} />)
    expect(screen.queryByRole('link')).not.toBeInTheDocument()
    expect(screen.getByText('a risk')).toBeInTheDocument()
  })

  test('markup typed as text stays text', () => {
    const { container } = render(<RichText value={richText(paragraph(text('<img src=x onerror=alert(1)>')))} />)
    expect(container.querySelector('img')).toBeNull()
    expect(container).toHaveTextContent('<img src=x onerror=alert(1)>')
  })

  test('an unknown node shows its children; empty paragraphs and empty values render nothing', () => {
    const { container } = render(<RichText value={richText({ type: 'some-future-node', children: [paragraph(text('still here'))], version: 1 }, paragraph())} />)
    expect(screen.getByText('still here')).toBeInTheDocument()
    expect(container.querySelectorAll('p')).toHaveLength(1)

    const empty = render(<RichText value={null} />)
    expect(empty.container).toBeEmptyDOMElement()
  })

  test('safeHref accepts only https, mailto and site paths', () => {
    expect(safeHref('https://a.example/x')).toBe('https://a.example/x')
    expect(safeHref('HTTP://a.example/')).toBeNull()
    expect(safeHref('ftp://a.example/')).toBeNull()
    expect(safeHref('https://')).toBeNull()
    expect(safeHref(42)).toBeNull()
    expect(safeHref('/matrix', 'ar')).toBe('/ar/matrix')
  })
})
