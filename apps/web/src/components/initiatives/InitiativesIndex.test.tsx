import { initiativeSchema, schemaForSelect, searchLimits, type Locale } from '@global-ai-governance/content'
import { render, screen, within } from '@testing-library/react'

import { BuildingBlocksSection } from '@/components/home/BuildingBlocksSection'
import { parseInitiativeFilters } from '@/lib/initiativeFilters'
import { home } from '@/test/fixtures'

import { InitiativesIndex, initiativesIndexJsonLd } from './InitiativesIndex'
import type { ListedInitiative, ResultsPage } from './InitiativeResults'
import { formatKeyDate, initiativeKindLabel, initiativeStatusLabel } from './labels'
import { translator } from '@/lib/i18n'

const choices = {
  buildingBlocks: [
    { id: 1, title: 'Red lines', slug: 'red-lines' },
    { id: 2, title: 'Safety standards', slug: 'safety-standards' },
  ],
  risks: [
    { id: 7, title: 'Misuse', slug: 'misuse' },
    { id: 8, title: 'Bias', slug: 'bias' },
  ],
  actors: [
    { id: 30, name: 'Organisation for Economic Co-operation and Development', shortName: 'OECD', slug: 'oecd' },
    { id: 31, name: 'Council of Europe', shortName: null, slug: 'council-of-europe' },
  ],
}
const known = { block: ['red-lines', 'safety-standards'], risk: ['misuse', 'bias'], actor: ['oecd', 'council-of-europe'] }

// Rows as the CMS sends them for the index's select, checked against the contract.
const listed = schemaForSelect(initiativeSchema, { title: true, slug: true, kind: true, status: true, keyDate: true, identifier: true, actors: true })
const row = (doc: Record<string, unknown>): ListedInitiative => listed.parse(doc) as unknown as ListedInitiative

const convention = row({
  id: 12,
  title: 'Council of Europe Framework Convention on Artificial Intelligence',
  slug: 'council-of-europe-framework-convention',
  identifier: 'CETS No. 225',
  kind: 'treaty',
  status: 'open-for-signature',
  keyDate: '2024-05-17',
  actors: [{ id: 31, name: 'Council of Europe', slug: 'council-of-europe', shortName: null, kind: 'international-organisation' }],
})
const principles = row({
  id: 14,
  title: 'OECD AI Principles',
  slug: 'oecd-ai-principles',
  identifier: null,
  kind: 'declaration',
  status: 'adopted',
  keyDate: '2019-05',
  actors: [{ id: 30, name: 'Organisation for Economic Co-operation and Development', slug: 'oecd', shortName: 'OECD', kind: 'international-organisation' }, 99],
})
const undatedBody = row({ id: 15, title: 'A network without a date', slug: 'network', kind: 'programme', status: 'operating', keyDate: null, actors: [] })

const resultsOf = (docs: ListedInitiative[], totals: Partial<ResultsPage> = {}): ResultsPage => ({ docs, totalDocs: docs.length, page: 1, totalPages: 1, ...totals })

function renderIndex(query: string, { locale = 'en' as Locale, results = resultsOf([convention, principles, undatedBody]) } = {}) {
  const { filters, problems } = parseInitiativeFilters(new URLSearchParams(query), known)
  return render(<InitiativesIndex locale={locale} filters={filters} problems={problems} choices={choices} results={results} />)
}

const form = () => document.querySelector<HTMLFormElement>('form.filters')!
const checked = () => [...form().querySelectorAll<HTMLInputElement>('input[type=checkbox]:checked')].map((box) => `${box.name}=${box.value}`)
const openGroups = () => [...form().querySelectorAll<HTMLDetailsElement>('details')].filter((group) => group.open).map((group) => group.id)

