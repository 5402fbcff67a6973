/**
 * The bibliography's exports (/api/references/…) as other programs read them. Each file is
 * downloaded from the running site and read back by programs from npm that share no code with
 * the site's writers (the site writes BibTeX itself, RIS lines itself from citation-js's tag
 * mapping, and CSL-JSON as JSON):
 *
 * - BibTeX: @retorquere/bibtex-parser (the parser of Better BibTeX for Zotero), biblatex-csl-converter
 *   (Fidus Writer's importer) and astrocite-bibtex;
 * - RIS: astrocite-ris and biblatex-csl-converter's RIS reader, and the bytes themselves for what
 *   readers forgive (the specification's CR LF line ends and `ER  - ` terminator);
 * - CSL-JSON: the CSL project's JSON Schema (vendor/csl-schema/csl-data.json) with ajv, and a
 *   bibliography rendered by citeproc-js (npm citeproc) with the APA style and en-US locale.
 *
 * Every published citation must come back from every reader with the same key in every format
 * (its slug), its title, year and authors (family and given names, or the organisation), accents
 * intact: the seeded ones from the all.* files, and one made here with names and a title that
 * BibTeX has to escape (accents, braces, &, %, $, #, _) from its own files.
 */
import { execFileSync } from 'node:child_process'

import Ajv from 'ajv'
import { BibLatexParser, RISParser } from 'biblatex-csl-converter'

import { adminToken, api, madeHere, uniqueSuffix } from '../support/cms'
import { webUrl } from '../support/pages'
import { until } from '../support/wait'

// No type declarations ship with these.
const astrociteBibtex: { parse(text: string): CslItem[] } = require('astrocite-bibtex')
const astrociteRis: { parse(text: string): CslItem[] } = require('astrocite-ris')
const CSL = require('citeproc')
// The CSL project's APA style and en-US locale, as @citation-js/plugin-csl ships them (data only: the processor is citeproc).
const cslStyles: Record<string, string> = require('@citation-js/plugin-csl/lib/styles.json')
const cslLocales: Record<string, string> = require('@citation-js/plugin-csl/lib/locales.json')
const cslDataSchema = require('./vendor/csl-schema/csl-data.json')

type CslName = { family?: string; given?: string; literal?: string; 'non-dropping-particle'?: string }
type CslItem = { id: string; type: string; title?: string; author?: CslName[]; issued?: { 'date-parts': (number | string)[][] } }
type Citation = { slug: string; title?: string | null; year: number; authors?: { kind: string; family?: string | null; given?: string | null; name?: string | null }[] | null }

/** What every reader must give back for one reference. */
type Entry = { key: string; title: string | null; year: string; authors: string[] }

const nameText = (family: string | undefined, given: string | undefined): string => [family, given].filter(Boolean).join(', ')

const expectedEntry = (citation: Citation): Entry => ({
  key: citation.slug,
  title: citation.title ?? null,
  year: String(citation.year),
  authors: (citation.authors ?? []).map((a) => (a.kind === 'organization' ? a.name! : nameText(a.family ?? undefined, a.given ?? undefined))),
})

const byKey = (entries: Entry[]): Entry[] => [...entries].sort((a, b) => a.key.localeCompare(b.key))

const fromCsl = (item: CslItem): Entry => ({
  key: item.id,
  title: item.title ?? null,
  year: String(item.issued?.['date-parts'][0]?.[0] ?? ''),
  authors: (item.author ?? []).map((a) => a.literal ?? nameText([a['non-dropping-particle'], a.family].filter(Boolean).join(' '), a.given)),
})

/* ------------------------------------------------------------ the readers */

// @retorquere/bibtex-parser ships a broken CommonJS build, so it runs as ESM in a child Node (default options,
// as Zotero users get them: it sentence-cases titles, so a title only comes back as written if its case is protected).
function retorquere(text: string): { errors: unknown[]; entries: Entry[] } {
  const script = `
    import { parse } from '@retorquere/bibtex-parser'
    let input = ''
    process.stdin.on('data', (chunk) => (input += chunk))
    process.stdin.on('end', () => {
      const { entries, errors } = parse(input)
      const name = (a) => a.name ?? [[a.prefix, a.lastName].filter(Boolean).join(' '), a.firstName].filter(Boolean).join(', ')
      process.stdout.write(JSON.stringify({
        errors,
        entries: entries.map((e) => ({ key: e.key, title: e.fields.title ?? null, year: String(e.fields.year ?? ''), authors: (e.fields.author ?? []).map(name) })),
      }))
    })`
  return JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { input: text, cwd: __dirname, encoding: 'utf8' }))
}

type RichText = { text: string }[] | undefined
type BiblatexName = { family?: RichText; given?: RichText; prefix?: RichText; literal?: RichText }
type BiblatexEntry = { entry_key: string; bib_type: string; fields: { title?: RichText; date?: string; author?: BiblatexName[] } }
type BiblatexWarning = { type: string; entry?: string; field_name?: string; field?: string; tag?: string; value?: string }

