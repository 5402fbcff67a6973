import { fireEvent, render, screen, within } from '@testing-library/react'

import { safeEmbedUrl } from '@/lib/embed'
import { mediaEntries } from '@/test/fixtures'
import { filmWithEmbed, podcastWithoutEmbed } from '@/test/referenceFixtures'

import { ClickToLoadEmbed } from './ClickToLoadEmbed'
import { MediaPage } from './MediaPage'

describe('the media page', () => {
  test('one h1, breadcrumbs, and every entry with kind, publisher, partners, summary and questions', () => {
    render(<MediaPage entries={[filmWithEmbed, podcastWithoutEmbed]} locale="en" />)
    expect(screen.getAllByRole('heading', { level: 1 }).map((h) => h.textContent)).toEqual(['Films and podcasts'])
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([filmWithEmbed.title, podcastWithoutEmbed.title])
    const crumbs = within(screen.getByRole('navigation', { name: 'Breadcrumb' })).getAllByRole('listitem')
    expect(crumbs.map((li) => li.textContent)).toEqual(['Home', 'Films and podcasts'])
    const podcast = screen.getByRole('article', { name: podcastWithoutEmbed.title })
    expect(podcast.querySelector('p.secondary')).toHaveTextContent('Podcast · Foreign Policy · with Future of Life Institute')
    expect(within(podcast).getByText('What are the red lines not to cross, and how can they be enforced?')).toBeInTheDocument()
    expect(within(podcast).getByRole('link', { name: `Listen to ${podcastWithoutEmbed.title}` })).toHaveAttribute('href', podcastWithoutEmbed.watchUrl)
  })

  test('each title links to the entry’s own page in the visitor’s language', () => {
    render(<MediaPage entries={[filmWithEmbed, podcastWithoutEmbed]} locale="fr" />)
    expect(screen.getByRole('link', { name: filmWithEmbed.title })).toHaveAttribute('href', `/fr/media/${filmWithEmbed.slug}`)
    expect(screen.getByRole('link', { name: podcastWithoutEmbed.title })).toHaveAttribute('href', `/fr/media/${podcastWithoutEmbed.slug}`)
  })

  test('before the click: no iframe and no third-party image, a button naming the host, and the plain link', () => {
    const { container } = render(<MediaPage entries={[filmWithEmbed, podcastWithoutEmbed]} locale="en" />)
    expect(container.querySelector('iframe')).toBeNull()
    expect(container.querySelector('img')).toBeNull()
    expect(screen.getByRole('button', { name: `Play ${filmWithEmbed.title} (loads content from www.youtube-nocookie.com)` })).toBeInTheDocument()
    expect(screen.getAllByRole('button')).toHaveLength(1)
    expect(screen.getByRole('link', { name: `Watch ${filmWithEmbed.title}` })).toHaveAttribute('href', filmWithEmbed.watchUrl)
  })

  test('the click replaces the button with the player', () => {
    const { container } = render(<MediaPage entries={[filmWithEmbed]} locale="en" />)
    fireEvent.click(screen.getByRole('button', { name: /^Play / }))
    expect(screen.queryByRole('button')).not.toBeInTheDocument()
    const iframe = container.querySelector('iframe')!
    expect(iframe).toHaveAttribute('src', 'https://www.youtube-nocookie.com/embed/abc123')
    expect(iframe).toHaveAttribute('title', filmWithEmbed.title)
    expect(iframe).toHaveAttribute('referrerpolicy', 'strict-origin-when-cross-origin')
    expect(iframe.getAttribute('sandbox')).toContain('allow-scripts')
    // The plain link stays.
    expect(screen.getByRole('link', { name: `Watch ${filmWithEmbed.title}` })).toBeInTheDocument()
  })

  test('http, javascript: and other non-https embed addresses never give a button or an iframe', () => {
    const bad = ['http://www.youtube.com/embed/x', 'javascript:alert(1)', 'data:text/html,<p>x</p>', '//evil.example/x', '/embed/x', 'https://user:pw@example.org/x', 'not a url']
    for (const embedUrl of bad) {
      const { container, unmount } = render(<MediaPage entries={[{ ...filmWithEmbed, embedUrl, watchUrl: null }]} locale="en" />)
      expect(container.querySelector('iframe')).toBeNull()
      expect(screen.queryByRole('button')).not.toBeInTheDocument()
      expect(screen.queryByRole('link', { name: /^Watch/ })).not.toBeInTheDocument()
      unmount()
      // The client component checks again on its own.
      const direct = render(<ClickToLoadEmbed src={embedUrl} title="Film" label="Play Film" />)
      expect(direct.container).toBeEmptyDOMElement()
      direct.unmount()
    }
  })

  test('an embed without a watch page: the player address is the plain link', () => {
    render(<MediaPage entries={[{ ...filmWithEmbed, watchUrl: null }]} locale="en" />)
    expect(screen.getByRole('link', { name: `Watch ${filmWithEmbed.title}` })).toHaveAttribute('href', 'https://www.youtube-nocookie.com/embed/abc123')
  })

  test('the seeded entries (no links yet) render without button or link; an empty list says so', () => {
    render(<MediaPage entries={mediaEntries} locale="en" />)
    expect(screen.queryByRole('button')).not.toBeInTheDocument()
    expect(screen.getAllByRole('article')).toHaveLength(2)
    render(<MediaPage entries={[]} locale="en" />)
    expect(screen.getByText('No films or podcasts have been published yet.')).toBeInTheDocument()
  })

  test('safeEmbedUrl accepts https only', () => {
    expect(safeEmbedUrl('https://player.vimeo.com/video/1')?.hostname).toBe('player.vimeo.com')
    expect(safeEmbedUrl('HTTP://x.org')).toBeNull()
    expect(safeEmbedUrl(' javascript:alert(1)')).toBeNull()
    expect(safeEmbedUrl(null)).toBeNull()
  })

  test('in Russian the page, the questions and the play button speak Russian', () => {
    // The two fixture sets share ids: entries on one page never do.
    render(<MediaPage entries={[filmWithEmbed, ...mediaEntries.filter((entry) => entry.id !== filmWithEmbed.id)]} locale="ru" />)
    expect(screen.getByText(/^Проигрыватели с других сайтов/)).toBeInTheDocument()
    expect(screen.getByRole('button', { name: `Воспроизвести «${filmWithEmbed.title}» (загружает содержимое с www.youtube-nocookie.com)` })).toBeInTheDocument()
    expect(screen.queryByText(/Questions it addresses|Players from other sites/)).not.toBeInTheDocument()
  })

  test('each entry takes its direction from its own text, so an untranslated one reads left to right on an Arabic page', () => {
    render(<MediaPage entries={mediaEntries} locale="ar" />)
    for (const article of screen.getAllByRole('article')) expect(article).toHaveAttribute('dir', 'auto')
  })
})