describe('the filter form', () => {
  test('a GET form to the index itself, with a legend or label for every control, and no filter set', () => {
    renderIndex('')
    expect(form()).toHaveAttribute('method', 'get')
    expect(form()).toHaveAttribute('action', '/en/initiatives')
    expect(within(form()).getByRole('heading', { level: 2, name: 'Filter the initiatives' })).toBeInTheDocument()
    expect(within(form()).getByLabelText('Contains the text')).toHaveAttribute('name', 'q')
    expect(within(form()).getByLabelText('Contains the text')).toHaveAttribute('maxlength', String(searchLimits.maxQueryLength))
    expect(within(form()).getByRole('group', { name: 'Years' })).toBeInTheDocument()
    expect(within(form()).getByLabelText('From')).toHaveAttribute('inputmode', 'numeric')
    expect(within(form()).getByLabelText('To')).toHaveAttribute('name', 'to')
    for (const name of ['Building block', 'Risk', 'Kind', 'Status', 'Actor']) expect(within(form()).getByRole('group', { name })).toBeInTheDocument()
    expect(within(form()).getByLabelText('Red lines')).toHaveAttribute('name', 'block')
    expect(within(form()).getByLabelText('Bias')).toHaveAttribute('name', 'risk')
    expect(within(form()).getByLabelText('Treaty or convention')).toHaveAttribute('value', 'treaty')
    expect(within(form()).getByLabelText('In force or applying')).toHaveAttribute('value', 'in-force')
    expect(within(form()).getByLabelText('Organisation for Economic Co-operation and Development (OECD)')).toHaveAttribute('value', 'oecd')
    expect(within(form()).getByLabelText('Council of Europe')).toHaveAttribute('name', 'actor')
    expect(within(form()).getByRole('combobox', { name: 'Sort by' })).toHaveValue('date-desc')
    expect(within(form()).getByRole('button', { name: 'Apply filters' })).toHaveAttribute('type', 'submit')
    expect(within(form()).getByRole('link', { name: 'Clear filters' })).toHaveAttribute('href', '/en/initiatives')
    expect(checked()).toEqual([])
    expect(openGroups()).toEqual([])
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
  })

  test.each([
    ['block=safety-standards', ['block=safety-standards'], ['filter-block']],
    ['risk=misuse', ['risk=misuse'], ['filter-risk']],
    ['kind=law&kind=treaty', ['kind=treaty', 'kind=law'], ['filter-kind']],
    ['status=withdrawn', ['status=withdrawn'], ['filter-status']],
    ['actor=oecd', ['actor=oecd'], ['filter-actor']],
  ])('%s alone stays checked, its group open', (query, boxes, groups) => {
    renderIndex(query)
    expect(checked()).toEqual(boxes)
    expect(openGroups()).toEqual(groups)
  })

  test('years, text and sort stay filled in', () => {
    renderIndex('from=2019&to=2024&q=framework&sort=name')
    expect(screen.getByLabelText('From')).toHaveValue('2019')
    expect(screen.getByLabelText('To')).toHaveValue('2024')
    expect(screen.getByLabelText('Contains the text')).toHaveValue('framework')
    expect(screen.getByRole('combobox', { name: 'Sort by' })).toHaveValue('name')
    expect(checked()).toEqual([])
  })

  test('filters combined: all of them stay set, and each open group says how many are chosen', () => {
    renderIndex('block=red-lines&block=safety-standards&risk=bias&kind=report&status=published&actor=council-of-europe&from=2020&q=ai&sort=date-asc')
    expect(checked()).toEqual(['block=red-lines', 'block=safety-standards', 'risk=bias', 'kind=report', 'status=published', 'actor=council-of-europe'])
    expect(openGroups()).toEqual(['filter-block', 'filter-risk', 'filter-kind', 'filter-status', 'filter-actor'])
    expect(document.querySelector('#filter-block summary')).toHaveTextContent('Building block (2 selected)')
    expect(screen.getByLabelText('From')).toHaveValue('2020')
    expect(screen.getByLabelText('To')).toHaveValue('')
    expect(screen.getByRole('combobox', { name: 'Sort by' })).toHaveValue('date-asc')
  })
})

