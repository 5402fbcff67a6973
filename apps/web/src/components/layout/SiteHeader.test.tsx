import { render, screen } from '@testing-library/react'

import { site } from '@/test/fixtures'

import { SiteFooter } from './SiteFooter'
import { SiteHeader } from './SiteHeader'

describe('site header and footer', () => {
  test('the first link skips to the main content', () => {
    render(<SiteHeader site={site} locale="en" />)
    const links = screen.getAllByRole('link')
    expect(links[0]).toHaveTextContent('Skip to main content')
    expect(links[0]).toHaveAttribute('href', '#main-content')
  })

  test('a small search box: a plain GET form to the search page in the visitor language', () => {
    render(<SiteHeader site={site} locale="ru" />)
    const form = screen.getByRole('search', { name: 'Поиск по сайту' })
    expect(form).toHaveAttribute('method', 'get')
    expect(form).toHaveAttribute('action', '/ru/search')
    expect(screen.getByRole('searchbox', { name: 'Поиск по сайту' })).toHaveAttribute('name', 'q')
    expect(screen.getByRole('button', { name: 'Поиск' })).toHaveAttribute('type', 'submit')
  })

  test('navigation keeps the visitor in their language and leaves outside links alone', () => {
    render(<SiteHeader site={site} locale="fr" />)
    const nav = screen.getByRole('navigation', { name: 'Principale' })
    expect(nav).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Home' })).toHaveAttribute('href', '/fr')
    expect(screen.getByRole('link', { name: 'Building blocks' })).toHaveAttribute('href', '/fr/building-blocks')
    expect(screen.getByRole('link', { name: 'Future of Life Institute' })).toHaveAttribute('href', 'https://futureoflife.org/')
  })

  test('the footer carries the closing line, copyright and who maintains the site', () => {
    render(<SiteFooter footer={site.footer} />)
    expect(screen.getByRole('contentinfo')).toHaveTextContent('Global challenges require global coordination.')
    expect(screen.getByText('© Future of Life Institute, 2025')).toBeInTheDocument()
    expect(screen.getByText(/maintained by the Future of Life Institute/)).toBeInTheDocument()
  })
})
