import type { Page } from 'playwright-core'

import { launchBrowser } from '../support/browser'
import { isLoopback, pageTypes, trackerPageTypes, webUrl } from '../support/pages'

type Violation = { id: string; impact: string; help: string; nodes: { target: string[] }[] }

async function axeViolations(page: Page): Promise<Violation[]> {
  await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') })
  const { passes, violations } = await page.evaluate(async () => {
    const result = await (window as any).axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] })
    const found = result.violations.map((v: any) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n: any) => ({ target: n.target })) }))
    return { passes: result.passes.length as number, violations: found as Violation[] }
  })
  expect(passes).toBeGreaterThan(10) // axe really ran its WCAG rules on the page
  return violations
}

const describeViolations = (violations: Violation[]) =>
  violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).join('\n    ')}`).join('\n')

describe('accessibility in Chromium', () => {
  let browser: Awaited<ReturnType<typeof launchBrowser>>
  let page: Page

  beforeAll(async () => {
    browser = await launchBrowser()
    page = await browser.context.newPage()
    await page.route((url) => !isLoopback(url.href), (route) => route.abort())
  }, 60_000)
  afterAll(async () => browser?.close())

  const cases = ['en', 'ar', 'zh'].flatMap((locale) =>
    [...Object.entries({ ...pageTypes, ...trackerPageTypes }), ['not found', '/building-blocks/no-such-block'] as const, ['an address matching nothing', '/no-such-page'] as const].map(([name, path]) => [locale, name, path] as const),
  )
  test.each(cases)('/%s: %s has no axe violations (WCAG 2.2 AA)', async (locale, _name, path) => {
    await page.goto(`${webUrl()}/${locale}${path}`)
    const violations = await axeViolations(page)
    if (violations.length) throw new Error(`axe violations on /${locale}${path}:\n${describeViolations(violations)}`)
  })

  const focusStyle = () =>
    page.evaluate(() => {
      const element = document.activeElement as HTMLElement
      const style = getComputedStyle(element)
      const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0
      const shadow = style.boxShadow !== 'none'
      const rect = element.getBoundingClientRect()
      return {
        tag: element.tagName,
        href: element.getAttribute('href'),
        className: element.className,
        visible: outline || shadow,
        onScreen: rect.width > 0 && rect.height > 0 && rect.bottom > 0 && rect.right > 0 && rect.top < innerHeight && rect.left < innerWidth,
      }
    })

  test('Tab reaches the visible skip link first, and Enter moves focus to main', async () => {
    for (const locale of ['en', 'ar']) {
      await page.goto(`${webUrl()}/${locale}`)
      await page.keyboard.press('Tab')
      const first = await focusStyle()
      expect(first).toMatchObject({ tag: 'A', href: '#main-content', onScreen: true, visible: true })
      await page.keyboard.press('Enter')
      await page.waitForFunction(() => document.activeElement?.id === 'main-content')
    }
  })

  test('tabbing through the home page reaches the nav and block links, each with a visible focus style', async () => {
    await page.goto(`${webUrl()}/en`)
    const seen: Awaited<ReturnType<typeof focusStyle>>[] = []
    for (let i = 0; i < 60; i += 1) {
      await page.keyboard.press('Tab')
      const focused = await focusStyle()
      seen.push(focused)
      if (focused.href?.startsWith('/en/building-blocks/')) break
    }
    const nav = await page.locator('.site-nav a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))
    expect(nav.length).toBeGreaterThan(0)
    for (const href of nav) expect(seen.map((s) => s.href)).toContain(href)
    expect(seen.some((s) => s.href?.startsWith('/en/building-blocks/'))).toBe(true)
    const invisible = seen.filter((s) => !s.visible)
    expect(invisible).toEqual([])
  })
})