describe('bad values: the page answers, says what it ignored, and links to the field', () => {
  const problemsShown = () => within(screen.getByRole('alert')).getAllByRole('listitem').map((item) => item.textContent)

  test('unknown block, year "abc", years the wrong way round, 10 kB of text, repeated parameters', () => {
    renderIndex(`block=no-such-block&block=red-lines&from=abc&q=${'x'.repeat(10_000)}&sort=name&sort=date-asc`)
    const alert = screen.getByRole('alert')
    expect(within(alert).getByRole('heading', { level: 2, name: 'Some filters were ignored' })).toBeInTheDocument()
    expect(problemsShown()).toEqual([
      'Building block: “no-such-block” is not one of the choices, so it was ignored.',
      'From: “abc” is not a year from 1900 to 2100, so it was ignored.',
      'The text filter is longer than 200 characters, so it was ignored.',
      'Sort by was given more than once: only the first value, “name”, was used.',
    ])
    expect(within(alert).getAllByRole('link').map((link) => link.getAttribute('href'))).toEqual(['#filter-block', '#filter-from', '#filter-q', '#filter-sort'])
    // Every target exists on the page.
    for (const id of ['filter-block', 'filter-from', 'filter-q', 'filter-sort']) expect(document.getElementById(id)).not.toBeNull()
    // The valid part still applies, and the results are still shown.
    expect(checked()).toEqual(['block=red-lines'])
    expect(screen.getByLabelText('Contains the text')).toHaveValue('')
    expect(screen.getByRole('table')).toBeInTheDocument()
    // The 10 kB never reaches the page.
    expect(document.body.innerHTML).not.toContain('x'.repeat(41))
  })

  test('from after to, and two froms', () => {
    renderIndex('from=2024&from=2000&to=2019')
    expect(problemsShown()).toEqual([
      'From was given more than once: only the first value, “2024”, was used.',
      'The years are the wrong way round (2024 is after 2019), so the year range was ignored.',
    ])
    expect(screen.getByLabelText('From')).toHaveValue('')
    expect(screen.getByLabelText('To')).toHaveValue('')
  })

  test('in Arabic, the messages are Arabic', () => {
    renderIndex('kind=poem&to=abc', { locale: 'ar' })
    expect(within(screen.getByRole('alert')).getByRole('heading')).toHaveTextContent('تم تجاهل بعض عوامل التصفية')
    expect(problemsShown()).toEqual(['النوع: «poem» ليس من الخيارات المتاحة، لذا تم تجاهله.', 'إلى: «abc» ليس سنة بين 1900 و2100، لذا تم تجاهله.'])
  })
})

