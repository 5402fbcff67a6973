/** @jest-environment node */
import { seededCitations } from '@/test/referenceFixtures'

import { parseExportFile } from './referenceExport'

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
    expect(body).toMatch(/^TY {2}- RPRT$/m)
    expect(body).toMatch(/^AU {2}- Maas, Matthijs M\.$/m)
    expect(body).toMatch(/^PY {2}- 2023$/m)
    expect(body).toMatch(/^ER {2}- ?$/m)
    expect(getCitation).toHaveBeenCalledWith('en', 'maas-villalobos-2023')
  })

  test('unknown slug or extension: 404', async () => {
    expect((await call('nobody-1999.bib')).status).toBe(404)
    expect((await call('maas-villalobos-2023.pdf')).status).toBe(404)
    expect((await call('all.xml')).status).toBe(404)
    expect(getCitations).not.toHaveBeenCalled()
  })
})
