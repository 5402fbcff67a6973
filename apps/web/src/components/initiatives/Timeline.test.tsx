import { initiativeSummarySchema } from '@global-ai-governance/content'
import { render, screen, within } from '@testing-library/react'

import { formatKeyDate } from './labels'
import { Timeline, timelineJsonLd, timelineYears, type TimelineEntry } from './Timeline'

// Entries as the CMS sends them (the timeline's select is the initiative summary), checked against the contract.
const entry = (doc: Record<string, unknown>): TimelineEntry => initiativeSummarySchema.parse(doc)

const initiatives: TimelineEntry[] = [
  entry({ id: 1, title: 'EU AI Act', slug: 'eu-ai-act', kind: 'law', status: 'in-force', keyDate: '2024-08-01' }),
  entry({ id: 2, title: 'OECD AI Principles', slug: 'oecd-ai-principles', kind: 'declaration', status: 'adopted', keyDate: '2019-05' }),
  entry({ id: 3, title: 'Council of Europe Framework Convention', slug: 'coe-convention', kind: 'treaty', status: 'open-for-signature', keyDate: '2024-05-17' }),
  entry({ id: 4, title: 'A network', slug: 'a-network', kind: 'programme', status: 'operating', keyDate: null }),
  entry({ id: 5, title: 'Bletchley Declaration', slug: 'bletchley', kind: 'declaration', status: 'adopted', keyDate: '2023-11' }),
  entry({ id: 6, title: 'Hiroshima Process', slug: 'hiroshima', kind: 'commitment', status: 'operating', keyDate: '2023' }),
  entry({ id: 7, title: 'An older body', slug: 'older-body', kind: 'body', status: 'operating' }),
]

const yearSections = () => [...document.querySelectorAll('section.timeline')] as HTMLElement[]
const titlesIn = (section: HTMLElement) => within(section).getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent)

