import { render, screen, within } from '@testing-library/react'

import { SearchPage, searchResultHref } from './SearchPage'

const results = [
  { collection: 'building-blocks' as const, slug: 'red-lines', title: 'Red lines', summary: 'Practices that must never happen.', rank: 1.5 },
  { collection: 'risks' as const, slug: 'misuse', title: 'Misuse', summary: '', rank: 0.4 },
  { collection: 'media-entries' as const, slug: 'the-film', title: 'The film', summary: 'A film.', rank: 0.3 },
  { collection: 'citations' as const, slug: 'maas-villalobos-2023', title: 'International AI Institutions', summary: 'Maas · 2023', rank: 0.2 },
]

describe('the search page', () => {
  test('a plain GET form to the page itself, with a labelled q input keeping the query', () => {
    render(<SearchPage locale="fr" query="lignes rouges" outcome={null} />)
    const form = screen.getByRole('search')
    expect(form).toHaveAttribute('method', 'get')
    expect(form).toHaveAttribute('action', '/fr/search')
    const input = within(form).getByLabelText('Rechercher sur le site')
    expect(input).toHaveAttribute('name', 'q')
    expect(input).toHaveValue('lignes rouges')
    expect(within(form).getByRole('button', { name: 'Rechercher' })).toHaveAttribute('type', 'submit')
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Recherche')
  })

  test('results: the count, the collection in words and a link to each page', () => {
    render(<SearchPage locale="en" query="red lines" outcome={{ status: 'results', results }} />)
    expect(screen.getByRole('region', { name: '4 results for “red lines”' })).toBeInTheDocument()
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('4 results for “red lines”')
    const items = [...document.body.querySelectorAll('ol.search-results > li')]
    expect(items.map((li) => li.querySelector('.search-results__collection')?.textContent)).toEqual([
      'Building block',
      'Risk',
      'Film or podcast',
      'Reference',
    ])
    expect(screen.getByRole('link', { name: 'Red lines' })).toHaveAttribute('href', '/en/building-blocks/red-lines')
    expect(screen.getByRole('link', { name: 'Misuse' })).toHaveAttribute('href', '/en/risks/misuse')
    expect(screen.getByRole('link', { name: 'The film' })).toHaveAttribute('href', '/en/media/the-film')
    expect(screen.getByRole('link', { name: 'International AI Institutions' })).toHaveAttribute('href', '/en/references#maas-villalobos-2023')
    expect(screen.getByText('Practices that must never happen.')).toBeInTheDocument()
  })

  test('the matching passage with its matched words marked; an English fallback result marked as English on a French page', () => {
    const passage = { collection: 'building-blocks' as const, slug: 'red-lines', title: 'Lignes rouges', summary: 'Des traités…', passage: 'Des \uE000traités\uE001 et des \uE000traité\uE001 <b>', language: 'fr', rank: 1 }
    const fallback = { collection: 'risks' as const, slug: 'bias', title: 'Bias', summary: 'About bias.', language: 'en', rank: 0.5 }
    const { container } = render(<SearchPage locale="fr" query="traité" outcome={{ status: 'results', results: [passage, fallback] }} />)
    expect([...container.querySelectorAll('mark')].map((mark) => mark.textContent)).toEqual(['traités', 'traité'])
    // The passage is text: markup in it is shown, never made.
    expect(container.querySelector('ol b')).toBeNull()
    expect(screen.getByText(/<b>/)).toBeInTheDocument()
    expect(screen.getByRole('heading', { level: 3, name: 'Bias' })).toHaveAttribute('lang', 'en')
    expect(screen.getByRole('heading', { level: 3, name: 'Lignes rouges' })).not.toHaveAttribute('lang')
  })

  test('one result is counted in the singular', () => {
    render(<SearchPage locale="en" query="misuse" outcome={{ status: 'results', results: [results[1]!] }} />)
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('1 result for “misuse”')
  })

  test('an empty state when nothing matches', () => {
    render(<SearchPage locale="en" query="zzz" outcome={{ status: 'results', results: [] }} />)
    expect(screen.getByRole('status')).toHaveTextContent('No results for “zzz”.')
    expect(screen.queryByRole('link', { name: /zzz/ })).not.toBeInTheDocument()
  })

  test('a clear message when the CMS fails', () => {
    render(<SearchPage locale="es" query="x" outcome={{ status: 'error' }} />)
    expect(screen.getByRole('alert')).toHaveTextContent('La búsqueda no está disponible en este momento.')
    expect(screen.getByRole('search')).toBeInTheDocument()
  })

  test('a query the CMS cannot search is named as such, not as an outage, with the form to try again', () => {
    render(<SearchPage locale="en" query="a\u0000b" outcome={{ status: 'invalid', reason: 'unsearchable' }} />)
    const alert = screen.getByRole('alert')
    expect(alert).toHaveTextContent('This query cannot be searched')
    expect(alert).not.toHaveTextContent('not available')
    expect(within(screen.getByRole('search')).getByRole('searchbox')).toBeInTheDocument()
  })

  test('an overlong query is told the limit, in the visitor\'s language', () => {
    render(<SearchPage locale="fr" query={'a'.repeat(300)} outcome={{ status: 'invalid', reason: 'too-long' }} />)
    expect(screen.getByRole('alert')).toHaveTextContent('Cette recherche est trop longue : utilisez au plus 200 caractères.')
  })

  test('benefits link to their page', () => {
    expect(searchResultHref('ar', { collection: 'benefits', slug: 'health' })).toBe('/ar/benefits/health')
  })
})
