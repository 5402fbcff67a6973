/** @jest-environment node */
import { Cite } from '@citation-js/core'
import '@citation-js/plugin-bibtex'

import { accentedCitation, seededCitations, webpageCitation } from '@/test/referenceFixtures'

import { toCsl } from './csl'
import { exportCitations, isExportFormat, parseExportFile } from './referenceExport'

const getCitations = jest.fn()
const getCitation = jest.fn()
jest.mock('@/lib/cms', () => ({ getCitations: (...args: unknown[]) => getCitations(...args), getCitation: (...args: unknown[]) => getCitation(...args) }))

// jest hoists the mock above this import.
import { GET } from '@/app/api/references/[file]/route'

const call = (file: string) => GET(new Request(`http://localhost/api/references/${file}`), { params: Promise.resolve({ file }) })

beforeEach(() => {
  getCitations.mockReset().mockResolvedValue([...seededCitations])
  getCitation.mockReset().mockImplementation(async (_locale: string, slug: string) => seededCitations.find((c) => c.slug === slug) ?? null)
})

describe('export file names', () => {
  test('all or a slug, and a known extension', () => {
    expect(parseExportFile('all.bib')).toEqual({ request: { target: 'all' }, format: 'bib' })
    expect(parseExportFile('maas-villalobos-2023.ris')).toEqual({ request: { target: 'one', slug: 'maas-villalobos-2023' }, format: 'ris' })
    for (const file of ['all.xml', 'all', 'all.bib.exe', 'Maas.bib', '../all.bib', '.bib', 'all.toString', 'all.__proto__']) expect(parseExportFile(file)).toBeNull()
  })

  test('known formats only', () => {
    expect(['bib', 'ris', 'json', 'xml', 'toString', '__proto__'].map(isExportFormat)).toEqual([true, true, true, false, false, false])
  })
})

