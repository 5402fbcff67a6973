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

  test('with nothing published it says so instead of an empty table', () => {
    render(<RiskMatrix buildingBlocks={[]} risks={risks} locale="en" />)
    expect(screen.queryByRole('table')).not.toBeInTheDocument()
    expect(screen.getByText('The building blocks and risks have not been published yet.')).toBeInTheDocument()
  })
})
