// The Highwire Press citation_* tags of the document pages, read in Chromium the way Zotero's
// "Embedded Metadata" translator reads a page (Zotero runs in the browser, on the live DOM):
// the same XPath into <head> (a meta whose name ends in the tag's name; its content), the
// title from citation_title, one creator per citation_author (each split on ";"), the date
// from citation_publication_date (citation_date overriding it, then citation_online_date or
// citation_year), the URL from citation_public_url (then citation_abstract_html_url or
// citation_fulltext_html_url, then the page's own address), language and publisher.
import type { Page } from 'playwright-core'

import { launchLoopbackPage } from '../support/browser'
import { api } from '../support/cms'
import { webUrl } from '../support/pages'
import { expectRenderedHere } from './renderedHere'

type ZoteroItem = { title: string; creators: string[]; date: string; url: string; publicUrl: string; language: string; publisher: string; heading: string; headingLanguage: string | null; canonical: string | null }

/** What the translator's Highwire step makes of the page (values joined as ZU.xpathText joins them). */
const readLikeZotero = (page: Page) =>
  page.evaluate((): ZoteroItem => {
    const x = document.documentElement.namespaceURI
    const contents = (name: string): string[] => {
      const xpath = `/x:html/x:head/x:meta[substring(@name, string-length(@name)-${name.length - 1})="${name}"]/@content`
      const result = document.evaluate(xpath, document, (prefix) => (prefix === 'x' ? x : null), XPathResult.ORDERED_NODE_SNAPSHOT_TYPE, null)
      return Array.from({ length: result.snapshotLength }, (_, index) => result.snapshotItem(index)?.nodeValue ?? '')
    }
    const text = (name: string) => contents(name).join(', ').replace(/\s+/g, ' ').trim()
    const creators = [...contents('citation_author'), ...contents('citation_authors')].flatMap((value) => value.split(/\s*;\s*/)).map((name) => name.trim()).filter((name) => /[^\s,-.;]/.test(name))
    const heading = document.querySelector('h1')
    return {
      title: text('citation_title'),
      creators,
      date: text('citation_date') || text('citation_publication_date') || text('citation_online_date') || text('citation_year'),
      url: text('citation_public_url') || text('citation_abstract_html_url') || text('citation_fulltext_html_url') || location.href,
      publicUrl: text('citation_public_url'),
      language: text('citation_language'),
      publisher: text('citation_publisher'),
      heading: heading?.textContent?.trim() ?? '',
      headingLanguage: heading?.closest('[lang]')?.getAttribute('lang') ?? null,
      canonical: (document.querySelector('link[rel="canonical"]') as HTMLLinkElement | null)?.href ?? null,
    }
  })

const documents = [
  ['a building block', '/building-blocks/red-lines', 'building-blocks'],
  ['a risk', '/risks/bias', 'risks'],
  ['a benefit', '/benefits/health', 'benefits'],
] as const

const cases = ['en', 'fr', 'ar'].flatMap((locale) => documents.map(([name, at, collection]) => [locale, name, `/${locale}${at}`, collection] as const))

let browser: Awaited<ReturnType<typeof launchLoopbackPage>>
let page: Page

beforeAll(async () => {
  browser = await launchLoopbackPage()
  page = browser.page
}, 60_000)
afterAll(async () => browser?.close())

test.each(cases)('/%s: %s (%s) is a citable work: title, author, date, URL, language, publisher', async (locale, _name, at, collection) => {
  const address = `${webUrl()}${at}`
  expect((await page.goto(address))?.status()).toBe(200)
  await page.waitForLoadState('load')
  const item = await readLikeZotero(page)
  expectRenderedHere(at, item.canonical)

  expect(item.title).toBe(item.heading)
  expect(item.title).not.toBe('')
  // The page is the publisher's work: the organisation is its one author.
  expect(item.creators).toEqual(['Future of Life Institute'])
  expect(item.publisher).toBe('Future of Life Institute')
  // Dated by the document's last change in the CMS.
  const slug = at.split('/').pop()
  const { body } = await api(`/api/${collection}?where[slug][equals]=${slug}&depth=0&locale=${locale}&select[updatedAt]=true`)
  const updatedAt: string = body.docs[0].updatedAt
  expect(item.date).toBe(updatedAt.slice(0, 10).replaceAll('-', '/'))
  // The page's own address, the one its canonical link names.
  expect(item.url).toBe(address)
  // Stated by the page itself, not Zotero's fallback to the address it was opened at.
  expect(item.publicUrl).toBe(address)
  expect(item.canonical).toBe(address)
  // The language the page shows the text in: the seed is translated, so the page's own.
  expect(item.language).toBe(item.headingLanguage)
  expect(item.language).toBe(locale)
})

test('pages that are not one work carry no citation title', async () => {
  for (const at of ['/en', '/en/risks', '/en/references']) {
    await page.goto(`${webUrl()}${at}`)
    expect((await readLikeZotero(page)).title).toBe('')
  }
})
