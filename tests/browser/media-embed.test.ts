import type { Page } from 'playwright-core'

import { launchBrowser } from '../support/browser'
import { adminToken, api } from '../support/cms'
import { isLoopback, webUrl } from '../support/pages'

const embedUrl = 'https://www.youtube-nocookie.com/embed/test'

// The film's player is a third party: nothing may be requested from it before the visitor clicks.
describe('the click-to-load embed in Chromium', () => {
  let browser: Awaited<ReturnType<typeof launchBrowser>>
  let page: Page
  let token: string
  let filmId: number

  beforeAll(async () => {
    token = await adminToken()
    const found = await api(`/api/media-entries?where[slug][equals]=can-diplomats-save-the-world-again&depth=0`, { token })
    filmId = found.body.docs[0].id
    const patched = await api(`/api/media-entries/${filmId}`, { method: 'PATCH', token, body: { embedUrl, _status: 'published' } })
    expect(patched.status).toBe(200)
    browser = await launchBrowser()
    page = await browser.context.newPage()
  }, 60_000)

  afterAll(async () => {
    await browser?.close()
    if (filmId) await api(`/api/media-entries/${filmId}`, { method: 'PATCH', token, body: { embedUrl: null, _status: 'published' } })
  })

  test('no request leaves the machine before the click; the iframe appears after it', async () => {
    // The CMS asks the web app to refresh the page after the publish; wait for it.
    const deadline = Date.now() + 30_000
    for (;;) {
      const html = await (await fetch(`${webUrl()}/en/media`)).text()
      if (html.includes('embed-consent')) break
      if (Date.now() > deadline) throw new Error('/en/media never showed the play button after the publish')
      await new Promise((resolve) => setTimeout(resolve, 500))
    }

    const outside: string[] = []
    await page.route(
      (url) => !isLoopback(url.href),
      (route) => {
        outside.push(route.request().url())
        return route.abort()
      },
    )
    await page.goto(`${webUrl()}/en/media`)
    await page.waitForLoadState('networkidle')
    const button = page.locator('button.embed-consent')
    await expect(button.innerText()).resolves.toContain('www.youtube-nocookie.com')
    expect(await page.locator('iframe').count()).toBe(0)
    expect(outside).toEqual([])

    await button.click()
    const iframe = page.locator(`iframe[src="${embedUrl}"]`)
    await iframe.waitFor({ state: 'attached' })
    expect(await iframe.count()).toBe(1)
  })
})
