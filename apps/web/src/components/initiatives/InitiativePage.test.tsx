import { render, screen, within } from '@testing-library/react'

import { InitiativePage, type InitiativePageContent } from './InitiativePage'

const full: InitiativePageContent = {
  title: 'Council of Europe Framework Convention on Artificial Intelligence',
  slug: 'council-of-europe-framework-convention',
  officialTitle: 'Council of Europe Framework Convention on Artificial Intelligence and Human Rights, Democracy and the Rule of Law',
  identifier: 'CETS No. 225',
  kind: 'treaty',
  status: 'open-for-signature',
  statusCheckedOn: '2026-12-02T00:00:00.000Z',
  dates: { announced: null, adopted: '2024-05-17', inForce: null },
  keyDate: '2024-05-17',
  buildingBlocks: [{ id: 1, title: 'Institutional arrangements', slug: 'institutional-arrangements', summary: 'x', order: 6 }],
  risks: [{ id: 2, title: 'Bias', slug: 'bias', summary: 'x', order: 1 }, 77],
  actors: [{ id: 4, name: 'Council of Europe', slug: 'council-of-europe', shortName: 'CoE', kind: 'international-organisation' }, 88],
  summary: 'The first binding international treaty on AI.',
  limits: 'Parties may exclude national-security uses.',
  sources: [
    { id: 's1', title: 'Council of Europe: the Framework Convention', url: 'https://www.coe.int/en/web/artificial-intelligence/the-framework-convention-on-artificial-intelligence' },
    { id: 's2', title: 'Not a safe link', url: 'javascript:alert(1)' },
  ],
  relatedInitiatives: [{ id: 13, title: 'EU AI Act', slug: 'eu-ai-act', kind: 'law', status: 'in-force', keyDate: '2024-08-01' }],
  updatedAt: '2026-12-02T09:30:00.000Z',
}

const minimal: InitiativePageContent = {
  ...full,
  officialTitle: null,
  identifier: null,
  dates: { announced: '2025', adopted: null, inForce: null },
  keyDate: '2025',
  risks: null,
  actors: null,
  limits: null,
  sources: null,
  relatedInitiatives: null,
}

const facts = () => {
  const list = document.querySelector('dl.initiative-facts')!
  return Object.fromEntries([...list.querySelectorAll(':scope > div')].map((row) => [row.querySelector('dt')!.textContent, row.querySelector('dd')!.textContent]))
}

describe('the page of one initiative', () => {
  test('shows its official title, identifier, kind, status as of the day it was checked, dates at their precision and who takes part', () => {
    render(<InitiativePage initiative={full} locale="en" />)
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(full.title)
    expect(screen.getByText(full.officialTitle!)).toBeInTheDocument()
    expect(facts()).toEqual({
      Identifier: 'CETS No. 225',
      Kind: 'Treaty or convention',
      Status: 'Open for signature, as of 2 December 2026',
      Adopted: '17 May 2024',
      Who: 'Council of Europe (CoE)',
    })
    expect(screen.getByRole('link', { name: 'Council of Europe' })).toHaveAttribute('href', '/en/actors/council-of-europe')
  })

  test('links its official sources (https only), blocks, risks and related initiatives; says when it was last updated', () => {
    render(<InitiativePage initiative={full} locale="en" />)
    const sources = screen.getByRole('region', { name: 'Official sources' })
    expect(within(sources).getAllByRole('link').map((link) => link.getAttribute('href'))).toEqual([full.sources![0]!.url])
    expect(within(sources).getByText('(www.coe.int)')).toBeInTheDocument()
    expect(within(screen.getByRole('region', { name: 'Building blocks it serves' })).getByRole('link')).toHaveAttribute('href', '/en/building-blocks/institutional-arrangements')
    expect(within(screen.getByRole('region', { name: 'Risks it addresses' })).getAllByRole('link')).toHaveLength(1)
    expect(within(screen.getByRole('region', { name: 'Related initiatives' })).getByRole('link', { name: 'EU AI Act' })).toHaveAttribute('href', '/en/initiatives/eu-ai-act')
    expect(screen.getByRole('region', { name: 'Limits' })).toHaveTextContent('Parties may exclude national-security uses.')
    expect(screen.getByText(/Last updated/)).toHaveTextContent('Last updated 2 December 2026')
    const crumbs = within(screen.getByRole('navigation', { name: 'Breadcrumb' })).getAllByRole('listitem')
    expect(within(crumbs[1]!).getByRole('link')).toHaveAttribute('href', '/en/initiatives')
  })

  test('with only what is required: no empty sections, and it says no source is recorded yet', () => {
    render(<InitiativePage initiative={minimal} locale="en" />)
    expect(facts()).toEqual({ Kind: 'Treaty or convention', Status: 'Open for signature, as of 2 December 2026', Announced: '2025' })
    expect(screen.queryByRole('region', { name: 'Limits' })).not.toBeInTheDocument()
    expect(screen.queryByRole('region', { name: 'Risks it addresses' })).not.toBeInTheDocument()
    expect(screen.queryByRole('region', { name: 'Related initiatives' })).not.toBeInTheDocument()
    expect(screen.getByText('No official source is recorded yet.')).toBeInTheDocument()
  })

  test('in Arabic: the interface in Arabic, the date in Arabic, English fallback text marked as English', () => {
    render(<InitiativePage initiative={{ ...full, dates: { announced: '2023-11', adopted: null, inForce: null } }} locale="ar" untranslated />)
    expect(screen.getByRole('heading', { level: 1 })).toHaveAttribute('lang', 'en')
    expect(screen.getByRole('region', { name: 'المصادر الرسمية' })).toBeInTheDocument()
    expect(facts()['الحالة']).toMatch(/^مفتوحة للتوقيع|حتى/)
    expect(screen.getByText('أُعلنت')).toBeInTheDocument()
    expect(document.querySelector('time[datetime="2023-11"]')).not.toBeNull()
    // The summary, the limits and the source titles may be the English fallback too: marked English, left to right.
    for (const text of [full.summary, full.limits!, 'Council of Europe: the Framework Convention']) {
      expect(screen.getByText(text)).toHaveAttribute('lang', 'en')
      expect(screen.getByText(text)).toHaveAttribute('dir', 'ltr')
    }
  })

  test('translated, the limits and source titles carry no English mark', () => {
    render(<InitiativePage initiative={full} locale="fr" />)
    for (const text of [full.limits!, 'Council of Europe: the Framework Convention']) expect(screen.getByText(text)).not.toHaveAttribute('lang')
  })
})
