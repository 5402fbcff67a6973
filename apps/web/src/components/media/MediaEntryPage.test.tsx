import { fireEvent, render, screen, within } from '@testing-library/react'

import { filmWithEmbed, podcastWithoutEmbed } from '@/test/referenceFixtures'

import { MediaEntryPage } from './MediaEntryPage'

const blocks = [
  { id: 1, title: 'Red lines', slug: 'red-lines', summary: 'Limits.', order: 1 },
  { id: 2, title: 'Scientific consensus', slug: 'scientific-consensus', summary: 'Shared facts.', order: 2 },
]

describe('a film’s or podcast’s own page', () => {
  test('one h1, the trail through the media page, what it is, its questions and the blocks it relates to', () => {
    render(<MediaEntryPage entry={{ ...podcastWithoutEmbed, relatedBuildingBlocks: [...blocks, 99] }} locale="en" />)
    expect(screen.getAllByRole('heading', { level: 1 }).map((h) => h.textContent)).toEqual([podcastWithoutEmbed.title])
    const crumbs = within(screen.getByRole('navigation', { name: 'Breadcrumb' })).getAllByRole('listitem')
    expect(crumbs.map((li) => li.textContent)).toEqual(['Home', 'Films and podcasts', podcastWithoutEmbed.title])
    expect(within(crumbs[1]!).getByRole('link')).toHaveAttribute('href', '/en/media')
    expect(document.querySelector('p.secondary')).toHaveTextContent('Podcast · Foreign Policy · with Future of Life Institute')
    const questions = screen.getByRole('region', { name: 'Questions it addresses' })
    expect(within(questions).getAllByRole('listitem').map((li) => li.textContent)).toEqual(podcastWithoutEmbed.questions!.map((q) => q.question))
    const related = screen.getByRole('region', { name: 'Building blocks it relates to' })
    // A block the reader may not see (a bare id) is left out.
    expect(within(related).getAllByRole('link').map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['Red lines', '/en/building-blocks/red-lines'],
      ['Scientific consensus', '/en/building-blocks/scientific-consensus'],
    ])
    expect(screen.getByRole('link', { name: `Listen to ${podcastWithoutEmbed.title}` })).toHaveAttribute('href', podcastWithoutEmbed.watchUrl)
  })

  test('a film with a player loads it only on the click, and keeps the plain link', () => {
    const { container } = render(<MediaEntryPage entry={{ ...filmWithEmbed, relatedBuildingBlocks: [] }} locale="en" />)
    expect(container.querySelector('iframe')).toBeNull()
    fireEvent.click(screen.getByRole('button', { name: `Play ${filmWithEmbed.title} (loads content from www.youtube-nocookie.com)` }))
    expect(container.querySelector('iframe')).toHaveAttribute('src', 'https://www.youtube-nocookie.com/embed/abc123')
    expect(screen.getByRole('link', { name: `Watch ${filmWithEmbed.title}` })).toHaveAttribute('href', filmWithEmbed.watchUrl)
    // No questions: no empty heading; no blocks: a sentence says so.
    expect(screen.queryByRole('region', { name: 'Questions it addresses' })).not.toBeInTheDocument()
    expect(within(screen.getByRole('region', { name: 'Building blocks it relates to' })).getByText('It is not linked to a building block yet.')).toBeInTheDocument()
  })

  test('in Arabic with the English text: the notice, and the English parts marked as English, the interface in Arabic', () => {
    render(<MediaEntryPage entry={{ ...podcastWithoutEmbed, relatedBuildingBlocks: blocks }} locale="ar" untranslated />)
    expect(screen.getByRole('heading', { level: 1 })).toHaveAttribute('lang', 'en')
    expect(screen.getByRole('heading', { level: 2, name: 'الأسئلة التي يتناولها' })).not.toHaveAttribute('lang')
    const questions = screen.getByRole('region', { name: 'الأسئلة التي يتناولها' })
    expect(within(questions).getByRole('list')).toHaveAttribute('lang', 'en')
    expect(screen.getByRole('link', { name: 'Red lines' })).toHaveAttribute('href', '/ar/building-blocks/red-lines')
  })
})
