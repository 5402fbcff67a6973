import type { Page } from 'playwright-core'

import { launchBrowser } from '../support/browser'
import { isLoopback, locales, pageTypes, trackerPageTypes, webUrl } from '../support/pages'

// Every public page type in every language, in real Chromium against the built web app.
describe('the public pages in Chromium', () => {
  let browser: Awaited<ReturnType<typeof launchBrowser>>
  let page: Page
  const consoleErrors: string[] = []

  beforeAll(async () => {
    browser = await launchBrowser()
    page = await browser.context.newPage()
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(`${page.url()}: ${message.text()}`)
    })
    page.on('pageerror', (error) => consoleErrors.push(`${page.url()}: ${error.message}`))
    await page.route((url) => !isLoopback(url.href), (route) => route.abort())
  }, 60_000)
  afterAll(async () => browser?.close())

  const cases = locales.flatMap((locale) => Object.entries({ ...pageTypes, ...trackerPageTypes }).map(([name, path]) => [locale, name, path] as const))
  test.each(cases)('/%s: %s answers 200 with the right language, direction and one h1', async (locale, _name, path) => {
    consoleErrors.length = 0
    const response = await page.goto(`${webUrl()}/${locale}${path}`)
    expect(response?.status()).toBe(200)
    await page.waitForLoadState('load')
    const html = page.locator('html')
    expect(await html.getAttribute('lang')).toBe(locale)
    const dir = await html.getAttribute('dir')
    if (locale === 'ar') expect(dir).toBe('rtl')
    else expect(dir).not.toBe('rtl')
    expect(await page.locator('h1').count()).toBe(1)
    // The seed is translated: no seeded page says its text is shown in English, and the menu speaks the page's language.
    expect(await page.locator('.translation-notice').count()).toBe(0)
    if (locale !== 'en') expect(await page.locator('nav.site-nav a').first().innerText()).not.toBe('Home')
    expect(consoleErrors).toEqual([])
  })

  test('every page names an icon the site serves, so browsers do not ask for a missing /favicon.ico', async () => {
    for (const path of ['/en', '/ar/risks/bias']) {
      await page.goto(`${webUrl()}${path}`)
      const href = await page.locator('link[rel="icon"]').first().getAttribute('href')
      expect(href).toMatch(/^\/icon\.svg/)
      const icon = await fetch(new URL(href!, webUrl()))
      expect(icon.status).toBe(200)
      expect(icon.headers.get('content-type')).toMatch(/^image\/svg\+xml/)
    }
  })

  test('an unknown slug answers the 404 page with the site header', async () => {
    for (const locale of ['en', 'ar']) {
      const response = await page.goto(`${webUrl()}/${locale}/building-blocks/no-such-block`)
      expect(response?.status()).toBe(404)
      await expect(page.locator('header.site-header').count()).resolves.toBe(1)
      await expect(page.locator('h1').count()).resolves.toBe(1)
      expect(await page.locator('html').getAttribute('lang')).toBe(locale)
    }
  })

  test('links lead from home to a block, to a risk it addresses, and back', async () => {
    await page.goto(`${webUrl()}/en`)
    const blockLink = page.locator('main a[href^="/en/building-blocks/"]').first()
    const blockHref = await blockLink.getAttribute('href')
    await blockLink.click()
    await page.waitForURL(`**${blockHref}`)
    const blockTitle = await page.locator('h1').innerText()
    const riskLink = page.locator('main a[href^="/en/risks/"]').first()
    const riskHref = await riskLink.getAttribute('href')
    const riskName = (await riskLink.innerText()).trim()
    await riskLink.click()
    await page.waitForURL(`**${riskHref}`)
    expect((await page.locator('h1').innerText()).trim()).toBe(riskName)
    await page.goBack()
    await page.waitForURL(`**${blockHref}`)
    expect(await page.locator('h1').innerText()).toBe(blockTitle)
  })

  test('the language switcher keeps the page', async () => {
    await page.goto(`${webUrl()}/en/building-blocks/red-lines`)
    await page.locator('.language-switcher a', { hasText: 'Français' }).click()
    await page.waitForURL(`${webUrl()}/fr/building-blocks/red-lines`)
    expect(await page.locator('html').getAttribute('lang')).toBe('fr')
    expect(await page.locator('h1').count()).toBe(1)
  })
})