const plain = (nodes: RichText): string | undefined => nodes?.map((node) => node.text).join('')
const biblatexEntry = (entry: BiblatexEntry, key: string): Entry => ({
  key,
  title: plain(entry.fields.title) ?? null,
  year: entry.fields.date ?? '',
  authors: (entry.fields.author ?? []).map((a) => plain(a.literal) ?? nameText([plain(a.prefix), plain(a.family)].filter(Boolean).join(' '), plain(a.given))),
})

function biblatexBibtex(text: string) {
  const result = new BibLatexParser(text, { processUnexpected: true, processUnknown: true }).parse() as unknown as {
    entries: Record<string, BiblatexEntry>
    errors: unknown[]
    warnings: BiblatexWarning[]
  }
  const entries = Object.values(result.entries)
  // biblatex's report has no series field (nor has BibTeX's techreport); the site keeps a report's series there, as Zotero does.
  const series = new Set(entries.filter((e) => e.bib_type === 'report').map((e) => e.entry_key))
  return {
    errors: result.errors,
    warnings: result.warnings.filter((w) => !(w.type === 'unexpected_field' && w.field_name === 'series' && series.has(w.entry!))),
    entries: entries.map((e) => biblatexEntry(e, e.entry_key)),
  }
}

function biblatexRis(text: string, untitled: Set<string>) {
  const result = new RISParser(text).parse() as unknown as { entries: Record<string, BiblatexEntry>; errors: unknown[]; warnings: BiblatexWarning[] }
  // This reader makes up its own keys and reports the ID tag as one it does not map: that report is what it read there.
  const ids = new Map(result.warnings.filter((w) => w.type === 'unknown_tag' && w.tag === 'ID').map((w) => [w.entry!, w.value!]))
  return {
    errors: result.errors,
    warnings: result.warnings.filter(
      (w) => !(w.type === 'unknown_tag' && w.tag === 'ID') && !(w.type === 'missing_required_field' && w.field === 'title' && untitled.has(ids.get(w.entry!) ?? '')),
    ),
    entries: Object.values(result.entries).map((e) => biblatexEntry(e, ids.get(e.entry_key) ?? `(no ID: ${e.entry_key})`)),
  }
}

const ajv = new Ajv({ allErrors: true, strict: false })
const validateCslData = ajv.compile(cslDataSchema)

/** The APA bibliography citeproc-js makes of the items: each entry's text, by key. */
function citeprocBibliography(items: CslItem[]): { errors: unknown[]; entries: Map<string, string> } {
  const byId = new Map(items.map((item) => [item.id, item]))
  const engine = new CSL.Engine({ retrieveLocale: (lang: string) => cslLocales[lang], retrieveItem: (id: string) => byId.get(id) }, cslStyles.apa, 'en-US', true)
  engine.setOutputFormat('text')
  engine.updateItems([...byId.keys()])
  const [meta, texts] = engine.makeBibliography() as [{ entry_ids: string[][]; bibliography_errors: unknown[] }, string[]]
  return { errors: meta.bibliography_errors, entries: new Map(meta.entry_ids.map((ids, index) => [ids.join(' '), texts[index]!.trim()])) }
}

/* ------------------------------------------------------------- the files */

async function download(file: string, type: string): Promise<string> {
  const response = await fetch(`${webUrl()}/api/references/${file}`)
  expect({ file, status: response.status, type: response.headers.get('content-type') }).toEqual({ file, status: 200, type })
  return response.text()
}

