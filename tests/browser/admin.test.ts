import { launchBrowser } from '../support/browser'
import { cmsUrl } from '../support/cms'

// The admin must work on a machine with no internet: every request it makes stays on this host.
describe('the CMS admin in Chromium', () => {
  test('a staff member logs in and reaches the content, and the admin requests nothing from other hosts', async () => {
    const browser = await launchBrowser()
    const outside: string[] = []
    try {
      const page = await browser.context.newPage()
      page.on('request', (request) => {
        const { hostname, protocol } = new URL(request.url())
        if (!['127.0.0.1', 'localhost'].includes(hostname) && protocol !== 'data:' && protocol !== 'blob:') outside.push(request.url())
      })
      await page.goto(`${cmsUrl()}/admin/login`)
      await page.getByLabel(/email/i).fill(process.env.TEST_ADMIN_EMAIL!)
      await page.getByLabel(/password/i).fill(process.env.TEST_ADMIN_PASSWORD!)
      await page.getByRole('button', { name: /login/i }).click()
      await page.waitForURL(/\/admin\/?$/, { timeout: 60_000 })
      // The dashboard lists the collections; open one as an editor would from there.
      await page.locator('a[href="/admin/collections/building-blocks"]').first().waitFor({ state: 'attached' })
      await page.goto(`${cmsUrl()}/admin/collections/building-blocks`)
      await expectText(page, 'Red lines')
      await page.goto(`${cmsUrl()}/admin/collections/risks`)
      await expectText(page, 'Loss of control')
      expect(outside).toEqual([])
    } finally {
      await browser.close()
    }
  }, 120_000)
})

async function expectText(page: import('playwright-core').Page, text: string) {
  await page.getByText(text, { exact: true }).first().waitFor({ timeout: 30_000 })
}
