// Real Chromium (Debian's package) driven by playwright-core. A fresh profile
// per launch; flags keep Chromium from calling home on a closed network.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { chromium, type BrowserContext, type Page } from 'playwright-core'

import { chromiumFlags as args, chromiumPath } from '../../scripts/lib/chromium.cjs'
import { cmsUrl } from './cms'
import { isLoopback } from './pages'


/** `args`: Chromium flags beyond the usual ones, e.g. `--host-resolver-rules=MAP staging.example 127.0.0.1`. */
export async function launchBrowser(options: { viewport?: { width: number; height: number }; args?: string[] } = {}) {
  if (!fs.existsSync(chromiumPath)) {
    throw new Error(`Chromium is not installed at ${chromiumPath}: apt-get install -y chromium (or set CHROMIUM_PATH).`)
  }
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'chromium-profile-'))
  const context: BrowserContext = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    args: [...args, ...(options.args ?? [])],
    viewport: options.viewport ?? { width: 1280, height: 900 },
  })
  return {
    context,
    close: async () => {
      await context.close()
      fs.rmSync(profile, { recursive: true, force: true })
    },
  }
}

/** Chromium with one page that reaches only this machine: requests to any other host are aborted. */
export async function launchLoopbackPage(options: Parameters<typeof launchBrowser>[0] = {}) {
  const browser = await launchBrowser(options)
  const page = await browser.context.newPage()
  await page.route((url) => !isLoopback(url.href), (route) => route.abort())
  return { ...browser, page }
}

/** Signs a staff member into the CMS admin through its login form. */
export async function signInToAdmin(page: Page, who: { email: string; password: string }, base = cmsUrl()) {
  await page.goto(`${base}/admin/login`)
  await page.locator('#field-email').fill(who.email)
  await page.locator('#field-password').fill(who.password)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL(/\/admin\/?$/, { timeout: 60_000 })
}
