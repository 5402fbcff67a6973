import { render, screen, within } from '@testing-library/react'

import { buildingBlocks, redLines } from '@/test/fixtures'

import { BuildingBlockPage } from './BuildingBlockPage'
import { BuildingBlocksIndex } from './BuildingBlocksIndex'

describe('the building blocks index', () => {
  test('lists every block in editorial order, each title linking to its page, with its definition', () => {
    render(<BuildingBlocksIndex blocks={buildingBlocks} locale="en" />)
    expect(screen.getAllByRole('heading', { level: 1 }).map((h) => h.textContent)).toEqual(['Building blocks'])
    const titles = screen.getAllByRole('heading', { level: 2 })
    expect(titles.map((h) => h.textContent)).toEqual(['Red lines', 'Safety standards', 'Technical cooperation'])
    expect(within(titles[0]!).getByRole('link')).toHaveAttribute('href', '/en/building-blocks/red-lines')
    expect(screen.getByText('Safety standards: what it means.')).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'See which building blocks address which risks' })).toHaveAttribute('href', '/en/matrix')
  })

  test('breadcrumbs lead home, in the visitor’s language', () => {
    render(<BuildingBlocksIndex blocks={buildingBlocks} locale="es" />)
    const crumbs = screen.getByRole('navigation', { name: 'Ruta de navegación' })
    expect(within(crumbs).getByRole('link', { name: 'Inicio' })).toHaveAttribute('href', '/es')
    expect(within(crumbs).getByText('Componentes básicos')).toHaveAttribute('aria-current', 'page')
  })

  test('says so when nothing is published yet', () => {
    render(<BuildingBlocksIndex blocks={[]} locale="en" />)
    expect(screen.getByText('No building blocks have been published yet.')).toBeInTheDocument()
  })
})