describe('GET /api/references/[file]', () => {
  test('all.bib: BibTeX of every reference, sorted, as an attachment', async () => {
    const response = await call('all.bib')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/x-bibtex; charset=utf-8')
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="references.bib"')
    const body = await response.text()
    expect(body.match(/^@\w+\{([^,]+),/gm)).toEqual(['@techreport{cass-beggs-et-al-2024,', '@techreport{maas-villalobos-2023,', '@techreport{villalobos-maas-winter-2026,'])
    expect(getCitations).toHaveBeenCalledWith('en')
  })

  test('all.ris and all.json', async () => {
    const ris = await call('all.ris')
    expect(ris.headers.get('content-type')).toBe('application/x-research-info-systems; charset=utf-8')
    expect((await ris.text()).match(/^TY {2}- /gm)).toHaveLength(3)
    const json = await call('all.json')
    expect(json.headers.get('content-type')).toBe('application/vnd.citationstyles.csl+json; charset=utf-8')
    expect(json.headers.get('content-disposition')).toBe('attachment; filename="references.json"')
    const items = (await json.json()) as { id: string }[]
    expect(items.map((i) => i.id)).toEqual(['cass-beggs-et-al-2024', 'maas-villalobos-2023', 'villalobos-maas-winter-2026'])
  })

  test('one reference', async () => {
    const response = await call('maas-villalobos-2023.ris')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="maas-villalobos-2023.ris"')
    const body = await response.text()
    expect(body).toMatch(/^TY {2}- RPRT\r$/m)
    expect(body).toMatch(/^AU {2}- Maas, Matthijs M\.\r$/m)
    expect(body).toMatch(/^PY {2}- 2023\r$/m)
    expect(body).toMatch(/^ID {2}- maas-villalobos-2023\r$/m)
    expect(body.endsWith('ER  - \r\n')).toBe(true)
    expect(getCitation).toHaveBeenCalledWith('en', 'maas-villalobos-2023')
  })

  test('unknown slug or extension: 404', async () => {
    expect((await call('nobody-1999.bib')).status).toBe(404)
    expect((await call('maas-villalobos-2023.pdf')).status).toBe(404)
    expect((await call('all.xml')).status).toBe(404)
    expect(getCitations).not.toHaveBeenCalled()
  })
})

describe('the export files', () => {
  const all = [...seededCitations, webpageCitation, accentedCitation]
  // Read back with citation-js's readers (the site writes BibTeX and RIS lines itself).
  const reimport = (text: string) =>
    new Cite(text).data.map((item) => ({
      id: item.id,
      title: item.title,
      authors: (item.author as { family?: string; given?: string; literal?: string }[]).map((a) => a.literal ?? [a.family, a.given].filter(Boolean).join(', ')),
      year: (item.issued as { 'date-parts': number[][] })['date-parts'][0]![0],
    }))
  const expected = all.map((c) => ({
    id: c.slug,
    title: c.title ?? undefined,
    authors: (c.authors ?? []).map((a) => (a.kind === 'organization' ? a.name : [a.family, a.given].filter(Boolean).join(', '))),
    year: c.year,
  }))

  test('BibTeX: UTF-8 text, LaTeX escapes only for its special characters, every capitalised word braced', () => {
    const bib = exportCitations(all, 'bib')
    expect(bib.match(/^@\w+\{[^,]+,/gm)).toEqual([
      '@techreport{villalobos-maas-winter-2026,',
      '@techreport{maas-villalobos-2023,',
      '@techreport{cass-beggs-et-al-2024,',
      '@misc{oecd-2024,',
      '@article{muller-odegard-et-al-2020,',
    ])
    expect(bib).toContain(
      [
        '@article{muller-odegard-et-al-2020,',
        '  author = {Müller-Ødegård, Søren Ñ. {\\{}Jr{\\}} {\\&} 100{\\%} and {AT{\\&}T {\\{}Labs{\\}} 100{\\%}} and {Villalobos Ruiz}, José Jaime and Dupré},',
        '  title = {{Über} {\\{}{Braces}{\\}} {\\&} 50{\\%} of {\\$}x{\\$} — naïve{\\_}test {\\#}1: {Ærø}, {São} {Paulo} and {Zürich}},',
        '  journal = {{Revue} {d’Économie} {\\&} {Société}},',
        '  year = {2020},',
        '}',
      ].join('\n'),
    )
    // A person known only by a family name is a bare name, not an organisation in braces.
    expect(bib).toContain('  author = {Villalobos and Maas and Winter},\n')
    expect(bib).toContain('  author = {{OECD}},\n')
    expect(bib).toContain('  urldate = {2026-11-20},\n')
    expect(bib).not.toMatch(/\\['"`^~]/)
    expect(reimport(bib)).toEqual(expected)
  })

  test('BibTeX: a brace that does not pair up is spelled out, so the field still ends where it should', () => {
    const bib = exportCitations([{ ...accentedCitation, title: 'Open { only', authors: [{ id: 'o', kind: 'person', family: 'Sm}th' }] }], 'bib')
    expect(bib).toContain('  author = {Sm{\\textbraceright}th},\n')
    expect(bib).toContain('  title = {{Open} {\\textbraceleft} only},\n')
    expect(reimport(bib)[0]).toMatchObject({ title: 'Open { only', authors: ['Sm}th'] })
  })

  test('RIS: CR LF line ends, one line a value however long, the whole key as ID, and ER to end each record', () => {
    const ris = exportCitations(all, 'ris')
    expect(ris.endsWith('ER  - \r\n')).toBe(true)
    const lines = ris.split('\r\n')
    expect(lines.pop()).toBe('')
    expect(lines.filter((l) => l.includes('\n') || l.includes('\r'))).toEqual([])
    expect(lines.filter((l) => !/^[A-Z][A-Z0-9] {2}- /.test(l))).toEqual([])
    expect(lines.filter((l) => l.startsWith('TY  - '))).toEqual(['TY  - RPRT', 'TY  - RPRT', 'TY  - RPRT', 'TY  - ELEC', 'TY  - JOUR'])
    expect(lines.filter((l) => l.startsWith('ER  -'))).toEqual(Array(5).fill('ER  - '))
    expect(lines.filter((l) => l.startsWith('ID  - '))).toEqual(all.map((c) => `ID  - ${c.slug}`))
    expect(lines.filter((l) => l.startsWith('PY  - '))).toEqual(['PY  - 2026', 'PY  - 2023', 'PY  - 2024', 'PY  - 2024', 'PY  - 2020'])
    expect(lines).toContain('AU  - Müller-Ødegård, Søren Ñ. {Jr} & 100%')
    expect(lines).toContain('TI  - International AI Institutions: A Literature Review of Models, Examples, and Proposals')
    expect(lines).toContain('TI  - Über {Braces} & 50% of $x$ — naïve_test #1: Ærø, São Paulo and Zürich')
    // Each record starts with TY and ends with ER, with nothing between records.
    expect(lines.filter((l, i) => l.startsWith('TY  - ') !== (i === 0 || lines[i - 1] === 'ER  - '))).toEqual([])
    expect(reimport(ris)).toEqual(expected)
  })

  test('CSL-JSON: the items, as an array', () => {
    const json = JSON.parse(exportCitations(all, 'json')) as unknown[]
    expect(json).toEqual(all.map(toCsl))
    expect(reimport(JSON.stringify(json))).toEqual(expected)
  })
})
