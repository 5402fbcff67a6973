import { execFileSync } from 'node:child_process'

import { webUrl } from '../support/pages'

// Parsed back by a BibTeX parser that shares nothing with the web app's citation-js.
// @retorquere/bibtex-parser ships a broken CommonJS build, so it runs as ESM in a child Node.
function parseBibtex(text: string): { entries: any[]; errors: any[] } {
  const script = `
    import { parse } from '@retorquere/bibtex-parser'
    let input = ''
    process.stdin.on('data', (chunk) => (input += chunk))
    process.stdin.on('end', () => {
      const result = parse(input)
      process.stdout.write(JSON.stringify({ entries: result.entries, errors: result.errors }))
    })`
  return JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { input: text, cwd: __dirname, encoding: 'utf8' }))
}

const expected = [
  { year: '2026', families: ['Villalobos', 'Maas', 'Winter'] },
  { year: '2023', families: ['Maas', 'Villalobos Ruiz'] },
  { year: '2024', families: ['Cass-Beggs', 'Clare', 'Dimowo', 'Kara'] },
]

describe('the reference exports, parsed back', () => {
  test('all.bib is valid BibTeX with the three seeded references', async () => {
    const response = await fetch(`${webUrl()}/api/references/all.bib`)
    expect(response.status).toBe(200)
    const { entries, errors } = parseBibtex(await response.text())
    expect(errors).toEqual([])
    expect(entries).toHaveLength(3)
    const found = entries.map((entry) => ({
      year: String(entry.fields.year),
      families: entry.fields.author.map((a: any) => a.lastName ?? a.name),
    }))
    expect(found).toEqual(expect.arrayContaining(expected))
  })

  test('all.ris follows the RIS line grammar with the three seeded references', async () => {
    const response = await fetch(`${webUrl()}/api/references/all.ris`)
    expect(response.status).toBe(200)
    const lines = (await response.text()).split(/\r?\n/)
    while (lines.length && lines[lines.length - 1] === '') lines.pop()
    const records: Record<string, string[]>[] = []
    let current: Record<string, string[]> | null = null
    for (const line of lines) {
      if (line === '' && current === null) continue
      const match = /^([A-Z][A-Z0-9])  - ?(.*)$/.exec(line)
      if (!match) throw new Error(`not a RIS line: ${JSON.stringify(line)}`)
      const [, tag, value] = match
      if (current === null) {
        if (tag !== 'TY') throw new Error(`a record must start with TY, not ${tag}`)
        current = {}
      }
      if (tag === 'ER') {
        expect(value.trim()).toBe('')
        records.push(current)
        current = null
        continue
      }
      if (tag === 'TY') expect(Object.keys(current)).toEqual([])
      ;(current[tag] ??= []).push(value)
      expect(value.trim()).not.toBe('')
    }
    expect(current).toBeNull()
    expect(records).toHaveLength(3)
    const found = records.map((record) => ({
      year: (record.PY ?? record.Y1 ?? record.DA ?? [''])[0].slice(0, 4),
      families: (record.AU ?? record.A1 ?? []).map((author) => author.split(',')[0].trim()),
    }))
    expect(found).toEqual(expect.arrayContaining(expected))
  })
})
