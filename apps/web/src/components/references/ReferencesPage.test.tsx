// Before citation-js loads (jsdom has no fetch).
import '@/test/browserFetchStub'

import { render, screen, within } from '@testing-library/react'

import { seededCitations, webpageCitation } from '@/test/referenceFixtures'

import { ReferencesPage } from './ReferencesPage'

describe('the references page', () => {
  test('one h1, breadcrumbs, and the seeded references in APA style sorted by first author then year', () => {
    const { container } = render(<ReferencesPage citations={seededCitations} locale="en" />)
    expect(screen.getAllByRole('heading', { level: 1 }).map((h) => h.textContent)).toEqual(['References'])
    const crumbs = within(screen.getByRole('navigation', { name: 'Breadcrumb' })).getAllByRole('listitem')
    expect(crumbs.map((li) => li.textContent)).toEqual(['Home', 'References'])
    const entries = container.querySelectorAll('ol.references > li')
    expect([...entries].map((li) => li.id)).toEqual(['cass-beggs-et-al-2024', 'maas-villalobos-2023', 'villalobos-maas-winter-2026'])
    expect(entries[0]!.querySelector('p')!.textContent).toBe(
      'Cass-Beggs, D., Clare, S., Dimowo, D., & Kara, Z. (2024). Framework Convention on Global AI Challenges. Centre for International Governance Innovation (CIGI).',
    )
    expect(entries[1]!.querySelector('p')!.textContent).toBe(
      'Maas, M. M., & Villalobos Ruiz, J. J. (2023). International AI Institutions: A Literature Review of Models, Examples, and Proposals (AI Foundations Report). Legal Priorities Project. https://doi.org/10.2139/ssrn.4579773',
    )
    expect(entries[2]!.querySelector('p')!.textContent).toBe('Villalobos, Maas, & Winter. (2026).')
  })

  test('each entry is anchored by its slug, as the pages link to it', () => {
    const { container } = render(<ReferencesPage citations={seededCitations} locale="fr" />)
    for (const slug of ['villalobos-maas-winter-2026', 'maas-villalobos-2023', 'cass-beggs-et-al-2024']) {
      expect(container.querySelector(`#${slug}`)).toBeInTheDocument()
    }
  })

  test('the DOI is a link to doi.org, and a web page its address', () => {
    render(<ReferencesPage citations={[...seededCitations, webpageCitation]} locale="en" />)
    expect(screen.getByRole('link', { name: 'https://doi.org/10.2139/ssrn.4579773' })).toHaveAttribute('href', 'https://doi.org/10.2139/ssrn.4579773')
    expect(screen.getByRole('link', { name: 'https://oecd.ai/en/ai-principles' })).toHaveAttribute('href', 'https://oecd.ai/en/ai-principles')
  })

  test('a reference without a title says its details are to be confirmed', () => {
    const { container } = render(<ReferencesPage citations={seededCitations} locale="en" />)
    const untitled = container.querySelector('#villalobos-maas-winter-2026') as HTMLElement
    expect(within(untitled).getByText(/^Details to be confirmed/)).toBeInTheDocument()
    const titled = container.querySelector('#maas-villalobos-2023') as HTMLElement
    expect(within(titled).queryByText(/^Details to be confirmed/)).not.toBeInTheDocument()
  })

  test('exports: all references and each one, as BibTeX, RIS and CSL-JSON', () => {
    const { container } = render(<ReferencesPage citations={seededCitations} locale="en" />)
    const links = [...container.querySelectorAll('a[download]')].map((a) => a.getAttribute('href'))
    expect(links.slice(0, 3)).toEqual(['/api/references/all.bib', '/api/references/all.ris', '/api/references/all.json'])
    const maas = container.querySelector('#maas-villalobos-2023') as HTMLElement
    expect(within(maas).getAllByRole('link').filter((a) => a.hasAttribute('download')).map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['BibTeX', '/api/references/maas-villalobos-2023.bib'],
      ['RIS', '/api/references/maas-villalobos-2023.ris'],
      ['CSL-JSON', '/api/references/maas-villalobos-2023.json'],
    ])
  })

  test('with nothing published it says so', () => {
    render(<ReferencesPage citations={[]} locale="en" />)
    expect(screen.getByText('No references have been published yet.')).toBeInTheDocument()
    expect(screen.queryByRole('link', { name: 'BibTeX' })).not.toBeInTheDocument()
  })

  test('in French, every label around the references is French', () => {
    render(<ReferencesPage citations={seededCitations} locale="fr" />)
    expect(screen.getByRole('heading', { level: 1, name: 'Références' })).toBeInTheDocument()
    expect(screen.getByText(/^Les travaux sur lesquels s’appuie ce site/)).toBeInTheDocument()
    expect(screen.getByText(/^Télécharger toutes les références/)).toBeInTheDocument()
    expect(screen.getAllByText(/^Exporter cette référence/)).toHaveLength(seededCitations.length)
    expect(screen.queryByText(/Export this reference|Download all references/)).not.toBeInTheDocument()
  })
})
