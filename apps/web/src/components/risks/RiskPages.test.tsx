import { render, screen, within } from '@testing-library/react'

import { bias, risks } from '@/test/fixtures'

import { RiskPage } from './RiskPage'
import { RisksIndex } from './RisksIndex'

describe('the risks index', () => {
  test('lists the risks in order, each linked to its page, with its summary', () => {
    render(<RisksIndex risks={risks} locale="en" />)
    expect(screen.getAllByRole('heading', { level: 1 }).map((h) => h.textContent)).toEqual(['Risks of AI'])
    const titles = screen.getAllByRole('heading', { level: 2 })
    expect(titles.map((h) => h.textContent)).toEqual(['Bias', 'Loss of control'])
    expect(within(titles[1]!).getByRole('link')).toHaveAttribute('href', '/en/risks/loss-of-control')
    expect(screen.getByText('Bias: what it means.')).toBeInTheDocument()
  })

  test('says so when nothing is published yet', () => {
    render(<RisksIndex risks={[]} locale="en" />)
    expect(screen.getByText('No risks have been published yet.')).toBeInTheDocument()
  })
})

describe('a risk page', () => {
  test('shows the title as the one h1, the summary, the body, and the sections in order', () => {
    render(<RiskPage risk={bias} locale="en" />)
    expect(screen.getAllByRole('heading', { level: 1 }).map((h) => h.textContent)).toEqual(['Bias'])
    expect(screen.getByText('AI systems can reproduce and amplify unfair treatment.')).toBeInTheDocument()
    expect(screen.getByText('Bias crosses borders with the systems that carry it.')).toBeInTheDocument()
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(['Building blocks that address it', 'Initiatives that address it', 'References'])
  })

  test('links the building blocks that address it, and its references', () => {
    render(<RiskPage risk={bias} locale="zh" />)
    const blocks = screen.getByRole('region', { name: '应对此风险的基本要素' })
    expect(within(blocks).getAllByRole('link').map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['Safety standards', '/zh/building-blocks/safety-standards'],
      ['Technical cooperation', '/zh/building-blocks/technical-cooperation'],
    ])
    expect(screen.getByRole('link', { name: 'Maas and Villalobos Ruiz, 2023' })).toHaveAttribute('href', '/zh/references#maas-villalobos-2023')
  })

  test('breadcrumbs: Home › Risks › the title', () => {
    render(<RiskPage risk={bias} locale="en" />)
    const crumbs = within(screen.getByRole('navigation', { name: 'Breadcrumb' })).getAllByRole('listitem')
    expect(crumbs.map((li) => li.textContent)).toEqual(['Home', 'Risks', 'Bias'])
    expect(within(crumbs[1]!).getByRole('link')).toHaveAttribute('href', '/en/risks')
  })

  test('with no building blocks yet (or no join at all) it says so', () => {
    render(<RiskPage risk={{ ...bias, buildingBlocks: { docs: [], hasNextPage: false }, citations: [] }} locale="en" />)
    expect(screen.getByText('No building block is linked to this risk yet.')).toBeInTheDocument()
    expect(screen.queryByRole('region', { name: 'References' })).not.toBeInTheDocument()
    render(<RiskPage risk={{ ...bias, buildingBlocks: null }} locale="en" />)
    expect(screen.getAllByText('No building block is linked to this risk yet.')).toHaveLength(2)
  })
})
