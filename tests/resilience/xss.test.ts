/**
 * Stored and reflected XSS, end to end. An editor publishes script-shaped text
 * into every text field, rich-text link and URL field of every content type
 * (and of the home and site settings) through the API; real Chromium then
 * loads every public page that shows them, in English and Arabic, and the
 * admin's views of the poisoned documents. Nothing may run: no dialog, no call
 * of the page's __xss() trap, no element or event handler carrying a payload's
 * number, no javascript:/vbscript:/data: link, and every JSON-LD block still
 * parses. A dangerous URL the CMS refuses with a 400 counts as refused; one it
 * accepts must render inert.
 *
 * Every payload carries its own number (9<run><seq>): found in a page's HTML it
 * proves the payload was rendered there; reported by __xss(n) or alert(n) it
 * names the field that let it run.
 */
import type { Page } from 'playwright-core'

import { launchBrowser, signInToAdmin } from '../support/browser'
import { adminToken, api, cmsUrl, fieldErrors, madeHere, staffToken, uniqueSuffix } from '../support/cms'
import { recordFigure } from '../support/figures'
import { isLoopback, webUrl } from '../support/pages'
import { sleep, until } from '../support/wait'

type Browser = Awaited<ReturnType<typeof launchBrowser>>
type Staff = Awaited<ReturnType<typeof staffToken>>

const made = madeHere()
const suffix = uniqueSuffix()
const run = String(1000 + Math.floor(Math.random() * 9000))
// Only payload numbers match this: a 9, this run's four digits, three more.
const markerSource = `9${run}\\d{3}`
const issued = new Map<string, string>() // payload number → the field it was put in
let sequence = 0
const nextId = (place: string) => {
  sequence += 1
  const id = `9${run}${String(sequence).padStart(3, '0')}`
  issued.set(id, place)
  return id
}

// Script-shaped text, each for a different context: element content, attribute
// values (both quotes), <title>, inline <script> and JSON-LD, srcdoc, template
// engines, mutation XSS, the Atom feed's XML.
const templates: Array<(id: string) => string> = [
  (id) => `<script>__xss(${id})</script>`,
  (id) => `<img src=x onerror=__xss(${id})>`,
  (id) => `"><svg onload=__xss(${id})>`,
  (id) => `'><img src=x onerror=alert(${id})>`,
  (id) => `</title><script>__xss(${id})</script>`,
  (id) => `</script><script>__xss(${id})</script>`,
  (id) => `" autofocus onfocus=__xss(${id}) x="`,
  (id) => `<iframe srcdoc="<script>parent.__xss(${id})</script>">`,
  (id) => `<a href="javascript:__xss(${id})">a</a>`,
  (id) => `\u2028\u2029</script><script>__xss(${id})</script>`,
  (id) => `<details open ontoggle=__xss(${id})>`,
  (id) => `{{constructor.constructor('__xss(${id})')()}}`,
  (id) => `<!--<script>--><script>__xss(${id})</script>`,
  (id) => `<math><mtext><table><mglyph><style><img src=x onerror=__xss(${id})>`,
  (id) => `]]><script>__xss(${id})</script>`,
  (id) => `&lt;script&gt;__xss(${id})&lt;/script&gt;`,
  (id) => `javascript:__xss(${id})`,
]

let cursor = 0
/** As many payloads as fit in `maxLength` characters (after `prefix`), starting where the last field stopped. */
function poison(place: string, maxLength: number, prefix = ''): string {
  let value = prefix
  for (let tried = 0; tried < templates.length; tried += 1) {
    const template = templates[(cursor + tried) % templates.length]
    const candidate = template('90000000') // as long as a real number
    if (value.length + candidate.length + 1 > maxLength) continue
    value += `${value ? ' ' : ''}${template(nextId(place))}`
  }
  cursor = (cursor + 3) % templates.length
  if (value === prefix) throw new Error(`no payload fits in ${place} (${maxLength} characters)`)
  return value
}

const dangerousTag = '[dangerous URL]'
// URLs that run script when followed, in the spellings browsers still accept.
const dangerousUrls = (place: string): string[] => {
  const id = () => nextId(`${place} ${dangerousTag}`)
  return [
    `javascript:__xss(${id()})`,
    `JaVaScRiPt:__xss(${id()})`,
    `java\tscript:__xss(${id()})`,
    `\u0001javascript:__xss(${id()})`,
    `javascript://%0a__xss(${id()})`,
    `data:text/html,<script>parent.__xss(${id()})</script>`,
    `data:text/html;base64,${Buffer.from(`<script>parent.__xss(${id()})</script>`).toString('base64')}`,
    `vbscript:msgbox(${id()})`,
  ]
}

// Valid https addresses and site paths that try to break out of the attribute they land in.
const nastyHttps = (place: string) => `https://example.org/?q="><script>__xss(${nextId(place)})</script>'`
const nastyPath = (place: string) => `/risks?x="><img/src=x/onerror=__xss(${nextId(place)})>`

