import fs from 'node:fs'
import path from 'node:path'

import type { Page } from 'playwright-core'

import { launchBrowser } from '../support/browser'
import { cmsUrl } from '../support/cms'
import { stopCms } from '../support/servers'
import { isLoopback, webUrl } from '../support/pages'

// Runs last (support/sequencer.cjs): it stops the CMS that global-setup started.

async function stopCmsForGood() {
  await stopCms()
  await expect(fetch(`${cmsUrl()}/api/health`)).rejects.toThrow()
}

const messages = (locale: string) => ({
  ...JSON.parse(fs.readFileSync(path.join(__dirname, '../../apps/web/src/messages', `${locale}.json`), 'utf8')),
  error: JSON.parse(fs.readFileSync(path.join(__dirname, '../../apps/web/src/messages/errors.json'), 'utf8'))[locale],
})

const rendered = ['/en', '/en/building-blocks/red-lines', '/en/risks/bias', '/fr/matrix', '/ar/references']

describe('the web app without the CMS', () => {
  let browser: Awaited<ReturnType<typeof launchBrowser>>
  let page: Page
  const before = new Map<string, string>()

  beforeAll(async () => {
    browser = await launchBrowser()
    page = await browser.context.newPage()
    await page.route((url) => !isLoopback(url.href), (route) => route.abort())
    for (const path of rendered) {
      const response = await page.goto(`${webUrl()}${path}`)
      expect(response?.status()).toBe(200)
      before.set(path, (await page.locator('h1').innerText()).trim())
    }
    await stopCmsForGood()
  }, 60_000)
  afterAll(async () => browser?.close())

  test.each(rendered)('%s, rendered before, is still served with its content', async (path) => {
    const response = await page.goto(`${webUrl()}${path}`)
    expect(response?.status()).toBe(200)
    expect((await page.locator('h1').innerText()).trim()).toBe(before.get(path))
    expect(await page.locator('main').innerText()).not.toBe('')
  })

  test('a page never rendered before answers the friendly error page, not a blank one', async () => {
    const seen: string[] = []
    for (const [locale, where] of [
      ['ru', '/actors/cen-cenelec'],
      ['zh', '/initiatives/iso-iec-23894'],
      ['en', '/risks/no-such-risk'],
    ]) {
      const path = `/${locale}${where}`
      const response = await page.goto(`${webUrl()}${path}`)
      const status = response?.status() ?? 0
      const h1 = (await page.locator('h1').first().innerText().catch(() => '')).trim()
      const header = await page.locator('header.site-header').count()
      seen.push(`${path}: ${status} “${h1}”${header ? ' (with the site header)' : ' (no site header)'}`)
      console.log(`Without the CMS: ${seen[seen.length - 1]}`)
      expect(status === 404 || (status >= 500 && status < 600)).toBe(true)
      // The site's own message in the visitor's language, not a blank page or Next's default.
      expect([messages(locale).error.title, messages(locale).notFound.title]).toContain(h1)
      expect(await page.locator('html').getAttribute('lang')).toBe(locale)
      expect((await page.locator('body').innerText()).trim().length).toBeGreaterThan(h1.length)
    }
  })

  test('when even the site settings must be fetched again, the page is still the translated friendly message', async () => {
    // An editor's publish expires the site settings (global:site) while the CMS is down:
    // the layout itself cannot render, so app/global-error.tsx answers.
    const revalidated = await fetch(`${webUrl()}/api/revalidate`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${process.env.REVALIDATE_SECRET}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ tags: ['global:site'] }),
    })
    expect(revalidated.status).toBe(200)
    for (const locale of ['fr', 'ar']) {
      const response = await page.goto(`${webUrl()}/${locale}/contact`)
      const h1 = (await page.locator('h1').first().innerText().catch(() => '')).trim()
      console.log(`Without the CMS, site settings expired: /${locale}/contact: ${response?.status()} “${h1}”`)
      expect(response?.status()).toBeGreaterThanOrEqual(500)
      expect(h1).toBe(messages(locale).error.title)
      expect(await page.locator('html').getAttribute('lang')).toBe(locale)
      expect(await page.locator('html').getAttribute('dir')).toBe(locale === 'ar' ? 'rtl' : 'ltr')
      await expect(page.locator('main a').getAttribute('href')).resolves.toBe(`/${locale}`)
    }
  })
})
