import { render, screen, within } from '@testing-library/react'

import { ActorPage, ActorsIndex } from './ActorPages'

describe('the actors', () => {
  test('the index groups actors by kind, each with its count of initiatives, linking to its page', () => {
    render(
      <ActorsIndex
        locale="en"
        actors={[
          { id: 1, name: 'Organisation for Economic Co-operation and Development', slug: 'oecd', shortName: 'OECD', kind: 'international-organisation', initiativeCount: 5 },
          { id: 2, name: 'Group of Seven', slug: 'g7', shortName: 'G7', kind: 'group-of-states', initiativeCount: 1 },
          { id: 3, name: 'Council of Europe', slug: 'council-of-europe', shortName: null, kind: 'international-organisation', initiativeCount: 0 },
        ]}
      />,
    )
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(['International organisations', 'Groups of states and summit series'])
    const organisations = screen.getByRole('region', { name: 'International organisations' })
    expect(within(organisations).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Organisation for Economic Co-operation and Development (OECD) · 5 initiatives',
      'Council of Europe · 0 initiatives',
    ])
    expect(screen.getByRole('link', { name: 'Group of Seven' })).toHaveAttribute('href', '/en/actors/g7')
    expect(screen.getByText(/1 initiative$/)).toBeInTheDocument()
  })

  test('an actor’s page shows its kind, official site and initiatives, with a link to them in the tracker', () => {
    render(
      <ActorPage
        locale="fr"
        actor={{
          name: 'OCDE',
          slug: 'oecd',
          shortName: 'OCDE',
          kind: 'international-organisation',
          url: 'https://www.oecd.org/',
          summary: null,
          updatedAt: '2026-12-01T00:00:00.000Z',
          initiatives: { docs: [{ id: 9, title: 'Principes de l’OCDE sur l’IA', slug: 'oecd-ai-principles', kind: 'declaration', status: 'adopted', keyDate: '2019-05-22' }], hasNextPage: false, totalDocs: 1 },
        }}
      />,
    )
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('OCDE')
    expect(screen.getByText('Organisations internationales')).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Site officiel (www.oecd.org)' })).toHaveAttribute('href', 'https://www.oecd.org/')
    const region = screen.getByRole('region', { name: 'Leurs initiatives' })
    expect(within(region).getByRole('link', { name: 'Principes de l’OCDE sur l’IA' })).toHaveAttribute('href', '/fr/initiatives/oecd-ai-principles')
    expect(within(region).getByRole('link', { name: /Voir les 1/ })).toHaveAttribute('href', '/fr/initiatives?actor=oecd')
  })
})
