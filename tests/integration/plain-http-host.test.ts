// The site served over plain http on a host that is not loopback (a staging server, a LAN
// demo), in real Chromium: its styles and scripts load and apply. With
// `upgrade-insecure-requests` in the CSP, Chromium sent each of them to https, where nothing
// answers, and the pages rendered unstyled (loopback is exempt, so 127.0.0.1 hid it).
// Chromium resolves staging.example to this machine (--host-resolver-rules); no request leaves it.
import type { Page } from 'playwright-core'

import { launchBrowser } from '../support/browser'
import { webUrl } from '../support/pages'

const host = 'staging.example'

type Visit = { styles: Record<string, string>; inlineStyles: number; stylesheets: string[]; scripts: string[]; failed: string[]; consoleErrors: string[]; csp: string }

/** Loads a page and reports what the visitor's browser fetched and applied. */
async function visit(page: Page, url: string): Promise<Visit> {
  const failed: string[] = []
  const consoleErrors: string[] = []
  const loaded: Array<{ url: string; type: string; status: number }> = []
  page.on('requestfailed', (request) => failed.push(`${request.url()}: ${request.failure()?.errorText}`))
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text())
  })
  page.on('response', (response) => loaded.push({ url: response.url(), type: response.request().resourceType(), status: response.status() }))
  const response = await page.goto(url, { waitUntil: 'load' })
  expect(response?.status()).toBe(200)
  await page.waitForLoadState('networkidle')
  const styles = await page.evaluate(() => {
    const pick = (element: Element | null, names: string[]) => {
      const style = element ? getComputedStyle(element) : null
      return Object.fromEntries(names.map((name) => [`${element?.tagName.toLowerCase() ?? 'none'} ${name}`, style?.getPropertyValue(name) ?? '']))
    }
    return {
      ...pick(document.body, ['margin-top', 'font-size', 'font-family']),
      ...pick(document.querySelector('header'), ['display', 'border-bottom-width', 'padding-top']),
      ...pick(document.querySelector('a'), ['text-underline-offset']),
    }
  })
  const ok = (type: string) => loaded.filter((r) => r.type === type && r.status === 200).map((r) => r.url)
  // The site's CSS comes inside the page (next.config's inlineCss), or as stylesheets.
  const inlineStyles = await page.evaluate(() => document.querySelectorAll('head style').length)
  return { styles, inlineStyles, stylesheets: ok('stylesheet'), scripts: ok('script'), failed, consoleErrors, csp: response?.headers()['content-security-policy'] ?? '' }
}

describe(`the site over plain http on a host that is not loopback (${host})`, () => {
  let browser: Awaited<ReturnType<typeof launchBrowser>>
  let loopback: Visit
  let staging: Visit
  const port = () => new URL(webUrl()).port

  beforeAll(async () => {
    browser = await launchBrowser({ args: [`--host-resolver-rules=MAP ${host} 127.0.0.1`] })
    loopback = await visit(await browser.context.newPage(), `${webUrl()}/en/risks/bias`)
    staging = await visit(await browser.context.newPage(), `http://${host}:${port()}/en/risks/bias`)
  }, 120_000)
  afterAll(async () => browser?.close())

  test('every stylesheet and script is fetched over http from that host, and none fails', () => {
    expect(staging.failed).toEqual([])
    expect(staging.inlineStyles + staging.stylesheets.length).toBeGreaterThan(0)
    expect(staging.scripts.length).toBeGreaterThan(0)
    for (const url of [...staging.stylesheets, ...staging.scripts]) expect(url.startsWith(`http://${host}:${port()}/`)).toBe(true)
  })

  test('the site’s CSS applies: the computed styles are those of the loopback page, not Chromium’s defaults', () => {
    expect(staging.styles).toEqual(loopback.styles)
    // Chromium's own style sheet gives the body an 8px margin; the site's sets none.
    expect(staging.styles['body margin-top']).not.toBe('8px')
  })

  test('no CSP or mixed-content errors in the console, and the policy sent asks for no upgrade', () => {
    // Chromium notes that Cross-Origin-Opener-Policy does not apply on an untrustworthy origin: harmless, and the only other message.
    expect(staging.consoleErrors.filter((message) => !/Cross-Origin-Opener-Policy header has been ignored/.test(message))).toEqual([])
    expect(staging.csp).toMatch(/default-src 'self'/)
    expect(staging.csp).not.toMatch(/upgrade-insecure-requests/)
  })
})
