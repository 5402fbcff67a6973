import { render, screen } from '@testing-library/react'

import { DraftSavedAt, PreviewBanner } from './PreviewBanner'

jest.mock('next/navigation', () => ({ usePathname: () => '/fr/risks/bias' }))

describe('the draft preview banner', () => {
  test('says in the page’s language that drafts are shown, and offers a way out that returns to this page', () => {
    const { container } = render(<PreviewBanner locale="fr" />)
    const banner = screen.getByRole('region', { name: 'Aperçu du brouillon' })
    expect(banner).toHaveTextContent('Vous voyez des brouillons non publiés. Les visiteurs ne les voient pas.')
    const form = container.querySelector('form')!
    expect(form).toHaveAttribute('method', 'post')
    expect(form).toHaveAttribute('action', '/api/preview/exit')
    expect(container.querySelector('input[name="path"]')).toHaveValue('/fr/risks/bias')
    expect(screen.getByRole('button', { name: 'Quitter l’aperçu' })).toHaveAttribute('type', 'submit')
  })

  test('the time of the draft is written out in the visitor’s language, in UTC', () => {
    render(<DraftSavedAt savedAt="2026-11-27T14:05:00.000Z" locale="en" />)
    // British English, as the rest of the site's dates (GOV.UK's style).
    expect(screen.getByText('Draft saved 27 November 2026 at 14:05 UTC')).toBeInTheDocument()
  })

  test('no time, no line', () => {
    const { container } = render(<DraftSavedAt savedAt={null} locale="en" />)
    expect(container).toBeEmptyDOMElement()
  })
})
