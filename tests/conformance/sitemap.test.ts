// /sitemap.xml as a crawler fetches it, validated by libxml2's xmllint against sitemaps.org's
// Sitemap 0.9 XML Schema (with the declaration of the xhtml:link hreflang alternates that the
// schema's strict wildcard demands): schemas/README.md says where each file comes from.
import { execFile } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

import { XMLParser } from 'fast-xml-parser'

import { webUrl } from '../support/pages'

const schema = path.join(__dirname, 'schemas', 'sitemap-hreflang.xsd')

/** xmllint's verdict on one document: its exit code and what it printed. */
async function xmllint(xml: string): Promise<{ code: number; output: string }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sitemap-'))
  const file = path.join(dir, 'sitemap.xml')
  fs.writeFileSync(file, xml)
  try {
    // --nonet: every schema comes from schemas/, never from the network.
    const { stderr } = await promisify(execFile)('xmllint', ['--noout', '--nonet', '--schema', schema, file])
    return { code: 0, output: stderr }
  } catch (error) {
    const failure = error as { code?: number | string; stderr?: string }
    if (failure.code === 'ENOENT') throw new Error('xmllint is not installed: apt-get install -y libxml2-utils')
    return { code: Number(failure.code), output: failure.stderr ?? '' }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

let xml = ''

beforeAll(async () => {
  const response = await fetch(`${webUrl()}/sitemap.xml`)
  expect(response.status).toBe(200)
  expect(response.headers.get('content-type')).toMatch(/^application\/xml/)
  xml = await response.text()
})

type SitemapUrl = { loc: string; 'xhtml:link'?: { '@_hreflang': string; '@_href': string }[] }

const urlsOf = (document: string) => {
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', isArray: (name) => name === 'url' || name === 'xhtml:link' })
  const urls = (parser.parse(document) as { urlset: { url?: SitemapUrl[] } }).urlset.url ?? []
  return urls.map((url) => ({ loc: url.loc, alternates: (url['xhtml:link'] ?? []).map((link) => ({ hreflang: link['@_hreflang'], href: link['@_href'] })) }))
}

test('validates against the sitemaps.org 0.9 schema, hreflang alternates included', async () => {
  const verdict = await xmllint(xml)
  expect(verdict.output.trim()).toMatch(/ validates$/)
  expect(verdict.code).toBe(0)
})

test('the validator is strict about what the schema says: lastmod after the alternates, or an undeclared element, fails', async () => {
  // Controls made from the live sitemap, so a validator that passes everything fails this file.
  const lastmodLast = xml.replace(/(<lastmod>[^<]*<\/lastmod>)(\s*)((?:<xhtml:link[^>]*\/>\s*)+)/, '$3$1$2')
  expect(lastmodLast).not.toBe(xml)
  const moved = await xmllint(lastmodLast)
  expect(moved.code).not.toBe(0)
  expect(moved.output).toMatch(/lastmod.*This element is not expected/)

  const unknown = await xmllint(xml.replace('<xhtml:link ', '<xhtml:alternate '))
  expect(unknown.code).not.toBe(0)
  expect(unknown.output).toMatch(/strict wildcard/)
})

test('every page it lists names all its language versions, each of which it lists too', () => {
  const urls = urlsOf(xml)
  expect(urls.length).toBeGreaterThan(0)
  const listed = new Set(urls.map((url) => url.loc))
  for (const url of urls) {
    expect(url.alternates.map((alternate) => alternate.hreflang).sort()).toEqual(['ar', 'en', 'es', 'fr', 'ru', 'x-default', 'zh'])
    for (const alternate of url.alternates) expect({ loc: url.loc, href: alternate.href, listed: listed.has(alternate.href ?? '') }).toMatchObject({ listed: true })
  }
})

test('every address it lists answers 200 on this site', async () => {
  const locs = urlsOf(xml).map((url) => url.loc)
  const origin = new URL(webUrl()).origin
  const answers: { loc: string; status: number }[] = []
  // A few at a time: every page renders on its first visit.
  for (let start = 0; start < locs.length; start += 4) {
    answers.push(
      ...(await Promise.all(
        locs.slice(start, start + 4).map(async (loc) => {
          expect(new URL(loc).origin).toBe(origin)
          const response = await fetch(loc, { redirect: 'manual' })
          await response.arrayBuffer()
          return { loc, status: response.status }
        }),
      )),
    )
  }
  expect(answers.filter((answer) => answer.status !== 200)).toEqual([])
}, 300_000)
