// The schema.org JSON-LD of every page type, in English and Arabic, as a crawler fetches it,
// expanded by the `jsonld` processor (JSON-LD 1.1, safe mode: a term the context does not define
// fails the expansion instead of vanishing). The context comes from schemas/ (no network; see
// schemas/README.md). Checked on the expanded graph: every node has a type, and each page names
// itself, its address, language, site and breadcrumb trail the way its HTML shows them.
import fs from 'node:fs'
import path from 'node:path'

import jsonld from 'jsonld'
import { parse, type HTMLElement } from 'node-html-parser'

import { api } from '../support/cms'
import { pageTypes, trackerPageTypes, webUrl } from '../support/pages'
import { expectRenderedHere } from './renderedHere'

const schema = (term: string) => `http://schema.org/${term}`

const context = JSON.parse(fs.readFileSync(path.join(__dirname, 'schemas', 'schema.org-context.jsonld'), 'utf8'))
const schemaOrgAddresses = new Set(['https://schema.org', 'https://schema.org/', 'http://schema.org', 'http://schema.org/'])

// jsonld's loader signature; anything but schema.org's context is refused (there is no network).
const documentLoader = async (url: string) => {
  if (!schemaOrgAddresses.has(url)) throw new Error(`JSON-LD asked for ${url}: only the schema.org context is available offline`)
  return { contextUrl: undefined, documentUrl: url, document: context }
}

type Expanded = Record<string, any>

/** Every node object of an expanded document (values, lists and bare references are not nodes). */
function nodesOf(value: unknown, found: Expanded[] = []): Expanded[] {
  if (Array.isArray(value)) value.forEach((each) => nodesOf(each, found))
  else if (value && typeof value === 'object') {
    const object = value as Expanded
    if ('@value' in object) return found
    if ('@list' in object) return nodesOf(object['@list'], found)
    if (Object.keys(object).some((key) => key !== '@id')) found.push(object)
    for (const [key, each] of Object.entries(object)) if (!key.startsWith('@')) nodesOf(each, found)
  }
  return found
}

/** The values of one schema.org property of an expanded node: text, or the address a reference names. */
const values = (node: Expanded | undefined, term: string): any[] => (node?.[schema(term)] ?? []).map((each: Expanded) => each['@value'] ?? each['@id'] ?? each)
const value = (node: Expanded | undefined, term: string) => values(node, term)[0]
const isA = (node: Expanded | undefined, type: string) => (node?.['@type'] ?? []).includes(schema(type))

// The schema.org type of each page type's own node.
const pageType: Record<string, string> = {
  home: 'WebSite',
  'building blocks': 'CollectionPage',
  'a building block': 'Article',
  risks: 'CollectionPage',
  'a risk': 'Article',
  benefits: 'CollectionPage',
  'a benefit': 'Article',
  matrix: 'WebPage',
  media: 'CollectionPage',
  'a film': 'Movie',
  'a podcast': 'PodcastSeries',
  references: 'CollectionPage',
  contact: 'ContactPage',
  'current efforts': 'CollectionPage',
  timeline: 'CollectionPage',
  'an initiative': 'Legislation',
  'a treaty with an identifier': 'Legislation',
  actors: 'CollectionPage',
  'an actor': 'ProfilePage',
  'open data': 'Dataset',
}

// Filtered lists are variations of the index, which names itself by its canonical address: checked as the index.
const checkedPages = { ...pageTypes, ...Object.fromEntries(Object.entries(trackerPageTypes).filter(([name]) => name in pageType)) }

// The CMS collection behind each document page type.
const documentCollection: Record<string, string> = { 'a building block': 'building-blocks', 'a risk': 'risks', 'a benefit': 'benefits' }

const mediaType: Record<string, string> = { film: 'Movie', podcast: 'PodcastSeries', episode: 'PodcastEpisode' }

type Loaded = { html: HTMLElement; address: string; scripts: unknown[]; expanded: Expanded[]; top: Expanded[] }

async function load(at: string): Promise<Loaded> {
  const address = `${webUrl()}${at}`
  const response = await fetch(address)
  expect(response.status).toBe(200)
  const html = parse(await response.text())
  expectRenderedHere(at, html.querySelector('link[rel="canonical"]')?.getAttribute('href'))
  const scripts = html.querySelectorAll('script[type="application/ld+json"]').map((script) => JSON.parse(script.textContent))
  const expanded: Expanded[] = []
  const top: Expanded[] = []
  for (const script of scripts) {
    let result: Expanded[]
    try {
      result = (await jsonld.expand(script as any, { documentLoader: documentLoader as any, safe: true } as any)) as unknown as Expanded[]
    } catch (error) {
      // Safe mode names the term it could not expand in the event's details: say which.
      const details = (error as { details?: { event?: { details?: unknown } } }).details
      throw new Error(`The JSON-LD of ${at} does not expand: ${JSON.stringify(details?.event?.details ?? details ?? String(error))}`)
    }
    top.push(...result)
    expanded.push(...nodesOf(result))
  }
  return { html, address, scripts, expanded, top }
}

