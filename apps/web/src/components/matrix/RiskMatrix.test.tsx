import { render, screen, within } from '@testing-library/react'

import { buildingBlocks, risks } from '@/test/fixtures'

import { RiskMatrix } from './RiskMatrix'

// Red lines addresses Loss of control; Safety standards addresses both; Technical cooperation neither
// (the id 99 stands for a risk the reader may not see and is ignored).
const blocks = [
  { ...buildingBlocks[0]!, relatedRisks: [32] },
  { ...buildingBlocks[1]!, relatedRisks: [31, 32] },
  { ...buildingBlocks[2]!, relatedRisks: [99] },
]

describe('the matrix of building blocks and risks', () => {
  test('is a captioned table inside a focusable, labelled region that can scroll', () => {
    render(<RiskMatrix buildingBlocks={blocks} risks={risks} locale="en" />)
    expect(screen.getAllByRole('heading', { level: 1 }).map((h) => h.textContent)).toEqual(['Which building blocks address which risks'])
    const table = screen.getByRole('table', { name: 'Building blocks (columns) and the risks they address (rows)' })
    const region = screen.getByRole('region', { name: 'Building blocks (columns) and the risks they address (rows)' })
    expect(region).toHaveAttribute('tabindex', '0')
    expect(region).toContainElement(table)
  })

  test('blocks head the columns and risks head the rows, each linked to its page', () => {
    render(<RiskMatrix buildingBlocks={blocks} risks={risks} locale="fr" />)
    const columns = screen.getAllByRole('columnheader')
    expect(columns.map((th) => th.getAttribute('scope'))).toEqual(['col', 'col', 'col'])
    expect(columns.map((th) => within(th).getByRole('link').getAttribute('href'))).toEqual([
      '/fr/building-blocks/red-lines',
      '/fr/building-blocks/safety-standards',
      '/fr/building-blocks/technical-cooperation',
    ])
    const rows = screen.getAllByRole('rowheader')
    expect(rows.map((th) => [th.textContent, th.getAttribute('scope'), within(th).getByRole('link').getAttribute('href')])).toEqual([
      ['Bias', 'row', '/fr/risks/bias'],
      ['Loss of control', 'row', '/fr/risks/loss-of-control'],
    ])
  })

  test('each cell says in words whether the block addresses the risk', () => {
    render(<RiskMatrix buildingBlocks={blocks} risks={risks} locale="en" />)
    const [, biasRow, lossRow] = screen.getAllByRole('row')
    expect(within(biasRow!).getAllByRole('cell').map((td) => td.textContent)).toEqual(['—Does not address', 'Addresses', '—Does not address'])
    expect(within(lossRow!).getAllByRole('cell').map((td) => td.textContent)).toEqual(['Addresses', 'Addresses', '—Does not address'])
    // The dash is decoration; the hidden words are what a screen reader says.
    const empty = within(biasRow!).getAllByRole('cell')[0]!
    expect(within(empty).getByText('—')).toHaveAttribute('aria-hidden', 'true')
    expect(within(empty).getByText('Does not address')).toHaveClass('visually-hidden')
  })

  // Two initiatives serve Safety standards (2) and address Loss of control (32), one of them also Bias (31);
  // one serves Red lines (1) for Loss of control, and one names Technical cooperation (3), which addresses nothing.
  const initiatives = [
    { buildingBlocks: [2], risks: [31, 32] },
    { buildingBlocks: [buildingBlocks[1]!, 1], risks: [32] },
    { buildingBlocks: [3], risks: [31] },
    { buildingBlocks: [], risks: [32] },
  ]

  test('a cell where the block addresses the risk counts its initiatives and links to them', () => {
    render(<RiskMatrix buildingBlocks={blocks} risks={risks} initiatives={initiatives} locale="en" />)
    const [, biasRow, lossRow] = screen.getAllByRole('row')
    const links = (row: HTMLElement) =>
      within(row).getAllByRole('cell').map((td) => within(td).queryByRole('link'))
    // Red lines does not address Bias; Technical cooperation addresses neither risk, so its initiative shows nowhere.
    expect(links(biasRow!).map((a) => a && [a.getAttribute('href'), a.textContent])).toEqual([
      null,
      ['/en/initiatives?block=safety-standards&risk=bias', '11 initiative'],
      null,
    ])
    expect(links(lossRow!).map((a) => a && [a.getAttribute('href'), a.textContent])).toEqual([
      ['/en/initiatives?block=red-lines&risk=loss-of-control', '11 initiative'],
      ['/en/initiatives?block=safety-standards&risk=loss-of-control', '22 initiatives'],
      null,
    ])
    // The number shows; the words are what a screen reader says.
    const two = screen.getByRole('link', { name: '2 initiatives' })
    expect(within(two).getByText('2')).toHaveAttribute('aria-hidden', 'true')
    expect(within(two).getByText('2 initiatives')).toHaveClass('visually-hidden')
    expect(screen.getByText(/Under “Addresses”, a number says how many published initiatives/)).toBeInTheDocument()
  })

  test('a cell with no initiative shows no number and no link', () => {
    render(<RiskMatrix buildingBlocks={blocks} risks={risks} initiatives={[{ buildingBlocks: [2], risks: [32] }]} locale="en" />)
    const [, biasRow] = screen.getAllByRole('row')
    const safetyBias = within(biasRow!).getAllByRole('cell')[1]!
    expect(safetyBias).toHaveTextContent(/^Addresses$/)
    expect(within(safetyBias).queryByRole('link')).not.toBeInTheDocument()
    expect(screen.getAllByRole('link', { name: /initiative/ })).toHaveLength(1)
  })

  test('the count is said in the page’s language, with its plurals', () => {
    const five = Array.from({ length: 5 }, () => ({ buildingBlocks: [2], risks: [32] }))
    const { unmount } = render(<RiskMatrix buildingBlocks={blocks} risks={risks} initiatives={five} locale="ru" />)
    expect(screen.getByRole('link', { name: '5 инициатив' })).toHaveAttribute('href', '/ru/initiatives?block=safety-standards&risk=loss-of-control')
    unmount()
    render(<RiskMatrix buildingBlocks={blocks} risks={risks} initiatives={five.slice(0, 2)} locale="ar" />)
    expect(screen.getByRole('link', { name: 'مبادرتان' })).toHaveAttribute('href', '/ar/initiatives?block=safety-standards&risk=loss-of-control')
  })

  test('with nothing published it says so instead of an empty table', () => {
    render(<RiskMatrix buildingBlocks={[]} risks={risks} locale="en" />)
    expect(screen.queryByRole('table')).not.toBeInTheDocument()
    expect(screen.getByText('The building blocks and risks have not been published yet.')).toBeInTheDocument()
  })
})