describe('the results', () => {
  test('a table with a caption and column headers; each row links to the initiative\'s page', () => {
    renderIndex('')
    const table = screen.getByRole('table', { name: 'Initiatives' })
    expect(within(table).getAllByRole('columnheader').map((th) => th.textContent)).toEqual(['Name', 'Identifier', 'Kind', 'Status', 'Key date', 'Who'])
    for (const header of within(table).getAllByRole('columnheader')) expect(header).toHaveAttribute('scope', 'col')
    const rows = within(table).getAllByRole('row').slice(1)
    expect(rows).toHaveLength(3)
    const [first, second, third] = rows as [HTMLElement, HTMLElement, HTMLElement]
    expect(within(first).getByRole('rowheader')).toHaveTextContent('Council of Europe Framework Convention on Artificial Intelligence')
    expect(within(first).getByRole('link', { name: /Framework Convention/ })).toHaveAttribute('href', '/en/initiatives/council-of-europe-framework-convention')
    expect(first).toHaveTextContent('CETS No. 225')
    expect(first).toHaveTextContent('Treaty or convention')
    expect(first).toHaveTextContent('Open for signature')
    expect(within(first).getByText('17 May 2024')).toHaveAttribute('datetime', '2024-05-17')
    expect(within(first).getByRole('link', { name: 'Council of Europe' })).toHaveAttribute('href', '/en/actors/council-of-europe')
    // A date known to the month is shown to the month; an actor with a short name shows it, the full name as its title.
    expect(within(second).getByText('May 2019')).toHaveAttribute('datetime', '2019-05')
    expect(within(second).getByText('OECD')).toHaveAttribute('title', 'Organisation for Economic Co-operation and Development')
    expect(within(second).getByRole('link', { name: 'OECD' })).toHaveAttribute('href', '/en/actors/oecd')
    expect(third).toHaveTextContent('Date not recorded')
    expect(third).toHaveTextContent('Programme or network')
  })

  test.each([
    [0, '0 initiatives'],
    [1, '1 initiative'],
    [23, '23 initiatives'],
    [1234, '1,234 initiatives'],
  ])('%i results: "%s", a heading in a status region', (count, words) => {
    renderIndex('', { results: resultsOf([], { totalDocs: count }) })
    const status = screen.getByRole('status')
    expect(within(status).getByRole('heading', { level: 2 })).toHaveTextContent(words)
  })

  test.each([
    [0, 'لا توجد مبادرات'],
    [1, 'مبادرة واحدة'],
    [2, 'مبادرتان'],
    [3, `${new Intl.NumberFormat('ar').format(3)} مبادرات`],
    [11, `${new Intl.NumberFormat('ar').format(11)} مبادرة`],
  ])('in Arabic, %i results: "%s"', (count, words) => {
    renderIndex('', { locale: 'ar', results: resultsOf([], { totalDocs: count }) })
    expect(within(screen.getByRole('status')).getByRole('heading')).toHaveTextContent(words)
  })

  test.each([
    [1, '1 инициатива'],
    [3, '3 инициативы'],
    [5, '5 инициатив'],
  ])('in Russian, %i results: "%s"', (count, words) => {
    renderIndex('', { locale: 'ru', results: resultsOf([], { totalDocs: count }) })
    expect(within(screen.getByRole('status')).getByRole('heading')).toHaveTextContent(words)
  })

  test('nothing matches the filters: said so, the form stays to change them', () => {
    renderIndex('kind=law', { results: resultsOf([]) })
    expect(screen.getByText('No initiatives match these filters. Try removing some of them.')).toBeInTheDocument()
    expect(screen.queryByRole('table')).not.toBeInTheDocument()
    expect(screen.queryByRole('link', { name: /CSV/ })).not.toBeInTheDocument()
    expect(form()).toBeInTheDocument()
  })

  test('nothing published yet: said so', () => {
    renderIndex('', { results: resultsOf([]) })
    expect(screen.getByText('No initiatives have been published yet.')).toBeInTheDocument()
  })

  test('CSV and JSON of the same results, with the same (checked) query', () => {
    renderIndex('block=red-lines&block=bogus&kind=treaty&from=2019&q=ai&sort=name&page=2', { results: resultsOf([convention], { totalDocs: 60, page: 2, totalPages: 2 }) })
    expect(screen.getByRole('link', { name: 'Download these results as CSV' })).toHaveAttribute('href', '/data/initiatives.csv?block=red-lines&kind=treaty&from=2019&q=ai&sort=name')
    expect(screen.getByRole('link', { name: 'Download these results as JSON' })).toHaveAttribute('href', '/data/initiatives.json?block=red-lines&kind=treaty&from=2019&q=ai&sort=name')
    renderIndex('', { results: resultsOf([convention]) })
    expect(screen.getAllByRole('link', { name: 'Download these results as CSV' })[1]).toHaveAttribute('href', '/data/initiatives.csv')
  })

  test('in another language, the files are asked for in it', () => {
    renderIndex('kind=law', { locale: 'fr', results: resultsOf([convention]) })
    expect(screen.getByRole('link', { name: 'Télécharger ces résultats au format CSV' })).toHaveAttribute('href', '/data/initiatives.csv?kind=law&locale=fr')
    expect(screen.getByRole('link', { name: 'Télécharger ces résultats au format JSON' })).toHaveAttribute('href', '/data/initiatives.json?kind=law&locale=fr')
  })
})