/** The language the page shows its main heading in: the nearest lang attribute around the h1. */
function headingLanguage(html: HTMLElement): string | undefined {
  for (let element: HTMLElement | null = html.querySelector('h1'); element; element = element.parentNode as HTMLElement | null) {
    const lang = element.getAttribute?.('lang')
    if (lang) return lang
  }
  return undefined
}

const cases = ['en', 'ar'].flatMap((locale) => Object.entries(checkedPages).map(([name, at]) => [locale, name, `/${locale}${at}`] as const))

describe.each(cases)('/%s: %s (%s)', (locale, name, at) => {
  let page: Loaded
  beforeAll(async () => {
    page = await load(at)
  })

  // The page's own node: a top-level node whose url is the page's address.
  const own = () => page.top.find((node) => values(node, 'url').includes(page.address))

  test('has JSON-LD that the processor expands, and every node in it has a type', () => {
    expect(page.scripts.length).toBeGreaterThan(0)
    expect(page.expanded.length).toBeGreaterThan(0)
    expect(page.expanded.filter((node) => !node['@type']?.length)).toEqual([])
  })

  test(`describes the page as a ${pageType[name]} with its name, address, language and site`, () => {
    const node = own()
    expect(node).toBeDefined()
    expect(isA(node, pageType[name]!)).toBe(true)
    expect(String(value(node, 'name') ?? '').trim()).not.toBe('')
    // The language the page itself shows it in: the html element's, or (documents) its heading's.
    const htmlLang = page.html.querySelector('html')?.getAttribute('lang')
    expect(htmlLang).toBe(locale)
    expect(values(node, 'inLanguage')).toEqual([name === 'home' ? htmlLang : headingLanguage(page.html)])
    const site = name === 'home' ? node : node?.[schema('isPartOf')]?.[0]
    expect(isA(site, 'WebSite')).toBe(true)
    expect(values(site, 'url')).toEqual([`${webUrl()}/${locale}`])
    expect(String(value(site, 'name') ?? '').trim()).not.toBe('')
  })

  if (name === 'home') {
    test('names the organisation that publishes the site', () => {
      const publisher = own()?.[schema('publisher')]?.[0]
      expect(isA(publisher, 'Organization')).toBe(true)
      expect(value(publisher, 'name')).toBe('Future of Life Institute')
    })
  } else {
    test('has a BreadcrumbList that follows the visible breadcrumbs and ends at the page', () => {
      const lists = page.top.filter((node) => isA(node, 'BreadcrumbList'))
      expect(lists).toHaveLength(1)
      const items = (lists[0]![schema('itemListElement')] as Expanded[]).sort((a, b) => value(a, 'position') - value(b, 'position'))
      expect(items.map((item) => value(item, 'position'))).toEqual(items.map((_, index) => index + 1))
      const shown = page.html.querySelectorAll('nav.breadcrumbs li').map((li) => li.text.trim())
      expect(items.map((item) => value(item, 'name'))).toEqual(shown)
      expect(value(items[0], 'item')).toBe(`${webUrl()}/${locale}`)
      expect(value(items.at(-1), 'item')).toBe(page.address)
    })
  }

  if (documentCollection[name]) {
    test('is an Article by the publisher, dated as the CMS last changed it, citing entries of the bibliography', async () => {
      const node = own()
      const slug = at.split('/').pop()!
      const { body } = await api(`/api/${documentCollection[name]}?where[slug][equals]=${slug}&depth=0&locale=${locale}&select[updatedAt]=true`)
      expect(values(node, 'dateModified')).toEqual([body.docs[0].updatedAt])
      expect(value(node, 'headline')).toBe(value(node, 'name'))
      for (const role of ['author', 'publisher']) expect(values(node?.[schema(role)]?.[0], 'name')).toEqual(['Future of Life Institute'])
      const references = parse(await (await fetch(`${webUrl()}/${locale}/references`)).text())
      const cited = await api(`/api/${documentCollection[name]}?where[slug][equals]=${slug}&depth=0&select[citations]=true`)
      const citing = node?.[schema('citation')] ?? []
      expect(citing).toHaveLength((cited.body.docs[0].citations ?? []).length)
      if (slug === 'red-lines') expect(citing.length).toBeGreaterThan(0)
      for (const work of citing) {
        const entry = new URL(work['@id'])
        expect(entry.pathname).toBe(`/${locale}/references`)
        expect(references.getElementById(decodeURIComponent(entry.hash.slice(1)))).not.toBeNull()
      }
    })
  }

  if (name === 'references') {
    test('lists the bibliography as works with authors and a date, one per entry on the page', () => {
      const works = (own()?.[schema('mainEntity')]?.[0]?.[schema('itemListElement')] ?? []).map((item: Expanded) => item[schema('item')][0])
      const entries = page.html.querySelectorAll('li.reference')
      expect(entries.length).toBeGreaterThan(0)
      expect(works).toHaveLength(entries.length)
      expect(works.map((work: Expanded) => new URL(work['@id']).hash.slice(1))).toEqual(entries.map((entry) => entry.id))
      for (const work of works) {
        expect(['ScholarlyArticle', 'Report', 'Book', 'Chapter', 'WebPage', 'CreativeWork'].some((type) => isA(work, type))).toBe(true)
        const authors = work[schema('author')] ?? []
        expect(authors.length).toBeGreaterThan(0)
        for (const author of authors) {
          expect(isA(author, 'Person') || isA(author, 'Organization')).toBe(true)
          expect(String(value(author, 'name') ?? '')).not.toBe('')
        }
        expect(value(work, 'datePublished')).toMatch(/^\d{4}/)
      }
    })
  }

  if (name === 'media') {
    test('lists each film and podcast with its schema.org type, name and its own page', async () => {
      const { body } = await api(`/api/media-entries?limit=100&depth=0&sort=order&locale=${locale}`)
      const items = (own()?.[schema('mainEntity')]?.[0]?.[schema('itemListElement')] ?? []).map((item: Expanded) => item[schema('item')][0])
      expect(items).toHaveLength(body.docs.length)
      for (const [index, entry] of body.docs.entries()) {
        expect(isA(items[index], mediaType[entry.kind]!)).toBe(true)
        expect(value(items[index], 'name')).toBe(entry.title)
        expect(value(items[index], 'url')).toBe(`${webUrl()}/${locale}/media/${entry.slug}`)
        expect(page.html.querySelector(`a[href="/${locale}/media/${entry.slug}"]`)).not.toBeNull()
      }
    })
  }

  if (name === 'a film' || name === 'a podcast') {
    test('is the work, dated as the CMS last changed it, about the building blocks its page links to', async () => {
      const slug = at.split('/').pop()!
      const { body } = await api(`/api/media-entries?where[slug][equals]=${slug}&depth=0&locale=${locale}`)
      const entry = body.docs[0]
      expect(values(own(), 'dateModified')).toEqual([entry.updatedAt])
      const about = (own()?.[schema('about')] ?? []).map((thing: Expanded) => value(thing, 'url'))
      const linked = page.html.querySelectorAll('#related-blocks-heading + ul a').map((a) => `${webUrl()}${a.getAttribute('href')}`)
      expect(about).toEqual(linked)
      expect(about).toHaveLength((entry.relatedBuildingBlocks ?? []).length)
    })
  }

  if (name === 'an actor') {
    test('is about the organisation, with its official site as sameAs', async () => {
      const { body } = await api(`/api/actors?where[slug][equals]=oecd&depth=0&locale=${locale}&select[url]=true&select[name]=true`)
      const organisation = own()?.[schema('mainEntity')]?.[0]
      expect(isA(organisation, 'Organization')).toBe(true)
      expect(value(organisation, 'name')).toBe(body.docs[0].name)
      expect(values(organisation, 'sameAs')).toEqual([body.docs[0].url])
    })
  }

  if (name === 'open data') {
    test('is a Dataset under its licence, each download a DataDownload the page links to', () => {
      expect(values(own(), 'license')).toEqual(['https://creativecommons.org/licenses/by/4.0/'])
      const downloads = (own()?.[schema('distribution')] ?? []).map((file: Expanded) => [value(file, 'encodingFormat'), value(file, 'contentUrl')])
      const linked = page.html.querySelectorAll('a[download]').map((a) => `${webUrl()}${a.getAttribute('href')}`)
      expect(downloads.map(([, url]: string[]) => url).sort()).toEqual([...new Set(linked)].sort())
      for (const [format, url] of downloads) expect(format).toBe(url.split('?')[0].endsWith('.csv') ? 'text/csv' : 'application/json')
    })
  }

  if (name === 'contact') {
    test('is about the organisation to contact', () => {
      const about = own()?.[schema('mainEntity')]?.[0]
      expect(isA(about, 'Organization')).toBe(true)
      expect(String(value(about, 'name') ?? '')).not.toBe('')
    })
  }
})

test('a term the context does not define fails the expansion (safe mode is on)', async () => {
  await expect(jsonld.expand({ '@context': 'https://schema.org', '@type': 'Article', nmae: 'typo' } as any, { documentLoader: documentLoader as any, safe: true } as any)).rejects.toThrow()
})
