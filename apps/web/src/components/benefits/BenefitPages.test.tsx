import { render, screen, within } from '@testing-library/react'

import { benefits, health } from '@/test/fixtures'

import { BenefitPage } from './BenefitPage'
import { BenefitsIndex } from './BenefitsIndex'

describe('the benefits index', () => {
  test('lists the benefits in order, each linked to its page, with its summary', () => {
    render(<BenefitsIndex benefits={benefits} locale="en" />)
    expect(screen.getAllByRole('heading', { level: 1 }).map((h) => h.textContent)).toEqual(['Benefits of AI'])
    const titles = screen.getAllByRole('heading', { level: 2 })
    expect(titles.map((h) => h.textContent)).toEqual(['Scientific progress', 'Health'])
    expect(within(titles[0]!).getByRole('link')).toHaveAttribute('href', '/en/benefits/scientific-progress')
    expect(screen.getByText('Health: what it means.')).toBeInTheDocument()
  })

  test('says so when nothing is published yet', () => {
    render(<BenefitsIndex benefits={[]} locale="en" />)
    expect(screen.getByText('No benefits have been published yet.')).toBeInTheDocument()
  })
})

describe('a benefit page', () => {
  test('shows the title as the one h1, the summary and the goals it advances as “SDG n”', () => {
    render(<BenefitPage benefit={health} locale="en" />)
    expect(screen.getAllByRole('heading', { level: 1 }).map((h) => h.textContent)).toEqual(['Health'])
    expect(screen.getByText('Better diagnosis and treatment, shared across countries.')).toBeInTheDocument()
    const goals = screen.getByRole('region', { name: 'Sustainable Development Goals' })
    expect(within(goals).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['SDG 3', 'SDG 10'])
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(['Sustainable Development Goals', 'Building blocks that support it'])
  })

  test('links the building blocks that support it', () => {
    render(<BenefitPage benefit={health} locale="ar" />)
    const blocks = screen.getByRole('region', { name: 'اللبنات الأساسية التي تدعمها' })
    expect(within(blocks).getByRole('link', { name: 'Technical cooperation' })).toHaveAttribute('href', '/ar/building-blocks/technical-cooperation')
    const crumbs = within(screen.getByRole('navigation', { name: 'مسار التنقل' })).getAllByRole('listitem')
    expect(crumbs.map((li) => li.textContent)).toEqual(['الصفحة الرئيسية', 'الفوائد', 'Health'])
  })

  test('without goals, blocks or references it leaves those out and says no block is linked yet', () => {
    render(<BenefitPage benefit={{ ...health, sdgs: [], buildingBlocks: { docs: [], hasNextPage: false } }} locale="en" />)
    expect(screen.queryByRole('region', { name: 'Sustainable Development Goals' })).not.toBeInTheDocument()
    expect(screen.queryByRole('region', { name: 'References' })).not.toBeInTheDocument()
    expect(screen.getByText('No building block is linked to this benefit yet.')).toBeInTheDocument()
  })
})
