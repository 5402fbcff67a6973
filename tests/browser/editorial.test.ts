/**
 * What staff do every day, in real Chromium against the built apps: an
 * editor changes a risk's summary in the admin and the draft stays off the
 * public page; the Preview button and the Live Preview pane show it on the
 * real design; publishing shows it to everyone within seconds; a contributor
 * cannot publish; and a second editor is told the document is being edited.
 * The risk is made here, with its own slug, and removed afterwards.
 */
import type { Page } from 'playwright-core'

import { launchBrowser, signInToAdmin } from '../support/browser'
import { adminToken, api, cmsUrl, madeHere, staffToken, uniqueSuffix } from '../support/cms'
import { webUrl } from '../support/pages'
import { sleep, until } from '../support/wait'

type Browser = Awaited<ReturnType<typeof launchBrowser>>
type Staff = Awaited<ReturnType<typeof staffToken>>

const made = madeHere()
const browsers: Browser[] = []
const open = async () => {
  const browser = await launchBrowser({ viewport: { width: 1440, height: 900 } })
  browsers.push(browser)
  return browser
}

describe('editing, previewing and publishing in the admin', () => {
  const suffix = uniqueSuffix()
  const slug = `editorial-${suffix}`
  const publishedText = `The published summary ${suffix}.`
  const draftText = `A draft summary the public must not see yet ${suffix}.`
  const liveText = `Typed while the live preview watches ${suffix}.`
  const publishText = `The summary as published from the admin ${suffix}.`
  let editor: Staff
  let secondEditor: Staff
  let contributor: Staff
  let riskId: number
  let otherRiskId: number
  let editorPage: Page
  const publicText = async () => (await (await fetch(`${webUrl()}/en/risks/${slug}`)).text()).replace(/<[^>]+>/g, ' ')

  beforeAll(async () => {
    editor = await staffToken('editor')
    secondEditor = await staffToken('editor')
    contributor = await staffToken('contributor')
    const created = await api('/api/risks', {
      method: 'POST',
      token: editor.token,
      body: { title: `Editorial test ${suffix}`, slug, order: 980, summary: publishedText, _status: 'published' },
    })
    expect(created.status).toBe(201)
    riskId = made.add('risks', created.body.doc).id
    // The contributor works on another document: this one is locked by the editor while they edit it.
    const other = await api('/api/risks', {
      method: 'POST',
      token: editor.token,
      body: { title: `Contributor test ${suffix}`, slug: `${slug}-other`, order: 981, summary: publishedText, _status: 'published' },
    })
    otherRiskId = made.add('risks', other.body.doc).id
  }, 60_000)

  afterAll(async () => {
    await Promise.all(browsers.map((browser) => browser.close()))
    await made.removeAll()
  })

  test('a draft saved in the admin stays off the public page', async () => {
    const browser = await open()
    editorPage = await browser.context.newPage()
    await signInToAdmin(editorPage, editor)
    await editorPage.goto(`${cmsUrl()}/admin/collections/risks/${riskId}`)
    await editorPage.locator('#field-summary').fill(draftText)
    // Drafts save themselves (autosave); the latest draft holds the new text.
    await until(async () => (await api(`/api/risks/${riskId}?draft=true&depth=0`, { token: editor.token })).body.summary === draftText, 30_000, 'autosave')

    const visitor = await open()
    const visitorPage = await visitor.context.newPage()
    await visitorPage.goto(`${webUrl()}/en/risks/${slug}`)
    await expect(visitorPage.locator('main').innerText()).resolves.toContain(publishedText)
    await expect(visitorPage.locator('body').innerText()).resolves.not.toContain(draftText)
  }, 180_000)

  test('the Live Preview pane frames the public page through a signed preview link, with the draft banner, and shows the text as it is typed', async () => {
    await editorPage.locator('#live-preview-toggler').click()
    const frame = editorPage.locator('.live-preview-window iframe').first()
    await frame.waitFor({ timeout: 60_000 })
    const src = new URL((await frame.getAttribute('src'))!)
    expect(`${src.origin}${src.pathname}`).toBe(`${webUrl()}/api/preview`)
    expect(src.searchParams.get('path')).toBe(`/en/risks/${slug}`)
    expect(src.searchParams.get('signature')).toMatch(/^[0-9a-f]{64}$/)
    // The site lets the CMS frame it: the pane reaches the page itself, in draft preview.
    const pane = editorPage.frameLocator('.live-preview-window iframe').first()
    await pane.getByRole('region', { name: 'Draft preview' }).waitFor({ timeout: 60_000 })
    expect(editorPage.frames().some((candidate) => candidate.url() === `${webUrl()}/en/risks/${slug}`)).toBe(true)
    await pane.getByText(draftText).waitFor({ timeout: 30_000 })
    // Typing on: the pane shows the new text as the draft saves itself, twice over
    // (the second change proves the pane still follows after its first refresh),
    // and it stays off the public page.
    const summary = editorPage.locator('#field-summary')
    await summary.fill('')
    for (const [typed, text] of [[liveText, liveText], [' Still typing.', `${liveText} Still typing.`]] as const) {
      await summary.pressSequentially(typed, { delay: 15 })
      const seconds = await until(async () => (await pane.getByText(text, { exact: true }).count()) > 0, 30_000, `the pane showing "${text}"`)
      console.log(`live preview: typed text shown in the pane after ${seconds.toFixed(1)} s`)
    }
    await until(async () => (await api(`/api/risks/${riskId}?draft=true&depth=0`, { token: editor.token })).body.summary === `${liveText} Still typing.`, 30_000, 'autosave of the typed text')
    expect(await publicText()).not.toContain(liveText)
  }, 180_000)

  test('Live Preview works from the admin opened at localhost too, the twin of 127.0.0.1', async () => {
    const twin = cmsUrl().replace('//127.0.0.1:', '//localhost:')
    expect(twin).not.toBe(cmsUrl())
    // A staff member of its own: the document locks of the editors below stay theirs alone.
    const twinEditor = await staffToken('editor')
    const own = await api('/api/risks', {
      method: 'POST',
      token: twinEditor.token,
      body: { title: `Twin address test ${suffix}`, slug: `${slug}-twin`, order: 982, summary: publishedText, _status: 'published' },
    })
    const twinRiskId = made.add('risks', own.body.doc).id
    const browser = await open()
    const page = await browser.context.newPage()
    await signInToAdmin(page, twinEditor, twin)
    await page.goto(`${twin}/admin/collections/risks/${twinRiskId}`)
    await page.locator('#live-preview-toggler').click()
    const pane = page.frameLocator('.live-preview-window iframe').first()
    await pane.getByRole('region', { name: 'Draft preview' }).waitFor({ timeout: 60_000 })
    // The pane follows what is typed: the site accepted the admin's messages from this address.
    const typed = `Typed at the localhost address ${suffix}.`
    await page.locator('#field-summary').fill(typed)
    await until(async () => (await pane.getByText(typed, { exact: true }).count()) > 0, 30_000, 'the pane showing the text typed at localhost')
    // Leaving the document releases its lock.
    await page.goto(`${twin}/admin`)
    await page.close()
  }, 180_000)

  test('the Preview button opens the draft on the real design, with a banner, its time and a way out', async () => {
    const browser = browsers[0]!
    const [preview] = await Promise.all([browser.context.waitForEvent('page'), editorPage.locator('#preview-button').click()])
    await preview.waitForLoadState()
    await preview.getByText(liveText).waitFor({ timeout: 30_000 })
    expect(new URL(preview.url()).pathname).toBe(`/en/risks/${slug}`)
    await expect(preview.getByRole('region', { name: 'Draft preview' }).innerText()).resolves.toContain('Visitors do not see them')
    await expect(preview.getByText(/^Draft saved /).count()).resolves.toBe(1)
    // Exit preview: back to what visitors see.
    await preview.getByRole('button', { name: 'Exit preview' }).click()
    await preview.getByText(publishedText).waitFor({ timeout: 30_000 })
    await expect(preview.locator('body').innerText()).resolves.not.toContain('Draft preview')

    const visitor = await open()
    const visitorPage = await visitor.context.newPage()
    await visitorPage.goto(`${webUrl()}/en/risks/${slug}`)
    await expect(visitorPage.locator('body').innerText()).resolves.not.toContain(liveText)
  }, 180_000)

  test('the editor publishes, and the public page shows it within seconds, without a rebuild', async () => {
    const page = editorPage
    await page.locator('#field-summary').fill(publishText)
    await until(async () => (await api(`/api/risks/${riskId}?draft=true&depth=0`, { token: editor.token })).body.summary === publishText, 30_000, 'autosave before publishing')
    const clicked = Date.now()
    await editorPage.locator('#action-save').click()
    await until(async () => (await api(`/api/risks/${riskId}?depth=0`)).body?.summary === publishText, 30_000, 'published in the CMS')
    const apiSeconds = (Date.now() - clicked) / 1000
    const seconds = await until(async () => (await publicText()).includes(publishText), 30_000, 'public page')
    console.log(`publish in the admin → public page changed: ${((Date.now() - clicked) / 1000).toFixed(2)} s after the click (CMS answered in ${apiSeconds.toFixed(2)} s, page followed ${seconds.toFixed(2)} s later)`)
    const visitor = await open()
    const visitorPage = await visitor.context.newPage()
    await visitorPage.goto(`${webUrl()}/en/risks/${slug}`)
    await expect(visitorPage.locator('main').innerText()).resolves.toContain(publishText)
  }, 180_000)

  test('a contributor cannot publish, in the admin or over the API', async () => {
    const browser = await open()
    const page = await browser.context.newPage()
    await signInToAdmin(page, contributor)
    await page.goto(`${cmsUrl()}/admin/collections/risks/${otherRiskId}`)
    await page.locator('#field-summary').fill(`A contributor's change ${suffix}.`)
    const publish = page.locator('#action-save')
    if (await publish.count()) {
      await publish.click()
      await page.getByText(/not allowed/i).first().waitFor({ timeout: 30_000 })
    }
    const overApi = await api(`/api/risks/${otherRiskId}`, { method: 'PATCH', token: contributor.token, body: { _status: 'published' } })
    expect(overApi.status).toBe(403)
    expect((await api(`/api/risks/${otherRiskId}?depth=0`)).body.summary).toBe(publishedText)
    const otherPage = await (await fetch(`${webUrl()}/en/risks/${slug}-other`)).text()
    expect(otherPage).toContain(publishedText)
    expect(otherPage).not.toContain('A contributor')
  }, 180_000)

  test('a second editor opening the document is told it is being edited, and the first is told if it is taken over', async () => {
    // The first editor is at work on the document (typing takes the lock again after the publish released it).
    await editorPage.locator('#field-summary').fill(draftText)
    await until(async () => (await api(`/api/risks/${riskId}?draft=true&depth=0`, { token: editor.token })).body.summary === draftText, 30_000, 'autosave')
    const browser = await open()
    const page = await browser.context.newPage()
    await signInToAdmin(page, secondEditor)
    await page.goto(`${cmsUrl()}/admin/collections/risks/${riskId}`)
    await page.getByText('Document locked').waitFor({ timeout: 30_000 })
    await expect(page.getByText(/is currently editing this document/).count()).resolves.toBeGreaterThan(0)
    await page.getByRole('button', { name: 'Take over' }).click()
    await page.locator('#field-summary').waitFor()
    // The lock is the second editor's before the first touches the form (on a busy machine the take-over lands later).
    const admin = await adminToken()
    await until(
      async () => {
        const { body } = await api(`/api/payload-locked-documents?where[document.value][equals]=${riskId}&depth=0`, { token: admin })
        return body.docs?.some((lock: { user?: { value?: number } }) => lock.user?.value === secondEditor.id) ?? false
      },
      30_000,
      'the lock taken over by the second editor',
    )
    // The first editor learns it as soon as they touch the form again, instead of saving over the other's work unknowingly.
    await editorPage.locator('#field-summary').press('End')
    await editorPage.locator('#field-summary').pressSequentially(' ')
    await editorPage.getByText('Editing taken over').waitFor({ timeout: 30_000 })
    // Leaving the document in the admin releases the lock.
    await page.goto(`${cmsUrl()}/admin`)
    await page.waitForTimeout(1000)
    await page.close()
  }, 180_000)
})