/** Each file of one set of references, read by every reader, against what the CMS publishes. */
function readBack(name: string, files: () => { stem: string; citations: Citation[] }) {
  let expected: Entry[] = []
  let bib = ''
  let ris = ''
  let json = ''

  describe(name, () => {
    beforeAll(async () => {
      const { stem, citations } = files()
      expected = byKey(citations.map(expectedEntry))
      bib = await download(`${stem}.bib`, 'application/x-bibtex; charset=utf-8')
      ris = await download(`${stem}.ris`, 'application/x-research-info-systems; charset=utf-8')
      json = await download(`${stem}.json`, 'application/vnd.citationstyles.csl+json; charset=utf-8')
    })

    test('BibTeX, read by @retorquere/bibtex-parser: no errors, every reference as published', () => {
      const result = retorquere(bib)
      expect(result.errors).toEqual([])
      expect(byKey(result.entries)).toEqual(expected)
    })

    test('BibTeX, read by biblatex-csl-converter: no errors or warnings, every reference as published', () => {
      const result = biblatexBibtex(bib)
      expect({ errors: result.errors, warnings: result.warnings }).toEqual({ errors: [], warnings: [] })
      expect(byKey(result.entries)).toEqual(expected)
    })

    test('BibTeX, read by astrocite-bibtex: every reference as published', () => {
      expect(byKey(astrociteBibtex.parse(bib).map(fromCsl))).toEqual(expected)
    })

    test('RIS: every line ends in CR LF, and every record runs from TY to `ER  - `', () => {
      const lines = ris.split('\r\n')
      expect(lines.pop()).toBe('')
      expect(lines.filter((line) => /[\r\n]/.test(line))).toEqual([])
      const starts = lines.flatMap((line, index) => (line.startsWith('TY  - ') ? [index] : []))
      const ends = lines.flatMap((line, index) => (line.startsWith('ER  -') ? [index] : []))
      expect(lines.filter((line) => line.startsWith('ER  -') && line !== 'ER  - ')).toEqual([])
      expect(starts).toEqual([0, ...ends.slice(0, -1).map((end) => end + 1)])
      expect(ends.at(-1)).toBe(lines.length - 1)
      expect(starts).toHaveLength(expected.length)
    })

    test('RIS, read by astrocite-ris: every reference as published, the whole key as its ID', () => {
      expect(byKey(astrociteRis.parse(ris).map(fromCsl))).toEqual(expected)
    })

    test('RIS, read by biblatex-csl-converter: no errors or warnings, every reference as published, the whole key as its ID', () => {
      const result = biblatexRis(ris, new Set(expected.filter((e) => e.title === null).map((e) => e.key)))
      expect({ errors: result.errors, warnings: result.warnings }).toEqual({ errors: [], warnings: [] })
      expect(byKey(result.entries)).toEqual(expected)
    })

    test('CSL-JSON: valid against the CSL-JSON schema, every reference as published', () => {
      const items = JSON.parse(json) as CslItem[]
      expect(validateCslData(items) ? [] : validateCslData.errors).toEqual([])
      expect(byKey(items.map(fromCsl))).toEqual(expected)
    })

    test('CSL-JSON, rendered by citeproc-js in APA: an entry for every reference with its authors, year and title', () => {
      const { errors, entries } = citeprocBibliography(JSON.parse(json) as CslItem[])
      expect(errors).toEqual([])
      expect([...entries.keys()].sort()).toEqual(expected.map((e) => e.key))
      for (const entry of expected) {
        const text = entries.get(entry.key)!
        // APA gives initials for given names: the family names (or organisations) must stand as written.
        const names = entry.authors.map((author) => author.split(', ')[0]!)
        const missing = [...names, `(${entry.year})`, ...(entry.title ? [entry.title] : [])].filter((part) => !text.includes(part))
        expect({ key: entry.key, text, missing }).toEqual({ key: entry.key, text, missing: [] })
      }
    })
  })
}

/* ------------------------------------------------------------- the tests */

let published: Citation[] = []

beforeAll(async () => {
  // Anonymous readers get the published citations only: the ones the exports must hold.
  const { status, body } = await api<{ docs: Citation[] }>('/api/citations?depth=0&limit=1000&locale=en')
  expect(status).toBe(200)
  published = body.docs
  expect(published.length).toBeGreaterThan(0)
})

readBack('the seeded references (all.bib, all.ris, all.json)', () => ({ stem: 'all', citations: published }))

describe('a reference whose names and title BibTeX has to escape', () => {
  const made = madeHere()
  let citation: Citation

  beforeAll(async () => {
    const token = await adminToken()
    const slug = `muller-odegard-lukasiewicz-${uniqueSuffix()}-2020`
    const created = await api('/api/citations', {
      method: 'POST',
      token,
      body: {
        slug,
        type: 'article-journal',
        title: 'Über {Braces} & 50% of $x$ — naïve_test #1: Ærø, São Paulo and Zürich',
        authors: [
          { kind: 'person', family: 'Müller-Ødegård', given: 'Søren Ñ. {Jr} & 100%' },
          // One word: RIS has no mark for an organisation, and biblatex-csl-converter reads "A B" there as given and family names.
          { kind: 'organization', name: 'AT&T' },
          { kind: 'person', family: 'Villalobos Ruiz', given: 'José Jaime' },
          { kind: 'person', family: 'Łukasiewicz', given: 'Zoë' },
          { kind: 'person', family: 'Dupré' },
        ],
        year: 2020,
        containerTitle: 'Revue d’Économie & Société',
        _status: 'published',
      },
    })
    expect(created.status).toBe(201)
    citation = made.add('citations', created.body.doc)
    expect(citation.slug).toBe(slug)
    // The key is longer than the 20 characters the old RIS specification allowed, which RIS writers used to cut it to.
    expect(slug.length).toBeGreaterThan(20)
    await until(async () => (await fetch(`${webUrl()}/api/references/${slug}.json`)).status === 200, 15_000, `the export of ${slug}`)
  })

  afterAll(() => made.removeAll())

  readBack('its own files (<slug>.bib, .ris, .json)', () => ({ stem: citation.slug, citations: [citation] }))
})

test('the schema is the CSL project’s, and it refuses what is not CSL-JSON', () => {
  expect(cslDataSchema.$id).toBe('https://resource.citationstyles.org/schema/v1.0/input/json/csl-data.json')
  expect(validateCslData([{ id: 'x', type: 'not-a-type', title: 'T' }])).toBe(false)
  expect(validateCslData({ id: 'x', type: 'book' })).toBe(false)
})
