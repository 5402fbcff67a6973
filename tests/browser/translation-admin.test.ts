// What an editor sees of translation in the admin, in Chromium: the list's "Translations" column,
// the dashboard's "Needs translation" list, and the English source under a field being translated.
import { launchLoopbackPage, signInToAdmin } from '../support/browser'
import { api, cmsUrl, madeHere, staffToken, uniqueSuffix } from '../support/cms'

describe('translation in the admin', () => {
  const made = madeHere()
  let browser: Awaited<ReturnType<typeof launchLoopbackPage>>
  let risk: { id: number; title: string }

  beforeAll(async () => {
    const editor = await staffToken('editor')
    const created = await api('/api/risks', { method: 'POST', token: editor.token, body: { title: `Admin translation ${uniqueSuffix()}`, order: 960, summary: 'The English summary a translator reads.', _status: 'published' } })
    risk = made.add('risks', created.body.doc)
    browser = await launchLoopbackPage({ viewport: { width: 1400, height: 1000 } })
    await signInToAdmin(browser.page, editor)
  }, 120_000)
  afterAll(async () => {
    await browser?.close()
    await made.removeAll()
  })

  test('the risks list has a Translations column; the new risk needs translation in every language', async () => {
    const { page } = browser
    await page.goto(`${cmsUrl()}/admin/collections/risks?limit=100`)
    await page.getByRole('columnheader', { name: 'Translations' }).waitFor({ timeout: 30_000 })
    const row = page.getByRole('row').filter({ hasText: risk.title })
    await expect(row.locator('.translation-cell__item--missing').count()).resolves.toBe(5)
    // A seeded risk is translated everywhere.
    const seeded = page.getByRole('row').filter({ hasText: 'Loss of control' })
    await expect(seeded.locator('.translation-cell__item--up-to-date').count()).resolves.toBe(5)
  }, 60_000)

  test('the dashboard lists what needs translation per language, with why', async () => {
    const { page } = browser
    await page.goto(`${cmsUrl()}/admin`)
    const section = page.locator('section.needs-translation')
    await section.getByRole('heading', { name: 'Needs translation' }).waitFor({ timeout: 30_000 })
    await expect(section.locator('summary', { hasText: 'Français' }).count()).resolves.toBe(1)
    const link = section.locator(`a:text-is("${risk.title}")`).first()
    await expect(link.getAttribute('href')).resolves.toMatch(new RegExp(`/admin/collections/risks/${risk.id}\\?locale=`))
    await expect(section.getByText(/No text of its own for: Title, Summary/).count()).resolves.toBeGreaterThan(0)
  }, 60_000)

  test('editing French shows the English under each text, and the panel says what is missing', async () => {
    const { page } = browser
    await page.goto(`${cmsUrl()}/admin/collections/risks/${risk.id}?locale=fr`)
    const source = page.locator('.english-source', { hasText: 'The English summary a translator reads.' })
    await source.first().waitFor({ timeout: 30_000 })
    await expect(source.first().getAttribute('lang')).resolves.toBe('en')
    await expect(page.locator('.translation-panel').getByText('Français: Needs translation').count()).resolves.toBe(1)
  }, 60_000)
})