describe('pages of results', () => {
  const fifty = Array.from({ length: 50 }, (_, index) => row({ id: 100 + index, title: `Initiative ${index}`, slug: `initiative-${index}`, kind: 'report', status: 'published', keyDate: '2020' }))

  test('GOV.UK pagination: previous, numbers with gaps, next; every link keeps the filters', () => {
    renderIndex('kind=report&q=safety&page=5', { results: resultsOf(fifty, { totalDocs: 1000, page: 5, totalPages: 20 }) })
    const nav = screen.getByRole('navigation', { name: 'Pages of results' })
    const links = within(nav).getAllByRole('link')
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Previous page', '/en/initiatives?kind=report&q=safety&page=4'],
      ['1', '/en/initiatives?kind=report&q=safety'],
      ['4', '/en/initiatives?kind=report&q=safety&page=4'],
      ['5', '/en/initiatives?kind=report&q=safety&page=5'],
      ['6', '/en/initiatives?kind=report&q=safety&page=6'],
      ['20', '/en/initiatives?kind=report&q=safety&page=20'],
      ['Next page', '/en/initiatives?kind=report&q=safety&page=6'],
    ])
    expect(within(nav).getByRole('link', { name: 'Page 5' })).toHaveAttribute('aria-current', 'page')
    expect(within(nav).getByRole('link', { name: 'Page 4' })).not.toHaveAttribute('aria-current')
    expect(within(nav).getAllByText('⋯')).toHaveLength(2)
    expect(screen.getByText('Showing 201 to 250 of 1,000')).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Show all 1,000' })).toHaveAttribute('href', '/en/initiatives?kind=report&q=safety&all=1')
  })

  test('the first page has no "previous", the last no "next"', () => {
    renderIndex('', { results: resultsOf(fifty, { totalDocs: 120, page: 1, totalPages: 3 }) })
    expect(screen.queryByRole('link', { name: 'Previous page' })).not.toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Next page' })).toHaveAttribute('href', '/en/initiatives?page=2')
  })

  test('one page: no pagination, no "show all"', () => {
    renderIndex('', { results: resultsOf([convention]) })
    expect(screen.queryByRole('navigation', { name: 'Pages of results' })).not.toBeInTheDocument()
    expect(screen.queryByRole('link', { name: /Show all/ })).not.toBeInTheDocument()
  })

  test('showing all: no pages, and a way back to pages that keeps the filters', () => {
    renderIndex('status=published&all=1', { results: resultsOf(fifty, { totalDocs: 120 }) })
    expect(screen.queryByRole('navigation', { name: 'Pages of results' })).not.toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Show 50 per page' })).toHaveAttribute('href', '/en/initiatives?status=published')
  })

  test('a page past the end is named as a problem (the route shows the last page)', () => {
    const { filters, problems } = parseInitiativeFilters(new URLSearchParams('page=9'), known)
    problems.push({ kind: 'pageRange', filter: 'page', value: 9, page: 3 })
    render(<InitiativesIndex locale="en" filters={{ ...filters, page: 3 }} problems={problems} choices={choices} results={resultsOf(fifty, { totalDocs: 120, page: 3, totalPages: 3 })} />)
    expect(within(screen.getByRole('alert')).getByRole('link')).toHaveTextContent('There is no page 9: the last page, 3, is shown.')
    expect(within(screen.getByRole('alert')).getByRole('link')).toHaveAttribute('href', '#initiatives-results')
    expect(document.getElementById('initiatives-results')).toHaveTextContent('120 initiatives')
  })
})

