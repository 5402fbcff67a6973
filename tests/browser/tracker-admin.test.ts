/**
 * The current-efforts tracker as staff use it, in real Chromium against the
 * built apps: an editor finds the initiatives in a list with useful columns,
 * creates one through the form (kind, status and the day it was checked, a
 * key date known to the month, a building block, an actor, a summary, an
 * https source), saves a draft the public cannot read, publishes it, and the
 * public API and page show it; bad input (an http:// source, a 13th month)
 * is refused under the field with words an editor can act on, and nothing
 * typed is lost; a contributor saves drafts but is offered no Publish; and a
 * seeded initiative and actor open under their names, never an id.
 * Everything made here is removed afterwards.
 */
import type { Page } from 'playwright-core'

import { launchBrowser, signInToAdmin } from '../support/browser'
import { api, cmsUrl, madeHere, staffToken, uniqueSuffix } from '../support/cms'
import { webUrl } from '../support/pages'
import { until } from '../support/wait'

type Browser = Awaited<ReturnType<typeof launchBrowser>>
type Staff = Awaited<ReturnType<typeof staffToken>>

const made = madeHere()
const browsers: Browser[] = []
const signedIn = async (who: Staff) => {
  const browser = await launchBrowser({ viewport: { width: 1440, height: 900 } })
  browsers.push(browser)
  const page = await browser.context.newPage()
  await signInToAdmin(page, who)
  return page
}

const admin = (path: string) => `${cmsUrl()}/admin${path}`
const idInUrl = (page: Page) => Number(/\/admin\/collections\/[a-z-]+\/(\d+)/.exec(page.url())?.[1])
/** The day before today (UTC), as the admin's date field is written: YYYY-MM-DD. */
const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10)

/** Picks an option of a select field (Payload's react-select) by its label. */
async function choose(page: Page, field: string, label: string | RegExp) {
  await page.locator(`#field-${field} .rs__control`).click()
  await page.locator('.rs__option', { hasText: label }).first().click()
  await expectFieldText(page, field, label)
}

/** Adds a document to a relationship field: types part of its title, picks it from the answers. */
async function relate(page: Page, field: string, search: string, label: string) {
  await page.locator(`#field-${field} .rs__control`).click()
  await page.keyboard.type(search)
  await page.locator('.rs__option', { hasText: label }).first().click()
  await expectFieldText(page, field, label)
  await page.keyboard.press('Escape')
}

async function expectFieldText(page: Page, field: string, text: string | RegExp) {
  await page.locator(`#field-${field}`).getByText(text).first().waitFor({ timeout: 15_000 })
}

/** Fills the initiative form as an editor would, from the top down. */
async function fillInitiative(page: Page, values: { title: string; slug: string; adopted: string; sourceUrl: string; summary: string }) {
  await page.locator('#field-title').fill(values.title)
  await page.locator('#field-slug').fill(values.slug)
  await choose(page, 'kind', 'Declaration or statement')
  await choose(page, 'status', /^Adopted$/)
  const checkedOn = page.locator('#field-statusCheckedOn input')
  await checkedOn.fill(yesterday)
  await checkedOn.press('Enter')
  await page.locator('#field-dates__adopted').fill(values.adopted)
  await relate(page, 'buildingBlocks', 'Red', 'Red lines')
  // The relationship search reads actors' full names (not "OECD").
  await relate(page, 'actors', 'Organisation for Economic', 'Organisation for Economic Co-operation and Development')
  await page.locator('#field-summary').fill(values.summary)
  await page.getByRole('button', { name: 'Add Source' }).click()
  await page.locator('#field-sources__0__title').fill('Official page')
  await page.locator('#field-sources__0__url').fill(values.sourceUrl)
}

/** Clicks "Save Draft" on a new document and waits until the admin has moved to the saved document. */
async function saveNewDraft(page: Page) {
  await page.locator('#action-save-draft').click()
  await page.waitForURL(/\/admin\/collections\/initiatives\/\d+/, { timeout: 30_000 })
  const id = idInUrl(page)
  made.add('initiatives', { id })
  return id
}

