import fs from 'node:fs'

import type { Page } from 'playwright-core'

import { launchBrowser } from '../support/browser'
import { isLoopback, webUrl } from '../support/pages'

const screens = '/tmp/screens'

describe('a phone viewport (390×844) in Chromium', () => {
  let browser: Awaited<ReturnType<typeof launchBrowser>>
  let page: Page

  beforeAll(async () => {
    browser = await launchBrowser({ viewport: { width: 390, height: 844 } })
    page = await browser.context.newPage()
    await page.route((url) => !isLoopback(url.href), (route) => route.abort())
    fs.mkdirSync(screens, { recursive: true })
  }, 60_000)
  afterAll(async () => browser?.close())

  const overflow = () =>
    page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }))

  test.each([
    ['/en', 'en'],
    ['/en/building-blocks/red-lines', 'en-building-blocks-red-lines'],
    ['/en/risks/bias', 'en-risks-bias'],
    ['/en/matrix', 'en-matrix'],
    ['/en/no-such-page', 'en-not-found'],
    // Every language, translated: the home page, a block and the current efforts at phone width.
    ...['fr', 'es', 'ar', 'zh', 'ru'].flatMap((locale) => [
      [`/${locale}`, locale],
      [`/${locale}/building-blocks/red-lines`, `${locale}-building-blocks-red-lines`],
      [`/${locale}/initiatives`, `${locale}-initiatives`],
    ]),
  ])('%s does not scroll sideways and keeps body text at 16px or more', async (path, shot) => {
    await page.goto(`${webUrl()}${path}`)
    const { scrollWidth, clientWidth } = await overflow()
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth)
    const small = await page.locator('main p').evaluateAll((paragraphs) =>
      paragraphs
        .map((p) => ({ text: (p.textContent ?? '').slice(0, 40), size: parseFloat(getComputedStyle(p).fontSize) }))
        .filter((p) => p.text.trim() && p.size < 16),
    )
    expect(small).toEqual([])
    await page.screenshot({ path: `${screens}/${shot}.png`, fullPage: true })
  })

  test('the matrix table scrolls inside its own region', async () => {
    await page.goto(`${webUrl()}/en/matrix`)
    const region = await page.locator('.table-scroll').evaluate((element) => ({
      scrollWidth: element.scrollWidth,
      clientWidth: element.clientWidth,
      overflowX: getComputedStyle(element).overflowX,
    }))
    expect(region.scrollWidth).toBeGreaterThan(region.clientWidth)
    expect(['auto', 'scroll']).toContain(region.overflowX)
    // The caption wraps within the screen instead of running off with the table.
    const caption = await page.locator('.table-scroll caption').evaluate((element) => element.getBoundingClientRect().width)
    expect(caption).toBeLessThanOrEqual(390)
  })
})
