import { render, screen, within } from '@testing-library/react'

import { PageUpdates } from './PageUpdates'

const updates = {
  collection: 'initiatives' as const,
  slug: 'global-dialogue',
  lastUpdated: '2026-12-02T09:30:00.000Z',
  updates: [
    { publishedAt: '2026-12-02T09:30:00.000Z', note: 'Updated the status: operating.' },
    { publishedAt: '2026-07-10T08:00:00.000Z', note: 'Added the first session in Geneva.' },
  ],
}

describe('PageUpdates', () => {
  test('shows the last update and, in a disclosure that works without JavaScript, every update with a note, newest first', () => {
    render(<PageUpdates updates={updates} locale="en" />)
    const region = screen.getByRole('region', { name: 'Page history' })
    expect(within(region).getByText(/Last updated/)).toHaveTextContent('Last updated 2 December 2026')
    expect(within(region).getAllByText('2 December 2026', { selector: 'time' })[0]).toHaveAttribute('datetime', '2026-12-02T09:30:00.000Z')
    const details = region.querySelector('details')!
    expect(details).not.toHaveAttribute('open')
    expect(within(details).getByText('Show all updates (2)')).toBeInTheDocument()
    const items = within(details).getAllByRole('listitem')
    expect(items.map((item) => item.textContent)).toEqual(['2 December 2026Updated the status: operating.', '10 July 2026Added the first session in Geneva.'])
  })

  test('without notes shows only the date; without data nothing', () => {
    const { container, rerender } = render(<PageUpdates updates={{ ...updates, updates: [] }} locale="en" />)
    expect(screen.getByText(/Last updated/)).toBeInTheDocument()
    expect(container.querySelector('details')).toBeNull()
    rerender(<PageUpdates updates={null} locale="en" />)
    expect(container).toBeEmptyDOMElement()
  })

  test('speaks the visitor’s language and formats dates in it', () => {
    render(<PageUpdates updates={updates} locale="ar" />)
    expect(screen.getByRole('region', { name: 'سجل الصفحة' })).toBeInTheDocument()
    expect(screen.getByText(/آخر تحديث/)).toBeInTheDocument()
    expect(screen.getByText('عرض كل التحديثات (2)')).toBeInTheDocument()
  })

  test('counts the updates in the visitor’s language', () => {
    render(<PageUpdates updates={{ ...updates, updates: updates.updates.slice(0, 1) }} locale="fr" />)
    expect(screen.getByText('Afficher toutes les mises à jour (1)')).toBeInTheDocument()
    expect(screen.getByText(/Dernière mise à jour/)).toHaveTextContent('Dernière mise à jour : 2 décembre 2026')
  })
})
