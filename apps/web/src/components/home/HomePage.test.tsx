import { render, screen, within } from '@testing-library/react'

import { benefits, buildingBlocks, home, mediaEntries, risks, site } from '@/test/fixtures'

import { HomePage } from './HomePage'

const renderHome = (overrides: Partial<Parameters<typeof HomePage>[0]> = {}) =>
  render(<HomePage home={home} site={site} buildingBlocks={buildingBlocks} risks={risks} benefits={benefits} mediaEntries={mediaEntries} locale="en" {...overrides} />)

describe('the home page', () => {
  test('opens with one h1: the hero heading, then its lede', () => {
    renderHome()
    const headings = screen.getAllByRole('heading', { level: 1 })
    expect(headings).toHaveLength(1)
    expect(headings[0]).toHaveTextContent('The largest risks from AI will affect all of humanity.')
    expect(screen.getByText(/Current efforts, gaps and building blocks/)).toBeInTheDocument()
  })

  test('shows the sections in the order the editors set', () => {
    renderHome()
    const h2s = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)
    expect(h2s.slice(0, 3)).toEqual([
      'Why do we need global governance for AI?',
      'Benefits and risks of AI',
      'Building blocks for an international governance regime',
    ])
    expect(h2s[h2s.length - 1]).toBe('Contact Us')

    const reordered = { ...home, sections: [{ id: 'a', section: 'building-blocks' as const }, { id: 'b', section: 'why' as const }] }
    renderHome({ home: reordered })
    const lastRender = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)
    expect(lastRender.slice(-2)).toEqual(['Building blocks for an international governance regime', 'Why do we need global governance for AI?'])
  })

  test('a section left out of the order is not shown', () => {
    renderHome({ home: { ...home, sections: [{ id: 'a', section: 'why' as const }] } })
    expect(screen.queryByRole('heading', { name: 'Contact Us' })).not.toBeInTheDocument()
    expect(screen.queryByRole('heading', { name: 'Benefits and risks of AI' })).not.toBeInTheDocument()
  })

  test('lists benefits and risks under their own headings', () => {
    renderHome()
    const benefitsList = screen.getByRole('list', { name: 'Benefits' })
    expect(within(benefitsList).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Scientific progress', 'Health'])
    const risksList = screen.getByRole('list', { name: 'Risks' })
    expect(within(risksList).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Bias', 'Loss of control'])
  })

  test('links each benefit, risk and building block to its own page, in the visitor’s language', () => {
    renderHome({ locale: 'fr' })
    expect(within(screen.getByRole('list', { name: 'Benefits' })).getByRole('link', { name: 'Health' })).toHaveAttribute('href', '/fr/benefits/health')
    expect(within(screen.getByRole('list', { name: 'Risks' })).getByRole('link', { name: 'Loss of control' })).toHaveAttribute('href', '/fr/risks/loss-of-control')
    const blockHeading = screen.getByRole('heading', { level: 3, name: 'Red lines' })
    expect(within(blockHeading).getByRole('link')).toHaveAttribute('href', '/fr/building-blocks/red-lines')
  })

  test('gives each building block its title and definition, and names the analyses it draws on', () => {
    renderHome()
    expect(screen.getByRole('heading', { level: 3, name: 'Red lines' })).toBeInTheDocument()
    expect(screen.getByText('Safety standards: what it means.')).toBeInTheDocument()
    expect(screen.getByText('Villalobos, Maas and Winter, 2026')).toBeInTheDocument()
    expect(screen.getByText(/Maas and Villalobos Ruiz, 2023/)).toBeInTheDocument()
  })

  test('shows the film and the podcast in the editors’ order, with the podcast’s questions', () => {
    renderHome()
    const titles = screen.getAllByRole('article').map((article) => within(article).getByRole('heading').textContent)
    expect(titles).toEqual(['ProHuman: Governing the Global AI Revolution', 'Can Diplomats Save The World Again?'])
    expect(screen.getByText('What are the red lines not to cross, and how can they be enforced?')).toBeInTheDocument()
    expect(screen.getByText(/Foreign Policy with Future of Life Institute/)).toBeInTheDocument()
  })

  test('shows the contact team, and no email link until editors set an address', () => {
    renderHome()
    expect(screen.getByText('José Jaime Villalobos | Ima (Imane) Bello')).toBeInTheDocument()
    expect(screen.queryByRole('link', { name: /@/ })).not.toBeInTheDocument()
    renderHome({ site: { contact: { ...site.contact, email: 'team@example.org' } } })
    expect(screen.getByRole('link', { name: 'team@example.org' })).toHaveAttribute('href', 'mailto:team@example.org')
  })
})