describe('a building block page', () => {
  test('opens with the title as the one h1 and its definition, then the sections in order', () => {
    render(<BuildingBlockPage block={redLines} locale="en" />)
    expect(screen.getAllByRole('heading', { level: 1 }).map((h) => h.textContent)).toEqual(['Red lines'])
    expect(screen.getByText('Practices relating to AI that should be internationally prohibited.')).toHaveClass('lede')
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      'Why they must be shared',
      'Current efforts',
      'Gaps',
      'Lessons from analogous regimes',
      'Risks it addresses',
      'Benefits it supports',
      'References',
    ])
  })

  test('renders the body with its formatting and safe links', () => {
    render(<BuildingBlockPage block={redLines} locale="en" />)
    expect(screen.getByText('whoever').tagName).toBe('STRONG')
    expect(screen.getByRole('link', { name: 'global call' })).toHaveAttribute('href', 'https://example.org/call')
  })

  test('breadcrumbs: Home › Building blocks › the title', () => {
    render(<BuildingBlockPage block={redLines} locale="fr" />)
    const crumbs = within(screen.getByRole('navigation', { name: 'Fil d’Ariane' })).getAllByRole('listitem')
    expect(crumbs.map((li) => li.textContent)).toEqual(['Accueil', 'Éléments constitutifs', 'Red lines'])
    expect(within(crumbs[1]!).getByRole('link')).toHaveAttribute('href', '/fr/building-blocks')
    expect(within(crumbs[2]!).queryByRole('link')).not.toBeInTheDocument()
  })

  test('lists its initiatives with kind, status and key date, each linking to its page, and links to all of them in the tracker', () => {
    render(<BuildingBlockPage block={redLines} locale="en" />)
    const region = screen.getByRole('region', { name: 'Current efforts' })
    const items = within(region).getAllByRole('listitem')
    expect(items).toHaveLength(2)
    expect(within(items[0]!).getByRole('link', { name: 'Global Call for AI Red Lines' })).toHaveAttribute('href', '/en/initiatives/global-call-for-ai-red-lines')
    expect(items[0]).toHaveTextContent('Declaration or statement · Published · 22 September 2025')
    expect(items[1]).toHaveTextContent('Regulation or law · In force or applying · February 2025')
    expect(within(region).getByRole('link', { name: 'See all 2 in the current-efforts tracker' })).toHaveAttribute('href', '/en/initiatives?block=red-lines')
  })

  test('says so when no initiative serves the block yet, and shows no tracker link', () => {
    render(<BuildingBlockPage block={{ ...redLines, initiatives: { docs: [], hasNextPage: false, totalDocs: 0 } }} locale="fr" />)
    const region = screen.getByRole('region', { name: 'Initiatives en cours' })
    expect(within(region).getByText('Aucune initiative n’est encore enregistrée ici.')).toBeInTheDocument()
    expect(within(region).queryByRole('link')).not.toBeInTheDocument()
  })

  test('leaves out an initiative the reader may not see (a bare id) and counts all the join holds', () => {
    render(<BuildingBlockPage block={{ ...redLines, initiatives: { docs: [99, ...redLines.initiatives!.docs], hasNextPage: true, totalDocs: 40 } }} locale="en" />)
    const region = screen.getByRole('region', { name: 'Current efforts' })
    expect(within(region).getAllByRole('listitem')).toHaveLength(2)
    expect(within(region).getByRole('link', { name: 'See all 40 in the current-efforts tracker' })).toBeInTheDocument()
  })

  test('shows gaps and analogous regimes with their lessons', () => {
    render(<BuildingBlockPage block={redLines} locale="en" />)
    expect(screen.getByText('There is no agreement between states on which practices are prohibited.')).toBeInTheDocument()
    const regimes = screen.getByRole('region', { name: 'Lessons from analogous regimes' })
    expect(within(regimes).getByRole('term')).toHaveTextContent('Biological Weapons Convention')
    expect(within(regimes).getByRole('definition')).toHaveTextContent('A red line needs a way to check it.')
  })

  test('links the risks it addresses and the benefits it supports to their pages', () => {
    render(<BuildingBlockPage block={redLines} locale="en" />)
    const risks = screen.getByRole('region', { name: 'Risks it addresses' })
    expect(within(risks).getAllByRole('link').map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['Loss of control', '/en/risks/loss-of-control'],
      ['Bias', '/en/risks/bias'],
    ])
    const benefits = screen.getByRole('region', { name: 'Benefits it supports' })
    expect(within(benefits).getByRole('link', { name: 'Health' })).toHaveAttribute('href', '/en/benefits/health')
  })

  test('names its references in short form, each linked to the bibliography entry', () => {
    render(<BuildingBlockPage block={redLines} locale="en" />)
    const references = screen.getByRole('region', { name: 'References' })
    expect(within(references).getByRole('link', { name: 'Villalobos, Maas and Winter, 2026' })).toHaveAttribute('href', '/en/references#villalobos-maas-winter-2026')
    expect(within(references).getByRole('link', { name: 'Maas and Villalobos Ruiz, 2023' })).toHaveAttribute('href', '/en/references#maas-villalobos-2023')
    expect(references).toHaveTextContent('International AI Institutions: A Literature Review')
  })

  test('with no efforts, relations or references it says so instead of leaving empty sections', () => {
    const bare = { ...redLines, body: null, initiatives: null, gaps: null, analogousRegimes: [], relatedRisks: [], relatedBenefits: null, citations: [] }
    render(<BuildingBlockPage block={bare} locale="en" />)
    expect(screen.getByText('No initiatives are recorded here yet.')).toBeInTheDocument()
    expect(screen.getByText('No risks are linked to this building block yet.')).toBeInTheDocument()
    expect(screen.getByText('No benefits are linked to this building block yet.')).toBeInTheDocument()
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(['Current efforts', 'Risks it addresses', 'Benefits it supports'])
  })

  test('a related risk the reader may not see (a bare id) is left out', () => {
    render(<BuildingBlockPage block={{ ...redLines, relatedRisks: [99] }} locale="en" />)
    expect(screen.getByText('No risks are linked to this building block yet.')).toBeInTheDocument()
  })
})

describe('a building block page in French', () => {
  test('shows the interface in French around the content', () => {
    render(<BuildingBlockPage block={redLines} locale="fr" />)
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(
      expect.arrayContaining(['Initiatives en cours', 'Lacunes', 'Enseignements de régimes analogues', 'Risques auxquels il répond', 'Bénéfices qu’il favorise', 'Références']),
    )
    const efforts = within(screen.getByRole('region', { name: 'Initiatives en cours' })).getAllByRole('listitem')
    expect(efforts[0]).toHaveTextContent('Déclaration · Publiée · 22 septembre 2025')
    expect(efforts[1]).toHaveTextContent('En vigueur ou appliquée')
    expect(efforts[1]).toHaveTextContent('février 2025')
  })
})