// ---- Lexical JSON, as the admin's editor saves it -------------------------------------------
const textNode = (text: string, format = 0) => ({ type: 'text', text, format, detail: 0, mode: 'normal', style: '', version: 1 })
const element = (type: string, children: unknown[], extra: Record<string, unknown> = {}) => ({
  type,
  format: '',
  indent: 0,
  version: 1,
  direction: 'ltr',
  children,
  ...extra,
})
const linkNode = (url: string, text: string, type: 'link' | 'autolink' = 'link') =>
  element(type, [textNode(text)], { version: type === 'link' ? 3 : 2, fields: { url, linkType: 'custom', newTab: type === 'link' } })

/** A body with payloads in every kind of node; the returned function adds more links to its last paragraph. */
function poisonedBody(place: string) {
  const blocks = [
    element('paragraph', [textNode(poison(`${place} text`, 900)), textNode(poison(`${place} bold text`, 300), 1)], { textFormat: 0 }),
    element('heading', [textNode(poison(`${place} heading`, 300))], { tag: 'h2' }),
    element('quote', [textNode(poison(`${place} quote`, 300), 16)]),
    element('list', [element('listitem', [textNode(poison(`${place} list item`, 300))], { value: 1 })], { listType: 'number', tag: 'ol', start: 1 }),
  ]
  const links = [
    linkNode(nastyHttps(`${place} https link`), poison(`${place} link text`, 200)),
    textNode(' '),
    linkNode(nastyPath(`${place} site-path link`), 'site path'),
    textNode(' '),
    linkNode(nastyHttps(`${place} https autolink`), 'autolink', 'autolink'),
  ]
  return (extraLinks: unknown[] = []) => ({ root: element('root', [...blocks, element('paragraph', [...links, ...extraLinks], { textFormat: 0 })]) })
}

// ---- The browser's side ---------------------------------------------------------------------
type Inspection = {
  found: string[]
  problems: string[]
  jsonLd: { blocks: number; errors: string[]; withPayload: number }
  title: string
}

