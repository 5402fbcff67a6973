import { render, screen } from '@testing-library/react'

import { AddressNotFound } from './AddressNotFound'

describe('the page for an address that matches nothing', () => {
  test('says so in English and offers each language’s home page, each marked with its language', () => {
    render(<AddressNotFound />)
    expect(screen.getByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Skip to main content' })).toHaveAttribute('href', '#main-content')
    expect(screen.getByRole('link', { name: 'Go to the home page' })).toHaveAttribute('href', '/en')
    const arabic = screen.getByRole('link', { name: 'انتقل إلى الصفحة الرئيسية' })
    expect(arabic).toHaveAttribute('href', '/ar')
    expect(arabic.closest('[lang]')).toHaveAttribute('lang', 'ar')
    expect(arabic.closest('[lang]')).toHaveAttribute('dir', 'rtl')
    expect(screen.getByRole('link', { name: 'Aller à la page d’accueil' }).closest('[lang]')).toHaveAttribute('lang', 'fr')
    expect(screen.getAllByRole('listitem')).toHaveLength(6)
  })
})
