/**
 * What a visitor's phone has to fetch before and after the first paint (docs/PERFORMANCE.md,
 * section 5): the page's styles come inside its HTML, so the first paint waits for no other
 * request; and the scripts carry no schema library (zod is for the server's checks of the CMS's
 * answers: in the browser it was 34 kB gzip on every page, for nothing).
 */
import { pageTypes, trackerPageTypes, webUrl } from '../support/pages'

const html = async (path: string) => {
  const response = await fetch(`${webUrl()}${path}`)
  expect(response.status).toBe(200)
  return response.text()
}

const scriptSources = (page: string) => [...page.matchAll(/<script[^>]+src="([^"]+)"/g)].map((match) => match[1].replace(/&amp;/g, '&'))

const routes = Object.entries({ ...pageTypes, ...trackerPageTypes }).map(([name, path]) => [name, `/en${path}`])

describe('what the first paint waits for', () => {
  test.each(routes)('%s: its styles are inside the HTML, with no stylesheet to fetch first', async (_, path) => {
    const page = await html(path)
    expect(page).not.toMatch(/<link[^>]+rel="stylesheet"/)
    const styles = [...page.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((match) => match[1]).join('')
    // The site's own rules (the skip link, the page width), not only a framework's.
    expect(styles).toContain('.page-width')
    expect(styles).toContain('.skip-link')
  })
})

describe('the scripts a page loads', () => {
  test('no page loads zod (its error class and its schema core are in no script)', async () => {
    const sources = new Set<string>()
    for (const [, path] of routes) for (const source of scriptSources(await html(path))) sources.add(source)
    expect(sources.size).toBeGreaterThan(0)
    const carrying: string[] = []
    for (const source of sources) {
      const response = await fetch(new URL(source, webUrl()))
      expect(response.status).toBe(200)
      const code = await response.text()
      if (code.includes('ZodError') || code.includes('$ZodType')) carrying.push(source)
    }
    expect(carrying).toEqual([])
  })
})
