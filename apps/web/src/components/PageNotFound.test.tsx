import { render, screen } from '@testing-library/react'

import { PageNotFound } from './PageNotFound'

describe('the page-not-found message', () => {
  test('says plainly that there is no page and offers the home page and the building blocks, in the visitor’s language', () => {
    render(<PageNotFound locale="ru" />)
    expect(screen.getAllByRole('heading', { level: 1 }).map((h) => h.textContent)).toEqual(['Page not found'])
    expect(screen.getByText('If you typed the web address, check it is correct.')).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Go to the home page' })).toHaveAttribute('href', '/ru')
    expect(screen.getByRole('link', { name: 'See the building blocks' })).toHaveAttribute('href', '/ru/building-blocks')
  })
})