const publicBySlug = async (slug: string) => (await api(`/api/initiatives?where[slug][equals]=${encodeURIComponent(slug)}&depth=0`)).body
const publicPage = async (slug: string) => {
  const response = await fetch(`${webUrl()}/en/initiatives/${slug}`)
  return { status: response.status, text: (await response.text()).replace(/<[^>]+>/g, ' ').replace(/&#x27;|&#39;/g, "'") }
}

describe('the current-efforts tracker in the admin', () => {
  const suffix = uniqueSuffix()
  let editor: Staff
  let contributor: Staff
  let redLinesId: number
  let oecdId: number

  beforeAll(async () => {
    editor = await staffToken('editor')
    contributor = await staffToken('contributor')
    redLinesId = (await api('/api/building-blocks?where[slug][equals]=red-lines&depth=0')).body.docs[0].id
    oecdId = (await api('/api/actors?where[slug][equals]=oecd&depth=0')).body.docs[0].id
  }, 60_000)

  afterAll(async () => {
    await Promise.all(browsers.map((browser) => browser.close()))
    await made.removeAll()
  })

  test('the Initiatives list shows what staff look for: title, kind, the initiative status, key date, draft or published, review', async () => {
    const page = await signedIn(editor)
    await page.goto(admin('/collections/initiatives'))
    const header = page.locator('table thead')
    await header.waitFor({ timeout: 30_000 })
    const columns = (await header.locator('th').allInnerTexts()).map((text) => text.trim()).filter(Boolean)
    expect(columns).toEqual(['Title', 'Kind', 'Initiative status', 'Key date', 'Status', 'Review', 'Translations'])
    // Values read as words, not stored codes; key dates as precise as they are known.
    await expect(page.locator('table tbody tr').first().innerText()).resolves.toMatch(/Published/)
    const kinds = await page.locator('table tbody tr td:nth-child(3)').allInnerTexts()
    expect(kinds.length).toBeGreaterThan(0)
    for (const kind of kinds) expect(kind.trim()).not.toMatch(/^[a-z-]+$/)
    for (const date of await page.locator('table tbody tr td:nth-child(5)').allInnerTexts()) expect(date.trim()).toMatch(/^\d{4}(-\d{2}){0,2}$/)
    // The search box finds an initiative by its title.
    await page.getByPlaceholder(/Search by Title/).fill('EU AI Act')
    await page.getByRole('link', { name: 'EU AI Act', exact: true }).waitFor({ timeout: 30_000 })
  }, 180_000)

  test('an editor creates an initiative in the form, saves a draft the public cannot read, publishes it, and the public API and page show it', async () => {
    const slug = `tracker-admin-${suffix}`
    const title = `Tracker admin initiative ${suffix}`
    const summary = `Made through the admin by the browser test ${suffix}.`
    const page = await signedIn(editor)
    await page.goto(admin('/collections/initiatives/create'))
    await fillInitiative(page, { title, slug, adopted: '2025-03', sourceUrl: 'https://example.org/tracker-admin', summary })
    const id = await saveNewDraft(page)
    await page.getByText('Initiative successfully created.').first().waitFor({ timeout: 30_000 })
    // The heading is the title, and the key date follows the adoption date.
    await expect(page.locator('h1').innerText()).resolves.toBe(title)
    await until(async () => (await page.locator('#field-keyDate').inputValue()) === '2025-03', 15_000, 'key date shown in the sidebar')
    await expect(page.locator('#field-statusCheckedOn input').inputValue()).resolves.toBe(yesterday)

    // Staff read the draft with everything typed; the public does not see it, also with ?draft=true.
    const draft = (await api(`/api/initiatives/${id}?draft=true&depth=0`, { token: editor.token })).body
    expect(draft).toMatchObject({
      _status: 'draft',
      title,
      slug,
      kind: 'declaration',
      status: 'adopted',
      dates: { adopted: '2025-03' },
      keyDate: '2025-03',
      buildingBlocks: [redLinesId],
      actors: [oecdId],
      summary,
      sources: [expect.objectContaining({ title: 'Official page', url: 'https://example.org/tracker-admin' })],
    })
    expect(draft.statusCheckedOn.slice(0, 10)).toBe(yesterday)
    expect((await publicBySlug(slug)).docs).toEqual([])
    expect((await api(`/api/initiatives?where[slug][equals]=${slug}&depth=0&draft=true`)).body.docs).toEqual([])
    expect((await api(`/api/initiatives/${id}`)).status).toBeGreaterThanOrEqual(400)
    expect((await publicPage(slug)).status).toBe(404)

    const clicked = Date.now()
    await page.locator('#action-save').click()
    await page.locator('.status').filter({ hasText: /Status:\s*Published/ }).first().waitFor({ timeout: 30_000 })
    await until(async () => (await publicBySlug(slug)).docs.length === 1, 30_000, 'the public API returning the published initiative')
    const published = (await publicBySlug(slug)).docs[0]
    expect(published).toMatchObject({ id, title, kind: 'declaration', status: 'adopted', keyDate: '2025-03', summary })
    expect(published.reviewStatus).toBeUndefined()
    const seconds = await until(async () => {
      const shown = await publicPage(slug)
      return shown.status === 200 && shown.text.includes(title)
    }, 30_000, 'the public page showing the published initiative')
    console.log(`publish in the admin → /en/initiatives/${slug} shown ${((Date.now() - clicked) / 1000).toFixed(2)} s after the click (${seconds.toFixed(2)} s of polling)`)
    const shown = await publicPage(slug)
    expect(shown.text).toContain(summary)
    expect(shown.text).toContain('Organisation for Economic Co-operation and Development')
  }, 180_000)

  test('an http:// source and a 13th month are refused under their fields, in words an editor can act on, and nothing typed is lost', async () => {
    const slug = `tracker-admin-bad-${suffix}`
    const title = `Tracker admin bad input ${suffix}`
    const summary = `Typed before the mistakes were found ${suffix}.`
    const page = await signedIn(editor)
    await page.goto(admin('/collections/initiatives/create'))
    await fillInitiative(page, { title, slug, adopted: '2025-13', sourceUrl: 'http://example.org/not-secure', summary })
    await page.locator('#action-save-draft').click()

    // Each mistake is named under its own field; the summary toast names exactly those two fields
    // (not the read-only key date computed from them).
    // Payload re-renders the error tooltips as the form state settles: read their text until it is there.
    const errorsUnder = (field: string) => page.locator(`${field} .field-error`).allTextContents()
    await until(async () => (await errorsUnder('#field-sources')).includes('Only secure links are allowed: the address must start with https://.'), 30_000, 'the https error under the source')
    await until(
      async () => (await errorsUnder('#field-dates')).includes('Write the date as YYYY, YYYY-MM or YYYY-MM-DD (for example 2024, 2024-05 or 2024-05-21).'),
      30_000,
      'the date error under Adopted',
    )
    await expect(page.locator('#field-sources__0__url').evaluate((input) => input.closest('.field-type')?.classList.contains('error'))).resolves.toBe(true)
    await expect(page.locator('#field-dates__adopted').evaluate((input) => input.closest('.field-type')?.classList.contains('error'))).resolves.toBe(true)
    const toast = page.locator('[data-sonner-toast]').filter({ hasText: 'invalid' }).first()
    await toast.waitFor({ timeout: 30_000 })
    const toastText = await toast.innerText()
    expect(toastText).toContain('Sources 1 → Address')
    expect(toastText).toContain('Key dates → Adopted')
    expect(toastText).toContain('(2)')
    // Nothing was saved, and nothing typed was lost.
    expect(page.url()).toMatch(/\/initiatives\/create/)
    expect((await api(`/api/initiatives?where[slug][equals]=${slug}&depth=0&draft=true`, { token: editor.token })).body.docs).toEqual([])
    await expect(page.locator('#field-title').inputValue()).resolves.toBe(title)
    await expect(page.locator('#field-slug').inputValue()).resolves.toBe(slug)
    await expect(page.locator('#field-summary').inputValue()).resolves.toBe(summary)
    await expect(page.locator('#field-dates__adopted').inputValue()).resolves.toBe('2025-13')
    await expect(page.locator('#field-sources__0__title').inputValue()).resolves.toBe('Official page')
    await expect(page.locator('#field-sources__0__url').inputValue()).resolves.toBe('http://example.org/not-secure')
    await expect(page.locator('#field-statusCheckedOn input').inputValue()).resolves.toBe(yesterday)
    await expectFieldText(page, 'kind', 'Declaration or statement')
    await expectFieldText(page, 'buildingBlocks', 'Red lines')
    await expectFieldText(page, 'actors', 'Organisation for Economic Co-operation and Development')

    // Correcting the two fields is enough: the draft saves with everything else as it was typed.
    await page.locator('#field-dates__adopted').fill('2025-03')
    await page.locator('#field-sources__0__url').fill('https://example.org/secure')
    const id = await saveNewDraft(page)
    const saved = (await api(`/api/initiatives/${id}?draft=true&depth=0`, { token: editor.token })).body
    expect(saved).toMatchObject({
      title,
      slug,
      summary,
      kind: 'declaration',
      status: 'adopted',
      dates: { adopted: '2025-03' },
      buildingBlocks: [redLinesId],
      actors: [oecdId],
      sources: [expect.objectContaining({ title: 'Official page', url: 'https://example.org/secure' })],
    })
    expect((await publicBySlug(slug)).docs).toEqual([])
  }, 180_000)

  test('a contributor creates and saves a draft initiative, and is offered no way to publish it', async () => {
    const slug = `tracker-admin-contributor-${suffix}`
    const title = `Tracker admin contributor draft ${suffix}`
    const page = await signedIn(contributor)
    await page.goto(admin('/collections/initiatives/create'))
    await page.locator('#field-title').waitFor()
    const noPublishing = async () => {
      for (const control of ['#action-save', '#schedule-publish', '#publish-locale']) await expect(page.locator(control).count()).resolves.toBe(0)
      await expect(page.getByRole('button', { name: /publish/i }).count()).resolves.toBe(0)
    }
    // A new document: "Save Draft" and nothing that publishes.
    await page.locator('#action-save-draft').waitFor({ timeout: 30_000 })
    await noPublishing()
    await fillInitiative(page, { title, slug, adopted: '2024', sourceUrl: 'https://example.org/contributor', summary: `A contributor's draft ${suffix}.` })
    const id = await saveNewDraft(page)
    await page.locator('.status').filter({ hasText: /Status:\s*Draft/ }).first().waitFor({ timeout: 30_000 })
    await expect(page.locator('h1').innerText()).resolves.toBe(title)
    const saved = (await api(`/api/initiatives/${id}?draft=true&depth=0`, { token: editor.token })).body
    expect(saved).toMatchObject({ _status: 'draft', title, keyDate: '2024', reviewStatus: 'editing' })
    // Saved, the document keeps saving the contributor's drafts by itself (autosave) and still offers
    // no Publish; they mark it ready for review, as the workflow asks.
    await noPublishing()
    const later = `A contributor's draft, worked on further ${suffix}.`
    await page.locator('#field-summary').fill(later)
    await choose(page, 'reviewStatus', 'Ready for review')
    await until(async () => {
      const draft = (await api(`/api/initiatives/${id}?draft=true&depth=0`, { token: editor.token })).body
      return draft.summary === later && draft.reviewStatus === 'ready'
    }, 30_000, "autosave of the contributor's changes")
    await noPublishing()
    // Refused by the API too, not only hidden.
    const overApi = await api(`/api/initiatives/${id}?draft=false`, { method: 'PATCH', token: contributor.token, body: { _status: 'published' } })
    expect(overApi.status).toBe(403)
    expect((await publicBySlug(slug)).docs).toEqual([])
  }, 180_000)

  test('a seeded initiative and a seeded actor open under their names, never an id; the date checked shows its year', async () => {
    const page = await signedIn(editor)
    const euAiAct = (await api('/api/initiatives?where[slug][equals]=eu-ai-act&depth=0')).body.docs[0]
    // Opened from the list, as staff do.
    await page.goto(admin('/collections/initiatives?search=EU%20AI%20Act'))
    await page.getByRole('link', { name: 'EU AI Act', exact: true }).click()
    await page.waitForURL(new RegExp(`/admin/collections/initiatives/${euAiAct.id}$`), { timeout: 30_000 })
    await page.locator('#field-title').waitFor()
    await expect(page.locator('h1').innerText()).resolves.toBe('EU AI Act')
    await expect(page.locator('.step-nav').innerText()).resolves.toContain('EU AI Act')
    // Payload's tab title says "Editing - Initiative" for every document; it names no id either.
    for (const named of [await page.locator('h1').innerText(), await page.title()]) expect(named).not.toContain(String(euAiAct.id))
    await expect(page.locator('#field-statusCheckedOn input').inputValue()).resolves.toBe(euAiAct.statusCheckedOn.slice(0, 10))

    // Actors: found in the list by the abbreviation people use, opened under their full name.
    await page.goto(admin('/collections/actors'))
    await page.getByPlaceholder(/Search by/).fill('OECD')
    const oecd = page.getByRole('link', { name: 'Organisation for Economic Co-operation and Development', exact: true })
    await oecd.waitFor({ timeout: 30_000 })
    await oecd.click()
    await page.waitForURL(new RegExp(`/admin/collections/actors/${oecdId}$`), { timeout: 30_000 })
    await expect(page.locator('h1').innerText()).resolves.toBe('Organisation for Economic Co-operation and Development')
    // Its initiatives, with the initiative's status told apart from draft/published.
    const joined = page.locator('#field-initiatives table thead, .field-type.join table thead').first()
    await joined.waitFor({ timeout: 30_000 })
    const columns = (await joined.locator('th').allInnerTexts()).map((text) => text.trim()).filter(Boolean)
    expect(columns).toEqual(['Title', 'Kind', 'Initiative status', 'Key date', 'Status'])
    // Leaving the documents releases their edit locks.
    await page.goto(admin(''))
    await page.waitForTimeout(1000)
  }, 180_000)
})
