import { render, screen, within } from '@testing-library/react'

import { site } from '@/test/fixtures'

import { SiteHeader } from './SiteHeader'

let mockPathname: string | null = '/fr/risks/bias'
jest.mock('next/navigation', () => ({ usePathname: () => mockPathname }))

const switcher = () => screen.getByRole('navigation', { name: 'Langues' })
const linkTo = (name: string) => within(switcher()).getByRole('link', { name })

describe('the language switcher in the site header', () => {
  beforeEach(() => {
    mockPathname = '/fr/risks/bias'
  })

  test('links to the same page in each of the six languages, each named in its own language', () => {
    render(<SiteHeader site={site} locale="fr" />)
    expect(within(switcher()).getAllByRole('link').map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['English', '/en/risks/bias'],
      ['Français', '/fr/risks/bias'],
      ['Español', '/es/risks/bias'],
      ['العربية', '/ar/risks/bias'],
      ['中文', '/zh/risks/bias'],
      ['Русский', '/ru/risks/bias'],
    ])
  })

  test('marks each link with its language (lang and hreflang) and the current one with aria-current', () => {
    render(<SiteHeader site={site} locale="fr" />)
    expect(linkTo('العربية')).toHaveAttribute('lang', 'ar')
    expect(linkTo('العربية')).toHaveAttribute('hreflang', 'ar')
    expect(linkTo('Français')).toHaveAttribute('aria-current', 'true')
    expect(within(switcher()).getAllByRole('link').filter((a) => a.hasAttribute('aria-current'))).toHaveLength(1)
  })

  test('an address without a language prefix (English by default) keeps its path', () => {
    mockPathname = '/building-blocks/red-lines'
    render(<SiteHeader site={site} locale="en" />)
    const nav = screen.getByRole('navigation', { name: 'Languages' })
    expect(within(nav).getByRole('link', { name: 'Español' })).toHaveAttribute('href', '/es/building-blocks/red-lines')
    expect(within(nav).getByRole('link', { name: 'English' })).toHaveAttribute('aria-current', 'true')
  })

  test('on the home page each link goes to the home page of that language', () => {
    mockPathname = '/ar'
    render(<SiteHeader site={site} locale="ar" />)
    const nav = screen.getByRole('navigation', { name: 'اللغات' })
    expect(within(nav).getByRole('link', { name: 'English' })).toHaveAttribute('href', '/en')
    expect(within(nav).getByRole('link', { name: 'العربية' })).toHaveAttribute('aria-current', 'true')
  })

  test('without a known path (outside the router) it offers each home page', () => {
    mockPathname = null
    render(<SiteHeader site={site} locale="zh" />)
    expect(within(screen.getByRole('navigation', { name: '语言' })).getByRole('link', { name: 'Русский' })).toHaveAttribute('href', '/ru')
  })

  test('the rest of the header is in the visitor’s language', () => {
    render(<SiteHeader site={site} locale="fr" />)
    expect(screen.getAllByRole('link')[0]).toHaveTextContent('Aller au contenu principal')
    expect(screen.getByRole('navigation', { name: 'Principale' })).toBeInTheDocument()
  })
})
