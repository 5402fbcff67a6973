import { render, screen, within } from '@testing-library/react'
import { locales } from '@global-ai-governance/content'

import { translator } from '@/lib/i18n'
import { columnTypes, openDataTableKeys, openDataTables, type Column } from '@/lib/openData'

import { OpenDataPage } from './OpenDataPage'

const columnsOf = (key: (typeof openDataTableKeys)[number]) => openDataTables[key].columns as readonly Column<never>[]

describe('the open data page', () => {
  test('one h1, breadcrumbs, and a section for the files, licence, ids, languages, date, filters, formats, types and columns', () => {
    render(<OpenDataPage locale="en" />)
    expect(screen.getAllByRole('heading', { level: 1 }).map((h) => h.textContent)).toEqual(['Open data'])
    const crumbs = within(screen.getByRole('navigation', { name: 'Breadcrumb' })).getAllByRole('listitem')
    expect(crumbs.map((li) => li.textContent)).toEqual(['Home', 'Open data'])
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      'The files',
      'Licence',
      'Stable ids',
      'Languages',
      'Date of the export',
      'Download a filtered list',
      'CSV files',
      'JSON files',
      'Types',
      'The columns of each table',
    ])
  })

  test('every column of every file is documented, in the order of the file, with its type and meaning', () => {
    render(<OpenDataPage locale="en" />)
    const t = translator('en')
    for (const key of openDataTableKeys) {
      const title = t(`openData.tables.${key}.title`)
      const table = screen.getByRole('table', { name: `Columns of the table ${title}` })
      const rows = within(table).getAllByRole('row').slice(1)
      const columns = columnsOf(key)
      expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual(columns.map((column) => column.name))
      rows.forEach((row, index) => {
        const column = columns[index]!
        const cells = within(row).getAllByRole('cell')
        expect(cells[0]!.textContent).toContain(t(`openData.types.${column.type}.name`))
        expect(cells[1]!.textContent).toContain(t(`openData.columns.${column.describedBy}`))
        for (const value of column.values ?? []) expect(within(cells[1]!).getByText(value)).toBeInTheDocument()
      })
    }
  })

  test('relations link to the table they point into; the vocabularies show their labels', () => {
    const { container } = render(<OpenDataPage locale="en" />)
    const initiatives = screen.getByRole('table', { name: 'Columns of the table Initiatives' })
    const actorsRow = within(initiatives).getByRole('rowheader', { name: 'actors' }).closest('tr')!
    expect(within(actorsRow).getByRole('link', { name: 'Ids of the table Actors.' })).toHaveAttribute('href', '#columns-actors')
    expect(container.querySelector('#columns-actors')).toBeInTheDocument()
    const statusRow = within(initiatives).getByRole('rowheader', { name: 'status' }).closest('tr')!
    expect(statusRow.textContent).toContain('in-force (In force or applying)')
  })

  test('every type is explained', () => {
    const { container } = render(<OpenDataPage locale="en" />)
    const types = container.querySelector('.open-data-types')!
    const t = translator('en')
    for (const type of columnTypes) expect(types.textContent).toContain(t(`openData.types.${type}.name`))
  })

  test('the licence: CC BY 4.0, by name and link', () => {
    render(<OpenDataPage locale="fr" />)
    const link = screen.getByRole('link', { name: 'Creative Commons Attribution 4.0 International (CC BY 4.0)' })
    expect(link).toHaveAttribute('href', 'https://creativecommons.org/licenses/by/4.0/')
    expect(link).toHaveAttribute('rel', 'license')
  })

  test('downloads: a CSV of every table, initiatives as JSON too, and the whole framework; in the page’s language', () => {
    const { container, unmount } = render(<OpenDataPage locale="en" />)
    const downloads = (root: HTMLElement) => [...root.querySelectorAll('a[download]')].map((a) => a.getAttribute('href'))
    expect(downloads(container)).toEqual([
      '/data/initiatives.csv',
      '/data/initiatives.json',
      '/data/building-blocks.csv',
      '/data/risks.csv',
      '/data/benefits.csv',
      '/data/actors.csv',
      '/data/references.csv',
      '/data/framework.json',
    ])
    unmount()
    const french = render(<OpenDataPage locale="fr" />)
    expect(downloads(french.container)).toContain('/data/initiatives.csv?locale=fr')
    expect(downloads(french.container)).toContain('/data/framework.json?locale=fr')
    expect(screen.getByRole('link', { name: '/data/initiatives.csv?block=red-lines&status=in-force&locale=fr' })).toBeInTheDocument()
  })

  test('the filtered download documents every parameter of the list, and links to the list', () => {
    const { container } = render(<OpenDataPage locale="en" />)
    const names = [...container.querySelectorAll('.open-data-parameters dt')].map((dt) => dt.textContent)
    expect(names).toEqual(['block', 'risk', 'kind', 'status', 'actor', 'from', 'to', 'q', 'sort', 'locale'])
    expect(screen.getByRole('link', { name: 'Filter the list of current efforts' })).toHaveAttribute('href', '/en/initiatives')
  })

  test('the page says how formulas are neutralised, and that ids are slugs', () => {
    render(<OpenDataPage locale="en" />)
    expect(screen.getByText(/written with a single quote \('\) in front, as OWASP advises against CSV injection/)).toBeInTheDocument()
    expect(screen.getByText(/The id of every record is its slug/)).toBeInTheDocument()
  })

  test.each([...locales])('renders in %s without a missing message', (locale) => {
    const errors = jest.spyOn(console, 'error').mockImplementation(() => {})
    const { container } = render(<OpenDataPage locale={locale} />)
    expect(container.textContent).not.toMatch(/openData\./)
    expect(errors).not.toHaveBeenCalled()
    errors.mockRestore()
  })
})