describe('the timeline', () => {
  test('years as headings, oldest first; each year\'s initiatives in date order', () => {
    render(<Timeline initiatives={initiatives} locale="en" />)
    expect(screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent)).toEqual(['2019', '2023', '2024', 'Date not recorded'])
    const [y2019, y2023, y2024] = yearSections() as [HTMLElement, HTMLElement, HTMLElement]
    expect(y2019).toHaveAccessibleName('2019')
    expect(titlesIn(y2019)).toEqual(['OECD AI Principles'])
    // A date known only to the year comes before the months of that year.
    expect(titlesIn(y2023)).toEqual(['Hiroshima Process', 'Bletchley Declaration'])
    expect(titlesIn(y2024)).toEqual(['Council of Europe Framework Convention', 'EU AI Act'])
  })

  test('each entry: its date at its precision, a link to its page, its kind and status', () => {
    render(<Timeline initiatives={initiatives} locale="en" />)
    const [, y2023, y2024] = yearSections() as [HTMLElement, HTMLElement, HTMLElement]
    const act = within(y2024).getAllByRole('listitem')[1]!
    expect(within(act).getByRole('link', { name: 'EU AI Act' })).toHaveAttribute('href', '/en/initiatives/eu-ai-act')
    expect(within(act).getByText('1 August 2024')).toHaveAttribute('datetime', '2024-08-01')
    expect(act).toHaveTextContent('Regulation or law')
    expect(act).toHaveTextContent('In force or applying')
    expect(within(y2023).getByText('November 2023')).toHaveAttribute('datetime', '2023-11')
  })

  test('initiatives without a key date are listed last, under "Date not recorded"', () => {
    render(<Timeline initiatives={initiatives} locale="en" />)
    const undated = yearSections().at(-1)!
    expect(within(undated).getByRole('heading', { level: 2 })).toHaveTextContent('Date not recorded')
    expect(titlesIn(undated)).toEqual(['A network', 'An older body'])
    expect(undated.querySelector('time')).toBeNull()
  })

  test('a list of the years to jump to, each an anchor of its heading', () => {
    render(<Timeline initiatives={initiatives} locale="en" />)
    const nav = screen.getByRole('navigation', { name: 'Go to a year' })
    const links = within(nav).getAllByRole('link')
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['2019', '#year-2019'],
      ['2023', '#year-2023'],
      ['2024', '#year-2024'],
      ['Date not recorded', '#year-undated'],
    ])
    for (const link of links) expect(document.getElementById(link.getAttribute('href')!.slice(1))?.tagName).toBe('H2')
  })

  test('breadcrumbs: home, the current efforts, the timeline; and a link back to the filtered list', () => {
    render(<Timeline initiatives={initiatives} locale="en" />)
    const crumbs = screen.getByRole('navigation', { name: 'Breadcrumb' })
    expect(within(crumbs).getByRole('link', { name: 'Current efforts' })).toHaveAttribute('href', '/en/initiatives')
    expect(within(crumbs).getByText('Timeline')).toHaveAttribute('aria-current', 'page')
    expect(screen.getByRole('link', { name: 'See the current efforts as a list you can filter' })).toHaveAttribute('href', '/en/initiatives')
  })

  test('nothing published: said so, no year headings', () => {
    render(<Timeline initiatives={[]} locale="en" />)
    expect(screen.getByText('No initiatives have been published yet.')).toBeInTheDocument()
    expect(screen.queryAllByRole('heading', { level: 2 })).toEqual([])
  })

  test('only undated initiatives: only the "Date not recorded" group', () => {
    render(<Timeline initiatives={[initiatives[3]!]} locale="en" />)
    expect(screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent)).toEqual(['Date not recorded'])
  })

  test('in Arabic: translated labels and years, English titles marked left to right', () => {
    const english = initiatives.map((initiative) => (initiative.id === 1 ? { ...initiative, lang: 'en' as const } : initiative))
    render(<Timeline initiatives={english} locale="ar" />)
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('الخط الزمني للجهود الحالية')
    expect(screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent)).toEqual([
      formatKeyDate('ar', '2019'),
      formatKeyDate('ar', '2023'),
      formatKeyDate('ar', '2024'),
      'التاريخ غير مسجل',
    ])
    expect(document.getElementById('year-2024')).toHaveTextContent(formatKeyDate('ar', '2024'))
    const act = screen.getByRole('link', { name: 'EU AI Act' })
    expect(act).toHaveAttribute('href', '/ar/initiatives/eu-ai-act')
    expect(act).toHaveAttribute('lang', 'en')
    expect(act).toHaveAttribute('dir', 'ltr')
    expect(screen.getByRole('link', { name: 'OECD AI Principles' })).not.toHaveAttribute('lang')
    expect(act.closest('li')).toHaveTextContent('لائحة أو قانون')
    expect(act.closest('li')).toHaveTextContent('نافذة أو قيد التطبيق')
    expect(screen.getByRole('navigation', { name: 'الانتقال إلى سنة' })).toBeInTheDocument()
  })

  test('grouping keeps every initiative exactly once', () => {
    const { years, undated } = timelineYears(initiatives)
    expect(years.map((year) => year.year)).toEqual([2019, 2023, 2024])
    expect([...years.flatMap((year) => year.entries), ...undated].map((initiative) => initiative.id).sort()).toEqual([1, 2, 3, 4, 5, 6, 7])
  })

  test('JSON-LD: a CollectionPage counting every initiative, under Home › Current efforts › Timeline', () => {
    const data = timelineJsonLd({ locale: 'fr', siteName: 'Gouvernance mondiale de l’IA', baseUrl: 'https://example.org' }, initiatives)
    const [page, trail] = data['@graph'] as [Record<string, unknown>, Record<string, unknown>]
    expect(page).toMatchObject({ '@type': 'CollectionPage', url: 'https://example.org/fr/timeline', inLanguage: 'fr', mainEntity: { '@type': 'ItemList', numberOfItems: 7 } })
    expect((page.mainEntity as { itemListElement: { name: string }[] }).itemListElement[0]).toMatchObject({ position: 1, name: 'OECD AI Principles' })
    expect(trail).toMatchObject({
      itemListElement: [
        { position: 1, item: 'https://example.org/fr' },
        { position: 2, item: 'https://example.org/fr/initiatives' },
        { position: 3, item: 'https://example.org/fr/timeline' },
      ],
    })
  })
})
