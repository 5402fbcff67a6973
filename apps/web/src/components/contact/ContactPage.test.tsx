import { render, screen, within } from '@testing-library/react'

import { site } from '@/test/fixtures'

import { ContactPage } from './ContactPage'

describe('the contact page', () => {
  test('heading as the one h1, breadcrumbs, people, team and organisation', () => {
    render(<ContactPage contact={site.contact} locale="en" />)
    expect(screen.getAllByRole('heading', { level: 1 }).map((h) => h.textContent)).toEqual(['Contact Us'])
    const crumbs = within(screen.getByRole('navigation', { name: 'Breadcrumb' })).getAllByRole('listitem')
    expect(crumbs.map((li) => li.textContent)).toEqual(['Home', 'Contact Us'])
    expect(screen.getByText('José Jaime Villalobos')).toBeInTheDocument()
    expect(screen.getByText('Ima (Imane) Bello')).toBeInTheDocument()
    expect(screen.getByText(/Multilateral Governance Team/)).toBeInTheDocument()
    expect(screen.getByText(/Future of Life Institute/)).toBeInTheDocument()
  })

  test('without an email there is no mailto link and no email line', () => {
    const { container } = render(<ContactPage contact={site.contact} locale="en" />)
    expect(container.querySelector('a[href^="mailto:"]')).toBeNull()
    expect(screen.queryByText(/Email/)).not.toBeInTheDocument()
  })

  test('with an email it is a mailto link', () => {
    render(<ContactPage contact={{ ...site.contact, email: 'team@example.org' }} locale="en" />)
    expect(screen.getByRole('link', { name: 'team@example.org' })).toHaveAttribute('href', 'mailto:team@example.org')
  })

  test('in Spanish the email line is Spanish', () => {
    render(<ContactPage contact={{ ...site.contact, email: 'team@example.org' }} locale="es" />)
    expect(screen.getByText(/^Correo electrónico:/)).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'team@example.org' })).toHaveAttribute('href', 'mailto:team@example.org')
  })
})
