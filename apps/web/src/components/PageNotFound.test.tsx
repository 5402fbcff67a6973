import { render, screen } from '@testing-library/react'

import { PageNotFound } from './PageNotFound'

describe('the page-not-found message', () => {
  test('says plainly that there is no page and offers the home page and the building blocks, in the visitor’s language', () => {
    render(<PageNotFound locale="ru" />)
    expect(screen.getAllByRole('heading', { level: 1 }).map((h) => h.textContent)).toEqual(['Страница не найдена'])
    expect(screen.getByText('Если вы вводили адрес вручную, проверьте, правильно ли он написан.')).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Перейти на главную страницу' })).toHaveAttribute('href', '/ru')
    expect(screen.getByRole('link', { name: 'Посмотреть основные элементы' })).toHaveAttribute('href', '/ru/building-blocks')
  })
})