describe('in Arabic', () => {
  test('labels, dates and links in Arabic; an English title is marked as English, left to right', () => {
    const english = { ...convention, lang: 'en' as const }
    renderIndex('kind=treaty', { locale: 'ar', results: resultsOf([english, principles]) })
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('الجهود الحالية')
    expect(form()).toHaveAttribute('action', '/ar/initiatives')
    expect(screen.getByRole('button', { name: 'تطبيق عوامل التصفية' })).toBeInTheDocument()
    expect(screen.getByLabelText('معاهدة أو اتفاقية')).toBeChecked()
    const table = screen.getByRole('table', { name: 'المبادرات' })
    expect(within(table).getAllByRole('columnheader').map((th) => th.textContent)).toEqual(['الاسم', 'الرمز', 'النوع', 'الحالة', 'التاريخ الرئيسي', 'الجهات'])
    const title = within(table).getByRole('link', { name: /Framework Convention/ })
    expect(title).toHaveAttribute('href', '/ar/initiatives/council-of-europe-framework-convention')
    expect(title).toHaveAttribute('lang', 'en')
    expect(title).toHaveAttribute('dir', 'ltr')
    expect(within(table).getByRole('link', { name: 'OECD AI Principles' })).not.toHaveAttribute('lang')
    expect(table).toHaveTextContent('مفتوحة للتوقيع')
    expect(within(table).getByText(formatKeyDate('ar', '2024-05-17'))).toHaveAttribute('datetime', '2024-05-17')
    expect(screen.getByRole('link', { name: 'اطّلع على الجهود الحالية في خط زمني' })).toHaveAttribute('href', '/ar/timeline')
  })
})

describe('the shared labels', () => {
  test('kinds and statuses in each language', () => {
    expect(initiativeKindLabel(translator('en'), 'law')).toBe('Regulation or law')
    expect(initiativeKindLabel(translator('fr'), 'treaty')).toBe('Traité ou convention')
    expect(initiativeStatusLabel(translator('es'), 'in-force')).toBe('En vigor o en aplicación')
    expect(initiativeStatusLabel(translator('zh'), 'withdrawn')).toBe('已撤回或废止')
  })

  test('a key date is written at the precision it has, never with an invented day', () => {
    expect(formatKeyDate('en', '2024')).toBe('2024')
    expect(formatKeyDate('en', '2024-05')).toBe('May 2024')
    expect(formatKeyDate('en', '2024-05-01')).toBe('1 May 2024')
    expect(formatKeyDate('fr', '2024-05')).toBe('mai 2024')
    expect(formatKeyDate('fr', '2024-05-21')).toBe('21 mai 2024')
    expect(formatKeyDate('ar', '2024')).toBe(new Intl.DateTimeFormat('ar', { year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(2024, 0, 1)))
    // Read in UTC: the first of January stays in its year wherever the server is.
    expect(formatKeyDate('en', '2024-01-01')).toBe('1 January 2024')
  })
})

describe('links and structured data', () => {
  test('the home page links to the index under the building blocks', () => {
    render(<BuildingBlocksSection section={home.buildingBlocks} blocks={[]} locale="fr" />)
    expect(screen.getByRole('link', { name: 'Voir les initiatives en cours' })).toHaveAttribute('href', '/fr/initiatives')
  })

  test('JSON-LD: a CollectionPage listing this page of results at their positions, under its breadcrumb trail', () => {
    const { filters } = parseInitiativeFilters(new URLSearchParams('page=2'), known)
    const data = initiativesIndexJsonLd({ locale: 'en', siteName: 'Global AI Governance', baseUrl: 'https://example.org' }, filters, resultsOf([convention, principles], { totalDocs: 52, page: 2, totalPages: 2 }))
    const [page, trail] = data['@graph'] as [Record<string, unknown>, Record<string, unknown>]
    expect(page).toMatchObject({
      '@type': 'CollectionPage',
      url: 'https://example.org/en/initiatives',
      name: 'Current efforts',
      inLanguage: 'en',
      mainEntity: {
        '@type': 'ItemList',
        numberOfItems: 52,
        itemListElement: [
          { '@type': 'ListItem', position: 51, name: convention.title, url: 'https://example.org/en/initiatives/council-of-europe-framework-convention' },
          { '@type': 'ListItem', position: 52, name: 'OECD AI Principles', url: 'https://example.org/en/initiatives/oecd-ai-principles' },
        ],
      },
    })
    expect(trail).toMatchObject({ '@type': 'BreadcrumbList', itemListElement: [{ name: 'Home', item: 'https://example.org/en' }, { name: 'Current efforts', item: 'https://example.org/en/initiatives' }] })
  })
})