/** Runs in the page: what carries a payload number where the browser would execute it, and what the page shows. */
function inspectPage({ markerSource, strict }: { markerSource: string; strict: boolean }): Inspection {
  const marker = new RegExp(markerSource)
  const markers = new RegExp(markerSource, 'g')
  const html = document.documentElement.outerHTML
  const found = [...new Set(html.match(markers) ?? [])]
  const problems: string[] = []
  const show = (node: Element) => node.outerHTML.slice(0, 200)
  const urlAttributes = ['href', 'src', 'action', 'formaction', 'data', 'xlink:href', 'poster', 'background', 'ping', 'cite']
  const imageTags = new Set(['IMG', 'SOURCE', 'PICTURE', 'IMAGE'])
  for (const node of Array.from(document.querySelectorAll('*'))) {
    for (const attribute of Array.from(node.attributes)) {
      const name = attribute.name.toLowerCase()
      // React never writes inline handlers; on the public site any is injected, in the admin one with a payload is.
      if (name.startsWith('on') && (strict || marker.test(attribute.value))) problems.push(`event handler ${name}: ${show(node)}`)
      if (name === 'srcdoc' && marker.test(attribute.value)) problems.push(`srcdoc: ${show(node)}`)
      if (urlAttributes.includes(name)) {
        let url: URL
        try {
          url = new URL(attribute.value, document.baseURI)
        } catch {
          continue
        }
        if (url.protocol === 'javascript:' || url.protocol === 'vbscript:') problems.push(`${url.protocol} ${name}: ${show(node)}`)
        if (url.protocol === 'data:' && !imageTags.has(node.tagName.toUpperCase())) problems.push(`data: ${name}: ${show(node)}`)
      }
    }
    const tag = node.tagName.toUpperCase()
    if (tag === 'META' && /refresh/i.test(node.getAttribute('http-equiv') ?? '')) problems.push(`meta refresh: ${show(node)}`)
    if (tag === 'BASE') problems.push(`base element: ${show(node)}`)
    if ((tag === 'OBJECT' || tag === 'EMBED') && marker.test(node.outerHTML)) problems.push(`plugin element: ${show(node)}`)
  }
  let blocks = 0
  let withPayload = 0
  const errors: string[] = []
  for (const script of Array.from(document.querySelectorAll('script'))) {
    const type = (script.getAttribute('type') ?? '').toLowerCase()
    const text = script.textContent ?? ''
    if (type === 'application/ld+json') {
      blocks += 1
      try {
        JSON.parse(text)
        if (marker.test(text)) withPayload += 1
      } catch (error) {
        errors.push(`${(error as Error).message}: ${text.slice(0, 200)}`)
      }
      continue
    }
    if (script.hasAttribute('src') || !marker.test(text)) continue
    // Next streams the page's data in inline scripts that push JSON strings; a payload may sit inside those strings.
    if (/^\s*\(?self\.__next_[a-z]/.test(text)) continue
    problems.push(`inline script with a payload: ${show(script)}`)
  }
  // A <script> element the payloads planted anywhere (even one that did not run) — only the payload text has __xss( in script content.
  for (const script of Array.from(document.querySelectorAll('script:not([src]):not([type="application/ld+json"])'))) {
    const text = script.textContent ?? ''
    if (/^\s*(parent\.)?__xss\(/.test(text)) problems.push(`planted script: ${show(script)}`)
  }
  return { found, problems, jsonLd: { blocks, errors, withPayload }, title: document.title }
}

/** Records everything that ran: the __xss trap, dialogs, and errors thrown by payload code. */
async function watch(browser: Browser) {
  const ran: string[] = []
  await browser.context.addInitScript(() => {
    const hits: string[] = []
    Object.defineProperty(window, '__xssHits', { value: hits })
    Object.defineProperty(window, '__xss', { value: (id: unknown) => hits.push(String(id)) })
  })
  const attach = (page: Page) => {
    page.on('dialog', (dialog) => {
      // Leaving a form with unsaved changes asks first; that is the admin, not a payload.
      if (dialog.type() !== 'beforeunload') ran.push(`${dialog.type()}(${dialog.message()}) on ${page.url()}`)
      dialog.dismiss().catch(() => undefined)
    })
    page.on('pageerror', (error) => {
      if (new RegExp(markerSource).test(error.message) || error.message.includes('__xss')) ran.push(`error from payload code on ${page.url()}: ${error.message}`)
    })
  }
  browser.context.on('page', attach)
  const page = await browser.context.newPage()
  await page.route((url) => !isLoopback(url.href), (route) => route.abort())
  return {
    page,
    ran,
    /** Calls of the trap in this document (a navigation starts a fresh list). */
    hits: async (target: Page = page) => {
      const hits = await target.evaluate(() => (window as unknown as { __xssHits?: string[] }).__xssHits ?? []).catch(() => [] as string[])
      return hits.map((id) => `__xss(${id}) [${issued.get(id) ?? 'unknown'}] on ${target.url()}`)
    },
  }
}

// ---- The test -------------------------------------------------------------------------------
describe('script-shaped content, published by an editor, never runs on the site or in the admin', () => {
  let editor: Staff
  let browser: Browser | undefined
  const ids: Record<string, number> = {}
  const slugs: Record<string, string> = {}
  // The first payload number in the initiative's title and the actor's names: the pages that list them must show one.
  const markers: Record<string, string> = {}
  const firstMarker = (text: string) => new RegExp(markerSource).exec(text)![0]
  let sources: Array<{ title: string; url: string }> = []
  const globalVersions: Record<string, string> = {}
  const offered: Array<{ place: string; url: string; outcome: 'refused' | 'accepted' }> = []
  const rendered: Array<{ path: string; found: number }> = []
  const executions: string[] = []
  const seenAnywhere = new Set<string>()
  const prefix = `XSS ${suffix}`
  const bodies: Record<string, ReturnType<typeof poisonedBody>> = {}

  /**
   * Publishes as the editor; a 400 naming the field (`refusedField` matches one of its error paths and
   * messages) is the CMS's right to refuse. Any other answer but 2xx fails the test.
   */
  async function offer(place: string, url: string, refusedField: RegExp, request: () => Promise<{ status: number; body: any }>) {
    const answer = await request()
    if (answer.status === 400) {
      const errors = Object.entries(fieldErrors(answer.body)).map(([path, message]) => `${path}: ${message}`)
      if (!errors.some((error) => refusedField.test(error))) throw new Error(`${place} with ${JSON.stringify(url)} refused for another reason: ${errors.join('; ')}`)
      offered.push({ place, url, outcome: 'refused' })
      return false
    }
    if (answer.status >= 300) throw new Error(`${place} with ${JSON.stringify(url)}: ${answer.status} ${JSON.stringify(answer.body).slice(0, 500)}`)
    offered.push({ place, url, outcome: 'accepted' })
    return true
  }

  const publish = async (collection: string, body: Record<string, unknown>) => {
    const created = await api(`/api/${collection}`, { method: 'POST', token: editor.token, body: { ...body, _status: 'published' } })
    if (created.status !== 201) throw new Error(`publishing ${collection}: ${created.status} ${JSON.stringify(created.body).slice(0, 800)}`)
    return made.add(collection, created.body.doc as { id: number; slug?: string })
  }

  const latestPublishedVersion = async (global: string, token: string) => {
    const { status, body } = await api(`/api/globals/${global}/versions?limit=1&depth=0&sort=-updatedAt&where[version._status][equals]=published`, { token })
    if (status !== 200 || !body.docs?.[0]) throw new Error(`no published version of ${global}: ${status}`)
    return String(body.docs[0].id)
  }

  beforeAll(async () => {
    editor = await staffToken('editor')
    const admin = await adminToken()
    for (const global of ['home', 'site']) globalVersions[global] = await latestPublishedVersion(global, admin)

    // A file with a poisoned name, alt text, caption and credit (the admin shows them).
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64')
    const form = new FormData()
    form.append('file', new Blob([png], { type: 'image/png' }), `x"><img src=x onerror=__xss(${nextId('media filename')})>.png`)
    form.append('_payload', JSON.stringify({ alt: poison('media alt', 300), caption: poison('media caption', 600), credit: poison('media credit', 200), public: true }))
    const upload = await api('/api/media', { method: 'POST', token: editor.token, body: form })
    expect(upload.status).toBe(201)
    ids.media = made.add('media', upload.body.doc).id

    slugs.citation = `xss-${suffix}-ref`
    ids.citation = (
      await publish('citations', {
        type: 'report',
        title: poison('citation title', 400, prefix),
        authors: [
          { kind: 'person', given: poison('citation author given names', 120), family: poison('citation author family name', 120) },
          { kind: 'organization', name: poison('citation organisation', 200) },
        ],
        year: 2024,
        containerTitle: poison('citation container title', 300),
        publisher: poison('citation publisher', 300),
        url: nastyHttps('citation url'),
        note: poison('citation note', 1000),
        slug: slugs.citation,
      })
    ).id
    // A second reference with a DOI (the bibliography shows the DOI instead of the link when there is one).
    await publish('citations', {
      type: 'article-journal',
      title: `${prefix} DOI`,
      authors: [{ kind: 'organization', name: poison('citation organisation with DOI', 200) }],
      year: 2025,
      // The DOI pattern allows < > ( ) ; / : — enough for a tag.
      doi: `10.1234/<script>__xss(${nextId('citation doi')})</script>`,
      slug: `xss-${suffix}-doi`,
    })

    const seo = (place: string) => ({ title: poison(`${place} seo title`, 70), description: poison(`${place} seo description`, 200), image: ids.media })
    slugs.risk = `xss-${suffix}-risk`
    ids.risk = (
      await publish('risks', {
        title: poison('risk title', 200, prefix),
        slug: slugs.risk,
        order: 991,
        summary: poison('risk summary', 1200),
        body: (bodies['risk body'] = poisonedBody('risk body'))(),
        citations: [ids.citation],
        seo: seo('risk'),
      })
    ).id
    slugs.benefit = `xss-${suffix}-benefit`
    ids.benefit = (
      await publish('benefits', {
        title: poison('benefit title', 200, prefix),
        slug: slugs.benefit,
        order: 991,
        summary: poison('benefit summary', 1200),
        body: (bodies['benefit body'] = poisonedBody('benefit body'))(),
        sdgs: [3],
        citations: [ids.citation],
        seo: seo('benefit'),
      })
    ).id
    slugs.block = `xss-${suffix}-block`
    ids.block = (
      await publish('building-blocks', {
        title: poison('building block title', 200, prefix),
        slug: slugs.block,
        order: 991,
        summary: poison('building block summary', 1200),
        body: (bodies['building block body'] = poisonedBody('building block body'))(),
        gaps: [{ gap: poison('gap', 1200) }],
        analogousRegimes: [{ regime: poison('analogous regime', 300), lesson: poison('analogous regime lesson', 1200) }],
        relatedRisks: [ids.risk],
        relatedBenefits: [ids.benefit],
        citations: [ids.citation],
        seo: seo('building block'),
      })
    ).id
    // An actor, and an initiative that serves the block, addresses the risk and names the actor:
    // the block's and the risk's pages list the initiative, the initiative's page names the actor,
    // the actor's page lists the initiative.
    slugs.actor = `xss-${suffix}-actor`
    const actor = await publish('actors', {
      name: poison('actor name', 200, prefix),
      slug: slugs.actor,
      shortName: poison('actor short name', 120),
      kind: 'international-organisation',
      url: nastyHttps('actor url'),
      summary: poison('actor summary', 1200),
      seo: seo('actor'),
    })
    ids.actor = actor.id
    markers.actorName = firstMarker((actor as unknown as { name: string }).name)
    markers.actorShortName = firstMarker((actor as unknown as { shortName: string }).shortName)
    slugs.initiative = `xss-${suffix}-initiative`
    sources = [
      { title: poison('initiative first source title', 300), url: nastyHttps('initiative source url') },
      { title: poison('initiative second source title', 300), url: 'https://example.org/official' },
    ]
    const initiative = await publish('initiatives', {
      title: poison('initiative title', 200, prefix),
      slug: slugs.initiative,
      officialTitle: poison('initiative official title', 300),
      identifier: poison('initiative identifier', 300),
      kind: 'declaration',
      status: 'adopted',
      statusCheckedOn: '2026-12-01T00:00:00.000Z',
      dates: { announced: '2024-05', adopted: '2024-05-21' },
      buildingBlocks: [ids.block],
      risks: [ids.risk],
      actors: [ids.actor],
      summary: poison('initiative summary', 1200),
      limits: poison('initiative limits', 1200),
      sources,
      seo: seo('initiative'),
    })
    ids.initiative = initiative.id
    markers.initiative = firstMarker((initiative as unknown as { title: string }).title)
    slugs.entry = `xss-${suffix}-film`
    ids.entry = (
      await publish('media-entries', {
        kind: 'film',
        title: poison('media entry title', 200, prefix),
        slug: slugs.entry,
        order: 991,
        summary: poison('media entry summary', 1200),
        body: (bodies['media entry body'] = poisonedBody('media entry body'))(),
        publisher: poison('media entry publisher', 200),
        partners: [{ name: poison('media entry partner', 200) }],
        watchUrl: nastyHttps('media entry watch url'),
        embedUrl: `https://example.org/embed?"onload=__xss(${nextId('media entry embed url')})`,
        poster: ids.media,
        questions: [{ question: poison('media entry question', 400) }],
        relatedBuildingBlocks: [ids.block],
        seo: seo('media entry'),
      })
    ).id

    // The home page and the site settings, in English and in Arabic (the seed translates them).
    const home = (await api('/api/globals/home?locale=en&depth=0', { token: editor.token })).body
    const homeBody = {
      hero: { heading: poison('home hero heading', 200), lede: poison('home hero lede', 400) },
      why: { heading: poison('home why heading', 200), reasons: [{ text: poison('home reason', 1200) }] },
      benefitsAndRisks: {
        heading: poison('home benefits-and-risks heading', 200),
        intro: poison('home benefits-and-risks intro', 1200),
        benefitsHeading: poison('home benefits heading', 120),
        risksHeading: poison('home risks heading', 120),
      },
      buildingBlocks: {
        heading: poison('home building-blocks heading', 200),
        intro: poison('home building-blocks intro', 1200),
        basis: poison('home building-blocks basis', 1200),
        citations: [...(home.buildingBlocks?.citations ?? []), ids.citation],
      },
      media: { heading: poison('home media heading', 200), entries: [...(home.media?.entries ?? []), ids.entry] },
      _status: 'published',
    }
    for (const locale of ['en', 'ar']) {
      const homeSaved = await api(`/api/globals/home?locale=${locale}`, { method: 'POST', token: editor.token, body: homeBody })
      expect(homeSaved.status).toBe(200)
    }
    const site = (await api('/api/globals/site?locale=en&depth=0', { token: editor.token })).body
    const navigation = [...(site.navigation ?? []).map(({ label, href }: { label: string; href: string }) => ({ label, href })), { label: poison('navigation label', 60), href: nastyPath('navigation href') }]
    const siteBody = {
      siteName: poison('site name', 120),
      tagline: poison('site tagline', 200),
      navigation,
      contact: {
        heading: poison('contact heading', 120),
        people: [...(site.contact?.people ?? []).map(({ name }: { name: string }) => ({ name })), { name: poison('contact person', 120) }],
        team: poison('contact team', 200),
        organisation: poison('contact organisation', 200),
        email: `team-${suffix}@example.org`,
      },
      footer: { closingLine: poison('footer closing line', 200), copyright: poison('footer copyright', 200), maintainedBy: poison('footer maintained by', 300) },
      _status: 'published',
    }
    for (const locale of ['en', 'ar']) {
      const siteSaved = await api(`/api/globals/site?locale=${locale}`, { method: 'POST', token: editor.token, body: siteBody })
      if (siteSaved.status !== 200) throw new Error(`site settings (${locale}): ${siteSaved.status} ${JSON.stringify(siteSaved.body).slice(0, 800)}`)
    }

    // An address with no spaces, one @ and a dot after it may pass a validator: if the CMS takes it, the
    // contact page and home page show it (and link to it); if it refuses, that is a refusal like the URLs below.
    const email = `"><svg/onload=__xss(${nextId(`contact email ${dangerousTag}`)})>@example.org`
    if (
      await offer('contact email', email, /^contact\.email:/, () =>
        api('/api/globals/site?locale=en', { method: 'POST', token: editor.token, body: { ...siteBody, contact: { ...siteBody.contact, email } } }),
      )
    ) {
      siteBody.contact.email = email
    }

    // Dangerous URLs, one at a time so that each refusal is the CMS's answer to that URL alone.
    // Rich-text links and autolinks: each accepted one stays in the body with the next attempt.
    const withBodies = [
      ['risks', ids.risk, 'risk body'],
      ['benefits', ids.benefit, 'benefit body'],
      ['building-blocks', ids.block, 'building block body'],
      ['media-entries', ids.entry, 'media entry body'],
    ] as const
    for (const [collection, id, place] of withBodies) {
      const kept: unknown[] = []
      for (const type of ['link', 'autolink'] as const) {
        for (const url of dangerousUrls(`${place} ${type}`)) {
          const node = linkNode(url, `dangerous ${type} ${offered.length}`, type)
          const body = bodies[place]!([...kept, textNode(' '), node])
          const accepted = await offer(`${place} ${type}`, url, /^body: .*link/, () =>
            api(`/api/${collection}/${id}`, { method: 'PATCH', token: editor.token, body: { body, _status: 'published' } }),
          )
          if (accepted) kept.push(textNode(' '), node)
        }
      }
      if (kept.length === 0) {
        // Refused everywhere: publish the body once more without them (the last refused PATCH changed nothing, but be sure).
        const again = await api(`/api/${collection}/${id}`, { method: 'PATCH', token: editor.token, body: { body: bodies[place]!(), _status: 'published' } })
        expect(again.status).toBe(200)
      }
    }
    // An initiative's source addresses, rows of one array.
    const sourceRows: unknown[] = []
    for (const url of dangerousUrls('initiative source url')) {
      const row = { title: `source ${offered.length}`, url }
      const accepted = await offer('initiative source url', url, /^sources\.\d+\.url:/, () =>
        api(`/api/initiatives/${ids.initiative}`, { method: 'PATCH', token: editor.token, body: { sources: [...sources, ...sourceRows, row], _status: 'published' } }),
      )
      if (accepted) sourceRows.push(row)
    }
    // The navigation, rows of the site settings.
    const navigationRows: unknown[] = []
    for (const url of dangerousUrls('navigation href')) {
      const row = { label: `nav ${offered.length}`, href: url }
      const accepted = await offer('navigation href', url, /^navigation\.\d+\.href:/, () =>
        api('/api/globals/site?locale=en', { method: 'POST', token: editor.token, body: { ...siteBody, navigation: [...navigation, ...navigationRows, row] } }),
      )
      if (accepted) navigationRows.push(row)
    }
    // Single URL fields: each attempt is a new document, which stays published if the CMS takes it.
    let extra = 0
    const scalarAttempts: Array<[string, string, RegExp, (url: string) => Record<string, unknown>]> = [
      ['citations', 'citation url', /^url:/, (url) => ({ type: 'report', title: `${prefix} url`, authors: [{ kind: 'organization', name: 'Org' }], year: 2024, url })],
      ['media-entries', 'media entry watch url', /^watchUrl:/, (url) => ({ kind: 'film', title: `${prefix} watch`, order: 992, summary: 'Dangerous watch link.', watchUrl: url })],
      ['media-entries', 'media entry embed url', /^embedUrl:/, (url) => ({ kind: 'podcast', title: `${prefix} embed`, order: 993, summary: 'Dangerous embed link.', embedUrl: url })],
      ['actors', 'actor url', /^url:/, (url) => ({ name: `${prefix} url`, kind: 'state', url })],
    ]
    for (const [collection, place, refusedField, build] of scalarAttempts) {
      for (const url of dangerousUrls(place)) {
        extra += 1
        const slug = `xss-${suffix}-u${extra}`
        await offer(place, url, refusedField, async () => {
          const answer = await api(`/api/${collection}`, { method: 'POST', token: editor.token, body: { ...build(url), slug, _status: 'published' } })
          if (answer.status === 201) made.add(collection, answer.body.doc)
          return answer
        })
      }
    }

    // Publishes refresh the pages at once; wait until the last of them shows.
    const lastTitle = (await api(`/api/building-blocks/${ids.block}?depth=0`)).body.title as string
    const lastMarker = new RegExp(markerSource).exec(lastTitle)![0]
    await until(async () => (await (await fetch(`${webUrl()}/en/building-blocks/${slugs.block}`)).text()).includes(lastMarker), 30_000, 'the poisoned building block on the site')
    await until(async () => new RegExp(markerSource).test(await (await fetch(`${webUrl()}/en/contact`)).text()), 30_000, 'the poisoned site settings on the site')
  }, 240_000)

  afterAll(async () => {
    await browser?.close()
    // The seed's home page and settings again (every language), then the documents made here.
    const admin = await adminToken()
    for (const [global, version] of Object.entries(globalVersions)) {
      const restored = await api(`/api/globals/${global}/versions/${version}`, { method: 'POST', token: admin })
      if (restored.status !== 200) console.error(`could not restore ${global}: ${restored.status} ${JSON.stringify(restored.body).slice(0, 300)}`)
    }
    await made.removeAll()
  }, 120_000)

  test('the CMS refuses javascript:, vbscript: and data: URLs in URL fields, and any it accepts is checked on the page', () => {
    const refused = offered.filter((attempt) => attempt.outcome === 'refused')
    const accepted = offered.filter((attempt) => attempt.outcome === 'accepted')
    console.log(
      `dangerous URLs offered: ${offered.length}, refused with 400: ${refused.length}` +
        (accepted.length ? `; accepted (must render inert): ${[...new Set(accepted.map((attempt) => attempt.place))].join(', ')}` : ''),
    )
    recordFigure('XSS: javascript:/vbscript:/data: URLs (and an email) offered to the CMS', offered.length, 0, `${refused.length} refused with 400, ${accepted.length} accepted`)
    // The https-only URL fields refuse them all; rich-text links are the web's to neutralise if accepted.
    const urlFields = ['initiative source url', 'actor url', 'navigation href', 'citation url', 'media entry watch url', 'media entry embed url']
    expect(accepted.filter((attempt) => urlFields.includes(attempt.place))).toEqual([])
    expect(offered.length).toBeGreaterThanOrEqual(8 * 14 + 1)
  })

  test('no payload runs on any public page, in English or Arabic, and none becomes markup, a handler or a script link', async () => {
    browser = await launchBrowser()
    const watcher = await watch(browser)
    const reflected = `<script>__xss(${nextId('search query')})</script>"><img src=x onerror=__xss(${nextId('search query')})>`
    const missing = encodeURIComponent(`<svg onload=__xss(${nextId('missing page address')})>`)
    const paths = ['en', 'ar'].flatMap((locale) => [
      `/${locale}`,
      `/${locale}/building-blocks`,
      `/${locale}/building-blocks/${slugs.block}`,
      // The tracker, filtered to the poisoned block (its one initiative, whatever the language).
      `/${locale}/initiatives?block=${slugs.block}`,
      `/${locale}/initiatives/${slugs.initiative}`,
      `/${locale}/timeline`,
      `/${locale}/actors`,
      `/${locale}/actors/${slugs.actor}`,
      `/${locale}/risks`,
      `/${locale}/risks/${slugs.risk}`,
      `/${locale}/benefits`,
      `/${locale}/benefits/${slugs.benefit}`,
      `/${locale}/matrix`,
      `/${locale}/media`,
      `/${locale}/references`,
      `/${locale}/contact`,
      `/${locale}/search?q=${encodeURIComponent(suffix)}`,
      `/${locale}/search?q=${encodeURIComponent(reflected)}`,
      // The tracker's filters name a value they ignore ("… is not one of the choices"): reflected too.
      `/${locale}/initiatives?q=${encodeURIComponent(reflected)}&kind=${encodeURIComponent(reflected)}&actor=${encodeURIComponent(reflected)}`,
      `/${locale}/risks/${missing}`,
    ])
    // First the trap and the inspector themselves, on a page planted with what they look for.
    const planted = `9${run}999`
    await watcher.page.route('http://127.0.0.1:9/planted', (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><title>planted</title><script>__xss(${planted})</script><img src=x onerror="__xss(${planted})"><a href="java&#9;script:__xss(${planted})">x</a><script type="application/ld+json">{"name":"</script>`,
      }),
    )
    await watcher.page.goto('http://127.0.0.1:9/planted', { waitUntil: 'load' })
    await watcher.page.waitForTimeout(250)
    const control = await watcher.page.evaluate(inspectPage, { markerSource, strict: true })
    expect(await watcher.hits()).toHaveLength(2)
    expect(control.problems.join('\n')).toMatch(/event handler onerror[\s\S]*javascript: href[\s\S]*planted script/)
    expect(control.jsonLd.errors).toHaveLength(1)

    const problems: string[] = []
    for (const path of paths) {
      const response = await watcher.page.goto(`${webUrl()}${path}`, { waitUntil: 'load' })
      const expectedStatus = path.includes(missing) ? 404 : 200
      if (response?.status() !== expectedStatus) problems.push(`${path}: answered ${response?.status()}`)
      // Handlers such as onerror and onfocus fire just after load.
      await watcher.page.waitForTimeout(250)
      const seen = await watcher.page.evaluate(inspectPage, { markerSource, strict: true })
      executions.push(...(await watcher.hits()))
      problems.push(...seen.problems.map((problem) => `${path}: ${problem}`))
      problems.push(...seen.jsonLd.errors.map((error) => `${path}: JSON-LD does not parse: ${error}`))
      rendered.push({ path, found: seen.found.filter((id) => issued.has(id)).length })
      for (const id of seen.found) seenAnywhere.add(id)
      // Detail pages carry the poisoned title in <title> and in their JSON-LD (the building block's).
      if (/\/(building-blocks|risks|benefits|initiatives|actors)\/xss-/.test(path)) expect({ path, title: new RegExp(markerSource).test(seen.title) }).toEqual({ path, title: true })
      // The block lists the initiatives that serve it, the initiative names its actors (by name or short name),
      // the actor lists its initiatives.
      const lists: Array<[string, string[]]> = path.endsWith(`/building-blocks/${slugs.block}`)
        ? [['initiative', [markers.initiative!]]]
        : path.endsWith(`/initiatives/${slugs.initiative}`)
          ? [['actor', [markers.actorName!, markers.actorShortName!]]]
          : path.endsWith(`/actors/${slugs.actor}`)
            ? [['initiative', [markers.initiative!]]]
            : []
      for (const [what, names] of lists) if (!names.some((marker) => seen.found.includes(marker))) problems.push(`${path}: does not show the poisoned ${what}`)
      if (path.endsWith(`/building-blocks/${slugs.block}`) || /^\/(en|ar)$/.test(path)) {
        expect({ path, jsonLdWithPayload: seen.jsonLd.withPayload }).toEqual({ path, jsonLdWithPayload: 1 })
      }
    }
    // The Atom feed, as Chromium shows an XML document.
    const feed = await watcher.page.goto(`${webUrl()}/feed.xml`, { waitUntil: 'load' })
    expect(feed?.status()).toBe(200)
    await watcher.page.waitForTimeout(250)
    const feedSeen = await watcher.page.evaluate(() => ({
      scripts: document.getElementsByTagNameNS('http://www.w3.org/1999/xhtml', 'script').length,
      html: document.documentElement.outerHTML,
    }))
    executions.push(...(await watcher.hits()))
    expect(feedSeen.scripts).toBe(0)
    rendered.push({ path: '/feed.xml', found: new Set(feedSeen.html.match(new RegExp(markerSource, 'g')) ?? []).size })
    // Reference exports are downloads, never HTML a browser would run.
    for (const format of ['bib', 'ris', 'json']) {
      const response = await fetch(`${webUrl()}/api/references/${slugs.citation}.${format}`)
      expect(response.status).toBe(200)
      expect(response.headers.get('content-type')).not.toMatch(/html|xml/i)
      expect(response.headers.get('x-content-type-options')).toBe('nosniff')
      expect(new RegExp(markerSource).test(await response.text())).toBe(true)
    }
    executions.push(...watcher.ran)

    const payloadsTimesPages = rendered.reduce((sum, page) => sum + page.found, 0)
    console.log(`payloads found in pages: ${payloadsTimesPages} over ${rendered.length} pages; executions: ${executions.length}`)
    recordFigure('XSS: payloads published and rendered in Chromium', payloadsTimesPages, executions.length, `${issued.size} payloads, ${rendered.length} public pages, en and ar`)
    expect(executions).toEqual([])
    expect(problems).toEqual([])
    // Every page showed payloads (else the test proved nothing there).
    expect(rendered.filter((page) => page.found === 0)).toEqual([])
  }, 300_000)

  test('an upload that is also an HTML page is served as the image it was checked as, and runs nothing when opened', async () => {
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64')
    const id = nextId('uploaded PNG/HTML polyglot')
    const polyglot = Buffer.concat([png, Buffer.from(`<html><body><script>__xss(${id})</script><img src=x onerror=__xss(${id})></body></html>`)])
    const form = new FormData()
    form.append('file', new Blob([polyglot], { type: 'text/html' }), `polyglot-${suffix}.html`)
    form.append('_payload', JSON.stringify({ alt: 'A pixel that is also a page', public: true }))
    const upload = await api('/api/media', { method: 'POST', token: editor.token, body: form })
    expect(upload.status).toBe(201)
    made.add('media', upload.body.doc)
    const fileUrl = new URL(upload.body.doc.url, cmsUrl()).href
    const served = await fetch(fileUrl)
    expect(served.status).toBe(200)
    expect(served.headers.get('content-type')).toBe('image/png')
    expect(served.headers.get('x-content-type-options')).toBe('nosniff')
    const viewer = await launchBrowser()
    try {
      const watcher = await watch(viewer)
      await watcher.page.goto(fileUrl, { waitUntil: 'load' })
      await watcher.page.waitForTimeout(250)
      const ran = [...(await watcher.hits()), ...watcher.ran]
      executions.push(...ran)
      expect(ran).toEqual([])
    } finally {
      await viewer.close()
    }
  }, 60_000)

  test('every field the site shows reached a page, as text', () => {
    // Uploaded files are not shown on the site, and films and podcasts have no page of their own
    // (the media page shows their title, kind, publisher, partners, summary, questions and links):
    // the admin test covers those fields.
    const notOnTheSite = /^(media (filename|alt|caption|credit)|media entry (body|seo)|uploaded PNG)/
    const places = new Map<string, boolean>()
    for (const [id, place] of issued) {
      if (place.includes(dangerousTag) || notOnTheSite.test(place)) continue
      places.set(place, (places.get(place) ?? false) || seenAnywhere.has(id))
    }
    const unseen = [...places].filter(([, seen]) => !seen).map(([place]) => place)
    expect(places.size).toBeGreaterThan(60)
    expect(unseen).toEqual([])
  })

  test('the admin shows the poisoned documents without running them', async () => {
    const admin = await launchBrowser({ viewport: { width: 1440, height: 900 } })
    try {
      const watcher = await watch(admin)
      await signInToAdmin(watcher.page, editor)
      const views = [
        `/admin/collections/building-blocks/${ids.block}`,
        `/admin/collections/initiatives/${ids.initiative}`,
        `/admin/collections/actors/${ids.actor}`,
        `/admin/collections/risks/${ids.risk}`,
        `/admin/collections/media-entries/${ids.entry}`,
        `/admin/collections/citations/${ids.citation}`,
        `/admin/collections/media/${ids.media}`,
        '/admin/collections/risks',
        `/admin/collections/initiatives?search=${encodeURIComponent(suffix)}`,
        `/admin/collections/actors?search=${encodeURIComponent(suffix)}`,
        '/admin/collections/media',
        '/admin/globals/site',
      ]
      const problems: string[] = []
      const ran: string[] = []
      for (const view of views) {
        await watcher.page.goto(`${cmsUrl()}${view}`, { waitUntil: 'load' })
        // The form or table fills in after load; wait until it shows a payload (as text or in a field).
        await watcher.page.waitForLoadState('networkidle')
        await watcher.page.waitForFunction(
          (source) => {
            const marker = new RegExp(source)
            const values = Array.from(document.querySelectorAll('input, textarea')).map((field) => (field as HTMLInputElement).value)
            return marker.test(document.body.innerHTML) || values.some((value) => marker.test(value))
          },
          markerSource,
          { timeout: 30_000 },
        )
        await watcher.page.waitForTimeout(300)
        if (view === `/admin/collections/risks/${ids.risk}`) {
          // Put the caret in each link of the body: the floating link editor then shows its address as a link.
          const links = watcher.page.locator('[data-lexical-editor="true"] a')
          const count = await links.count()
          expect(count).toBeGreaterThan(0)
          for (let index = 0; index < Math.min(count, 30); index += 1) {
            await links.nth(index).evaluate((link) => {
              ;(link.closest('[data-lexical-editor="true"]') as HTMLElement | null)?.focus()
              const text = link.querySelector('[data-lexical-text]')?.firstChild ?? link.firstChild
              if (!text) return
              const range = document.createRange()
              range.setStart(text, Math.min(1, text.textContent?.length ?? 0))
              range.collapse(true)
              const selection = window.getSelection()!
              selection.removeAllRanges()
              selection.addRange(range)
            })
            await watcher.page.waitForTimeout(200)
            const seen = await watcher.page.evaluate(inspectPage, { markerSource, strict: false })
            problems.push(...seen.problems.map((problem) => `${view} (caret in link ${index}): ${problem}`))
          }
          // The floating link editor did open (else this proved nothing).
          expect(await watcher.page.locator('.link-editor a').count()).toBeGreaterThan(0)
        }
        const seen = await watcher.page.evaluate(inspectPage, { markerSource, strict: false })
        problems.push(...seen.problems.map((problem) => `${view}: ${problem}`))
        ran.push(...(await watcher.hits()))
      }
      ran.push(...watcher.ran)
      recordFigure('XSS: poisoned documents opened in the admin', views.length, ran.length)
      expect(ran).toEqual([])
      expect([...new Set(problems)]).toEqual([])
    } finally {
      await admin.close()
    }
  }, 300_000)
})
