/**
 * Draft leakage, systematically: an editor sets up content that must stay
 * private — drafts never published, newer unpublished drafts of published
 * documents, review notes, a private file, staff accounts with an API key,
 * unpublished edits of the home and site settings — each carrying a marker
 * string. Then thousands of anonymous requests (no cookie, no token) go over
 * every REST route (documents, versions, counts, users, Payload's own
 * collections, the custom endpoints) with every query parameter that changes
 * what is read (draft, depth, where, select, locale, fallback-locale, joins,
 * populate…), over GraphQL, and over the public site's pages in every language.
 *
 * A leak is any answer that contains a marker or staff email the request did
 * not itself contain, a secret of the deployment, a stored password hash, salt,
 * API key or reset token, a 5xx, a draft's page that exists, or a query on
 * hidden data (review notes, drafts through a relation) that matches.
 *
 * As a control, staff requests for the same data do see the markers: the
 * check can see a leak when there is one.
 */
import { Client } from 'pg'

import { adminToken, api, cmsUrl, madeHere, staffToken, uniqueSuffix } from '../support/cms'
import { recordFigure } from '../support/figures'
import { locales, webUrl } from '../support/pages'

const made = madeHere()
const suffix = uniqueSuffix()
const CONCURRENCY = 8

// Markers: letters and digits only, so they survive JSON, HTML and URL encoding unchanged.
const marker = (what: string) => `Zq${what}${suffix}`
const M = {
  draftTitle: marker('DraftTitle'),
  draftSummary: marker('DraftSummary'),
  draftBody: marker('DraftBody'),
  newerDraft: marker('NewerDraft'),
  note: marker('ReviewNote'),
  globalDraft: marker('GlobalDraft'),
  privateFile: marker('PrivateFile'),
  staffName: marker('StaffName'),
  preference: marker('Preference'),
}
const draftSlug = (collection: string) => `zq-draft-${suffix}-${collection}`
const publishedSlug = (collection: string) => `zq-live-${suffix}-${collection}`

const content = ['risks', 'benefits', 'building-blocks', 'media-entries', 'citations'] as const
type Content = (typeof content)[number]
const tables: Record<Content, string> = { risks: 'risks', benefits: 'benefits', 'building-blocks': 'building_blocks', 'media-entries': 'media_entries', citations: 'citations' }
const graphqlNames: Record<Content, { many: string; one: string; fields: string }> = {
  risks: { many: 'Risks', one: 'Risk', fields: 'id title slug summary reviewNote reviewStatus _status citations { id title note reviewNote } buildingBlocks { docs { id title summary } }' },
  benefits: { many: 'Benefits', one: 'Benefit', fields: 'id title slug summary reviewNote reviewStatus _status buildingBlocks { docs { id title } }' },
  'building-blocks': {
    many: 'BuildingBlocks',
    one: 'BuildingBlock',
    fields: 'id title slug summary reviewNote _status relatedRisks { id title summary } relatedBenefits { id title } citations { id title }',
  },
  'media-entries': { many: 'MediaEntries', one: 'MediaEntry', fields: 'id title slug summary reviewNote _status poster { id alt caption filename url } relatedBuildingBlocks { id title }' },
  citations: { many: 'Citations', one: 'Citation', fields: 'id title slug note reviewNote _status authors { name family }' },
}

const paragraph = (text: string) => ({
  root: { type: 'root', direction: 'ltr', format: '', indent: 0, version: 1, children: [{ type: 'paragraph', version: 1, children: [{ type: 'text', text, format: 0, version: 1 }] }] },
})

type Ids = { draft: number; published: number; draftVersion: string | number; newerDraftVersion: string | number }
const ids = {} as Record<Content, Ids>
const secrets: string[] = []
const staffEmails: string[] = []
let privateMedia: { id: number; filename: string }
let staffId: number
let editor: Awaited<ReturnType<typeof staffToken>>
let admin: string
let lockId: number | undefined
const preferenceKey = `zq-pref-${suffix}`
const globalsBefore: Record<string, Record<string, unknown>> = {}

async function must<T = any>(what: string, answer: Promise<{ status: number; body: T }>, expected = [200, 201]): Promise<T> {
  const { status, body } = await answer
  if (!expected.includes(status)) throw new Error(`setup: ${what} answered ${status} ${JSON.stringify(body).slice(0, 400)}`)
  return body
}

/** A document body for a collection, with the given words in its text. */
function documentBody(collection: Content, slug: string, words: string, extra: Record<string, unknown> = {}) {
  if (collection === 'citations') {
    return { type: 'report', title: `${words} reference`, authors: [{ kind: 'organization', name: `${words} Institute` }], year: 2024, note: `${words} note`, slug, ...extra }
  }
  return {
    title: `${words} title`,
    slug,
    order: 970,
    summary: `${words} summary`,
    body: paragraph(`${words} body`),
    ...(collection === 'media-entries' ? { kind: 'podcast' } : {}),
    ...extra,
  }
}

async function latestVersionId(collection: string, parent: number, token: string) {
  const body = await must(`versions of ${collection} ${parent}`, api(`/api/${collection}/versions?where[parent][equals]=${parent}&sort=-updatedAt&limit=1&depth=0`, { token }))
  return body.docs[0].id as string | number
}

async function setUp() {
  editor = await staffToken('editor')
  admin = await adminToken()
  const token = editor.token

  // A file nobody outside may read: not public, with a marker in its text and its bytes.
  const pdf = `%PDF-1.4\n% ${M.privateFile}\n1 0 obj << /Type /Catalog >> endobj\nxref\n0 2\ntrailer << /Root 1 0 R >>\nstartxref\n0\n%%EOF\n`
  const form = new FormData()
  form.append('file', new Blob([pdf], { type: 'application/pdf' }), `private-${suffix}.pdf`)
  form.append('_payload', JSON.stringify({ alt: `${M.privateFile} alt`, caption: `${M.privateFile} caption`, public: false }))
  const media = await must('upload of a private file', api('/api/media', { method: 'POST', token, body: form }))
  privateMedia = made.add('media', media.doc)

  const create = async (collection: Content, words: string, slug: string, published: boolean, extra: Record<string, unknown> = {}) => {
    const note = { reviewNote: `${M.note} ${collection}`, reviewStatus: 'ready' }
    const body = { ...documentBody(collection, slug, words, extra), ...(published ? {} : note), _status: published ? 'published' : 'draft' }
    const created = await must(`${collection} ${slug}`, api(`/api/${collection}${published ? '' : '?draft=true'}`, { method: 'POST', token, body }), [201])
    return made.add(collection, created.doc).id as number
  }
  // Never published, linked from published documents (and linking to them), so that populate and joins could reach them.
  const draftCitation = await create('citations', `${M.draftTitle} ${M.draftSummary}`, draftSlug('citations'), false)
  const draftRisk = await create('risks', `${M.draftTitle} ${M.draftSummary} ${M.draftBody}`, draftSlug('risks'), false, { citations: [draftCitation] })
  const draftBenefit = await create('benefits', `${M.draftTitle} ${M.draftSummary} ${M.draftBody}`, draftSlug('benefits'), false)
  const liveRisk = await create('risks', 'Published leak-test', publishedSlug('risks'), true, { citations: [draftCitation] })
  const liveBenefit = await create('benefits', 'Published leak-test', publishedSlug('benefits'), true)
  const draftBlock = await create('building-blocks', `${M.draftTitle} ${M.draftSummary} ${M.draftBody}`, draftSlug('building-blocks'), false, {
    relatedRisks: [liveRisk],
    relatedBenefits: [liveBenefit],
    citations: [draftCitation],
  })
  const liveBlock = await create('building-blocks', 'Published leak-test', publishedSlug('building-blocks'), true, {
    relatedRisks: [draftRisk, liveRisk],
    relatedBenefits: [draftBenefit],
    citations: [draftCitation],
  })
  const draftEntry = await create('media-entries', `${M.draftTitle} ${M.draftSummary} ${M.draftBody}`, draftSlug('media-entries'), false, {
    relatedBuildingBlocks: [liveBlock],
    poster: privateMedia.id,
  })
  const liveEntry = await create('media-entries', 'Published leak-test', publishedSlug('media-entries'), true, {
    relatedBuildingBlocks: [draftBlock, liveBlock],
    poster: privateMedia.id,
  })
  const liveCitation = await create('citations', 'Published leak-test', publishedSlug('citations'), true)
  const pairs: Record<Content, [number, number]> = {
    risks: [draftRisk, liveRisk],
    benefits: [draftBenefit, liveBenefit],
    'building-blocks': [draftBlock, liveBlock],
    'media-entries': [draftEntry, liveEntry],
    citations: [draftCitation, liveCitation],
  }

  // A newer, unpublished draft of each published document, with a review note.
  for (const collection of content) {
    const [draft, published] = pairs[collection]
    const edit =
      collection === 'citations'
        ? { title: `${M.newerDraft} reference`, note: `${M.newerDraft} note` }
        : { title: `${M.newerDraft} title`, summary: `${M.newerDraft} summary`, body: paragraph(`${M.newerDraft} body`) }
    await must(
      `newer draft of ${collection}`,
      api(`/api/${collection}/${published}?draft=true`, { method: 'PATCH', token, body: { ...edit, reviewNote: `${M.note} newer`, reviewStatus: 'ready', _status: 'draft' } }),
    )
    ids[collection] = {
      draft,
      published,
      draftVersion: await latestVersionId(collection, draft, token),
      newerDraftVersion: await latestVersionId(collection, published, token),
    }
  }

  // A review note on the published rows themselves (a publish clears it, so written directly): field access must hide it.
  const db = new Client({ connectionString: process.env.TEST_DATABASE_URL })
  await db.connect()
  try {
    for (const collection of content) {
      const table = tables[collection]
      await db.query(`update "${table}" set review_note = $1, review_status = 'changes-requested' where id = $2`, [`${M.note} published`, ids[collection].published])
      await db.query(`update "_${table}_v" set version_review_note = $1 where parent_id = $2 and version__status = 'published'`, [`${M.note} published`, ids[collection].published])
    }
  } finally {
    await db.end()
  }

  // Unpublished edits of the home page and the site settings; restored in afterAll.
  for (const [slug, edit] of [
    ['home', (before: any) => ({ hero: { ...before.hero, lede: `${M.globalDraft} lede` } })],
    ['site', () => ({ tagline: `${M.globalDraft} tagline` })],
  ] as const) {
    const before = await must(`the ${slug} global`, api(`/api/globals/${slug}?depth=0`, { token }))
    globalsBefore[slug] = before
    await must(`a draft of ${slug}`, api(`/api/globals/${slug}?draft=true`, { method: 'POST', token, body: { ...edit(before), reviewNote: `${M.note} ${slug}`, _status: 'draft' } }))
  }

  // A staff account with a name, an email and an API key of its own.
  const staffEmail = `zq-staff-${suffix}@example.test`
  const staffKey = `zqkey${suffix}${'k'.repeat(32)}`
  const staff = await must(
    'a staff account',
    api('/api/users', { method: 'POST', token: admin, body: { email: staffEmail, password: `pw-${suffix}-secret`, name: M.staffName, role: 'editor', enableAPIKey: true, apiKey: staffKey } }),
    [201],
  )
  staffId = made.add('users', staff.doc).id
  staffEmails.push(staffEmail, editor.email, process.env.TEST_ADMIN_EMAIL!, 'site-preview@example.org')
  secrets.push(staffKey, `pw-${suffix}-secret`, editor.password, editor.token, admin)

  // Payload's own records that point at staff: a preference and an edit lock.
  await must('a preference', api(`/api/payload-preferences/${preferenceKey}`, { method: 'POST', token, body: { value: { note: M.preference } } }))
  const lock = await api('/api/payload-locked-documents', { method: 'POST', token, body: { document: { relationTo: 'risks', value: draftRisk }, user: { relationTo: 'users', value: editor.id } } })
  if (lock.status === 201) lockId = lock.body.doc.id

  for (const name of ['PREVIEW_SECRET', 'PREVIEW_API_KEY', 'REVALIDATE_SECRET', 'TEST_PAYLOAD_SECRET', 'TEST_ADMIN_PASSWORD']) {
    const value = process.env[name]
    if (!value) throw new Error(`${name} is not set: run through npm run test:resilience`)
    secrets.push(value)
  }
}

// ---------------------------------------------------------------------------
// The requests

type Probe = {
  url: string
  method?: 'GET' | 'POST'
  body?: string
  /** The request must not find anything: a draft's page, a query on hidden data. */
  mustFindNothing?: boolean
  /** The answer must be the same as for this address (of something that does not exist). */
  sameAs?: string
}

const cms = (path: string, extra: Partial<Probe> = {}): Probe => ({ url: `${cmsUrl()}${path}`, ...extra })
const join = (path: string, query: string) => (query ? `${path}${path.includes('?') ? '&' : '?'}${query}` : path)

function restProbes(): Probe[] {
  const probes: Probe[] = []
  // Every parameter alone and with draft=true.
  const withDraft = (queries: string[]) => queries.flatMap((q) => [q, q ? `${q}&draft=true` : 'draft=true'])
  const readParams = withDraft([
    '',
    'draft=false',
    'depth=0',
    'depth=1',
    'depth=4',
    'locale=all',
    'locale=fr',
    'locale=ar&fallback-locale=none',
    'locale=zh&fallback-locale=en',
    'locale=*',
    'select[title]=true&select[reviewNote]=true&select[reviewStatus]=true',
    'select[body]=true&select[summary]=true',
    'populate[citations][title]=true&populate[citations][reviewNote]=true&depth=2',
    'populate[risks][title]=true&populate[building-blocks][summary]=true&depth=2',
    'joins[buildingBlocks][limit]=100',
    'joins[buildingBlocks][where][_status][equals]=draft',
    'joins=false',
    'limit=1000&sort=-updatedAt',
    'pagination=false',
    'trash=true',
  ])
  for (const collection of content) {
    const { draft, published, draftVersion, newerDraftVersion } = ids[collection]
    const list = `/api/${collection}`
    // Lists, and documents by id: the draft, the published document with a newer draft, one that does not exist.
    for (const path of [list, `${list}/${draft}`, `${list}/${published}`, `${list}/999999999`]) {
      for (const query of readParams) probes.push(cms(join(path, query)))
    }
    // Queries that would find private data if they were allowed, with and without draft=true.
    const hidden = withDraft([
      'where[_status][equals]=draft',
      'where[_status][not_equals]=published',
      `where[or][0][_status][equals]=draft&where[or][1][id][equals]=${draft}`,
      `where[id][equals]=${draft}`,
      `where[id][in]=${draft},${published}&where[_status][equals]=draft`,
      `where[slug][equals]=${draftSlug(collection)}`,
      `where[slug][like]=zq-draft-${suffix}`,
      `where[title][like]=${M.draftTitle}`,
      `where[reviewNote][like]=${M.note}`,
      'where[reviewNote][exists]=true',
      'where[reviewStatus][equals]=changes-requested',
      'where[reviewStatus][equals]=ready',
      'where[updatedAt][exists]=true&where[_status][equals]=draft',
    ])
    for (const query of hidden) {
      probes.push(cms(join(list, query), { mustFindNothing: true }), cms(join(`${list}/count`, query), { mustFindNothing: true }))
    }
    // Through relations to drafts: what a published document links to must not be searchable by its private text.
    for (const path of ['citations.title', 'citations.note', 'relatedRisks.title', 'relatedRisks.summary', 'buildingBlocks.title', 'relatedBuildingBlocks.title']) {
      for (const query of withDraft([`where[${path}][like]=${M.draftTitle}`, `where[${path}][like]=${M.newerDraft}`])) probes.push(cms(join(list, query), { mustFindNothing: true }))
    }
    // Malformed ids and parameters: a refusal, never a 5xx (the database's own error once was one).
    for (const path of [`${list}/abc`, `${list}/1.5`, `${list}/99999999999999999999`, `${list}/-1`]) probes.push(cms(path), cms(`${path}?draft=true`))
    for (const query of withDraft(['page=-1', 'limit=-5', 'where[_status][equals]=bogus', 'where[citations][equals]=abc', 'where[id][equals]=abc', 'where[createdAt][greater_than]=not-a-date', 'sort=nonexistent', 'depth=abc'])) {
      probes.push(cms(join(list, query)))
    }
    // Versions and counts.
    for (const path of [`${list}/versions`, `${list}/versions/${draftVersion}`, `${list}/versions/${newerDraftVersion}`, `${list}/count`]) {
      for (const query of withDraft(['', 'depth=2', 'locale=all', `where[parent][equals]=${published}`, 'where[version._status][equals]=draft', 'limit=1000'])) {
        probes.push(cms(join(path, query)))
      }
    }
    // Writes that would answer with the document: duplicate a draft, restore a version, ask what may be done with it.
    probes.push(
      cms(`${list}/${draft}/duplicate`, { method: 'POST', body: '{}' }),
      cms(`${list}/${draft}/duplicate?draft=true`, { method: 'POST', body: '{}' }),
      cms(`${list}/versions/${newerDraftVersion}`, { method: 'POST', body: '{}' }),
      cms(`${list}/access/${draft}`, { method: 'POST', body: '{}' }),
    )
  }

  // Globals: the published version, the draft, their versions.
  for (const slug of ['home', 'site']) {
    for (const path of [`/api/globals/${slug}`, `/api/globals/${slug}/versions`, `/api/globals/${slug}/versions/1`]) {
      for (const query of withDraft(['', 'depth=0', 'depth=2', 'locale=all', 'locale=fr&fallback-locale=none', 'select[reviewNote]=true&select[hero]=true&select[tagline]=true', 'limit=100'])) {
        probes.push(cms(join(path, query)))
      }
    }
    probes.push(cms(`/api/globals/${slug}/access`, { method: 'POST', body: '{}' }))
  }

  // Files: the private one by id, by its file URL, in lists.
  for (const path of ['/api/media', `/api/media/${privateMedia.id}`, `/api/media/file/${privateMedia.filename}`, '/api/media/count']) {
    for (const query of withDraft(['', 'depth=1', 'locale=all', 'where[public][equals]=false', `where[id][equals]=${privateMedia.id}`, 'where[filename][like]=private'])) {
      probes.push(cms(join(path, query), { mustFindNothing: /where|file\//.test(path + query) }))
    }
  }
  probes.push(cms(`/api/media/paste-url/${privateMedia.id}`), cms('/api/media/paste-url?src=http://127.0.0.1:1/x'))

  // Staff accounts.
  const userQueries = withDraft([
    '',
    'depth=2',
    'limit=1000',
    'where[email][like]=@',
    `where[email][equals]=${editor.email}`,
    'where[role][equals]=admin',
    'where[hash][exists]=true',
    'where[salt][exists]=true',
    'where[apiKey][exists]=true',
    'where[resetPasswordToken][exists]=true',
    `where[name][like]=${M.staffName}`,
    'select[email]=true&select[hash]=true&select[apiKey]=true',
  ])
  for (const path of ['/api/users', `/api/users/${staffId}`, `/api/users/${editor.id}`, '/api/users/1', '/api/users/count', '/api/users/versions']) {
    for (const query of userQueries) probes.push(cms(join(path, query), { mustFindNothing: path !== '/api/users/count' || query.includes('where') }))
  }
  for (const path of ['/api/users/me', '/api/users/init', '/api/users/access', '/api/access', '/api/users/me?depth=3']) probes.push(cms(path))
  probes.push(
    cms(`/api/users/${staffId}/api-key/reveal`, { method: 'POST', body: '{}' }),
    cms('/api/users/refresh-token', { method: 'POST', body: '{}' }),
    cms('/api/users/forgot-password', { method: 'POST', body: JSON.stringify({ email: editor.email }) }),
  )

  // Payload's own collections, and the custom endpoints.
  for (const path of [
    '/api/payload-preferences',
    `/api/payload-preferences/${preferenceKey}`,
    '/api/payload-locked-documents',
    ...(lockId ? [`/api/payload-locked-documents/${lockId}`] : []),
    '/api/payload-jobs',
    '/api/payload-jobs/1',
    '/api/payload-kv',
    '/api/payload-migrations',
  ]) {
    for (const query of ['', 'depth=3', 'where[user][equals]=1', 'limit=1000', 'draft=true']) probes.push(cms(join(path, query)))
  }
  probes.push(cms('/api/payload-jobs/run'), cms('/api/payload-jobs/handle-schedules'), cms('/api/health'))
  for (const q of ['Zq', M.draftTitle, M.draftSummary, M.newerDraft, M.note, M.globalDraft, M.privateFile, 'leak-test', 'zq-draft']) {
    for (const locale of ['en', 'fr', 'ar']) probes.push(cms(`/api/search?q=${encodeURIComponent(q)}&locale=${locale}&limit=50`))
  }
  return probes
}

function graphqlProbes(): Probe[] {
  const queries: string[] = []
  for (const collection of content) {
    const { many, one, fields } = graphqlNames[collection]
    const { draft, published, newerDraftVersion } = ids[collection]
    for (const args of [
      '',
      'draft: true',
      'draft: false',
      'draft: true, where: { _status: { equals: draft } }',
      `draft: true, where: { id: { equals: ${draft} } }`,
      'draft: true, limit: 500, sort: "-updatedAt"',
      'draft: true, locale: fr, fallbackLocale: none',
      'draft: true, locale: ar',
      'where: { reviewNote: { exists: true } }',
      `where: { slug: { equals: "${draftSlug(collection)}" } }`,
    ]) {
      queries.push(`{ ${many}${args ? `(${args})` : ''} { totalDocs docs { ${fields} } } }`)
    }
    for (const id of [draft, published]) {
      for (const args of ['', 'draft: true', 'draft: true, locale: fr', 'draft: false']) queries.push(`{ ${one}(id: ${id}${args ? `, ${args}` : ''}) { ${fields} } }`)
    }
    for (const args of ['', `where: { parent: { equals: ${published} } }`, 'limit: 500']) {
      queries.push(`{ versions${many}${args ? `(${args})` : ''} { docs { id parent { id title } version { title reviewNote _status } } } }`)
    }
    queries.push(`{ version${one}(id: ${newerDraftVersion}) { id version { title reviewNote } } }`, `{ count${many}(where: { _status: { equals: draft } }) { totalDocs } }`)
    queries.push(`mutation { restoreVersion${one}(id: ${newerDraftVersion}) { id title } }`)
  }
  for (const args of ['', '(draft: true)', '(draft: true, locale: fr)', '(draft: false)']) {
    queries.push(`{ Home${args} { hero { heading lede } reviewNote reviewStatus _status } Site${args} { siteName tagline reviewNote _status } }`)
  }
  queries.push(
    '{ versionsHome { docs { id version { hero { lede } reviewNote } } } versionsSite { docs { id version { tagline } } } }',
    '{ Users { docs { id email name role apiKey enableAPIKey } } }',
    '{ Users(where: { email: { exists: true } }) { totalDocs docs { email } } }',
    `{ User(id: ${staffId}) { email name apiKey } }`,
    '{ meUser { user { email name } token exp } initializedUser }',
    '{ PayloadPreferences { docs { key value user { ... on User { email } } } } }',
    '{ PayloadLockedDocuments { docs { id user { ... on User { email } } } } }',
    '{ PayloadJobs { docs { id input log { state } } } }',
    `{ allMedia { docs { id alt caption filename url } } }`,
    `{ allMedia(where: { public: { equals: false } }) { totalDocs docs { id alt filename } } }`,
    `{ Media(id: ${privateMedia.id}) { id alt caption filename url } }`,
  )
  return queries.map((query) => cms('/api/graphql', { method: 'POST', body: JSON.stringify({ query }) }))
}

function pageProbes(): Probe[] {
  const probes: Probe[] = []
  const web = (path: string, extra: Partial<Probe> = {}): Probe => ({ url: `${webUrl()}${path}`, ...extra })
  const pages = ['', '/building-blocks', '/risks', '/benefits', '/matrix', '/media', '/references', '/contact', '/risks/bias', '/benefits/health', '/building-blocks/red-lines']
  const detail: Record<string, string> = { risks: '/risks', benefits: '/benefits', 'building-blocks': '/building-blocks' }
  for (const locale of locales) {
    for (const page of pages) probes.push(web(`/${locale}${page}`))
    for (const [collection, base] of Object.entries(detail)) {
      probes.push(web(`/${locale}${base}/${publishedSlug(collection)}`), web(`/${locale}${base}/${draftSlug(collection)}`, { mustFindNothing: true }))
    }
    for (const q of ['Zq', 'leak-test', M.draftTitle, M.newerDraft]) probes.push(web(`/${locale}/search?q=${encodeURIComponent(q)}`))
  }
  // Query strings a visitor might try to turn drafts on with.
  for (const query of ['?draft=true', '?preview=true', '?__prerender_bypass=1', '?locale=all']) {
    for (const path of ['/', '/en/risks', `/en/risks/${publishedSlug('risks')}`, `/en/media`]) probes.push(web(`${path}${query}`))
    probes.push(web(`/en/risks/${draftSlug('risks')}${query}`, { mustFindNothing: true }))
  }
  // A share image is drawn for any address; for a draft it must be the one drawn for a page that does not exist.
  for (const [collection, base] of Object.entries(detail)) {
    const nothing = `${webUrl()}/en${base}/zq-none-${suffix}/opengraph-image`
    probes.push(web(`/en${base}/${draftSlug(collection)}/opengraph-image`, { sameAs: nothing }), web(`/en${base}/${publishedSlug(collection)}/opengraph-image`))
  }
  for (const path of ['/', '/feed.xml', '/sitemap.xml', '/robots.txt', '/api/references/all.bib', '/api/references/all.ris', '/api/references/all.json']) probes.push(web(path))
  for (const format of ['bib', 'ris', 'json']) {
    probes.push(web(`/api/references/${draftSlug('citations')}.${format}`, { mustFindNothing: true }), web(`/api/references/${publishedSlug('citations')}.${format}`))
  }
  const expires = Math.floor(Date.now() / 1000) + 600
  probes.push(
    web(`/api/preview?path=${encodeURIComponent(`/en/risks/${draftSlug('risks')}`)}&expires=${expires}&signature=${'0'.repeat(64)}`),
    web(`/api/preview?path=${encodeURIComponent(`/en/risks/${draftSlug('risks')}`)}`),
    web('/api/preview/exit'),
  )
  return probes
}

// ---------------------------------------------------------------------------
// Looking for leaks

// A stored credential, written as a key with a string value (plain JSON, or JSON inside a page's script).
const credentialKeys = /\\?"(hash|salt|apiKey|apiKeyIndex|resetPasswordToken|_verificationToken)\\?"\s*:\s*\\?"[^"\\]/
const anyStaffEmail = /[a-z0-9._%+-]+@example\.test/gi

function leaksIn({ probe, status, text, reference }: Result): string[] {
  const sent = `${decodeURIComponent(probe.url)}\n${probe.body ?? ''}`
  const found: string[] = []
  if (status >= 500) found.push(`status ${status}`)
  for (const [name, value] of Object.entries(M)) if (!sent.includes(value) && text.includes(value)) found.push(`marker ${name}`)
  for (const collection of content) if (!sent.includes(draftSlug(collection)) && text.includes(draftSlug(collection))) found.push(`draft slug of ${collection}`)
  for (const email of new Set([...staffEmails, ...(text.match(anyStaffEmail) ?? [])])) {
    if (!sent.includes(email) && text.toLowerCase().includes(email.toLowerCase())) found.push(`staff email ${email}`)
  }
  secrets.forEach((secret, index) => {
    if (text.includes(secret)) found.push(`secret #${index}`)
  })
  const key = credentialKeys.exec(text)
  if (key) found.push(`credential field "${key[1]}"`)
  if (probe.mustFindNothing && status < 400) {
    let parsed: any = null
    try {
      parsed = JSON.parse(text)
    } catch {
      /* a page or a file */
    }
    const count = parsed && typeof parsed === 'object' ? (parsed.totalDocs ?? parsed.docs?.length ?? (parsed.id !== undefined ? 1 : 0)) : null
    if (count === null) found.push(`answered ${status} where nothing may be found`)
    else if (count > 0) found.push(`found ${count} where nothing may be found`)
  }
  if (probe.sameAs && text !== reference) found.push(`differs from the answer for ${probe.sameAs}`)
  // GraphQL answers 200 with the errors inside.
  if (/"statusCode":5\d\d/.test(text)) found.push('GraphQL error with a 5xx status')
  return found
}

type Result = { probe: Probe; status: number; text: string; reference?: string }

async function send(probe: Probe, token?: string): Promise<Result> {
  const headers: Record<string, string> = {}
  if (probe.body !== undefined) headers['Content-Type'] = 'application/json'
  if (token) headers.Authorization = `JWT ${token}`
  try {
    const get = (url: string) => fetch(url, { method: probe.method ?? 'GET', headers, body: probe.body, redirect: 'manual', signal: AbortSignal.timeout(60_000) })
    const response = await get(probe.url)
    const text = await response.text()
    return { probe, status: response.status, text, reference: probe.sameAs ? await (await get(probe.sameAs)).text() : undefined }
  } catch (error) {
    return { probe, status: 599, text: `request failed: ${(error as Error).message}` }
  }
}

async function sendAll(probes: Probe[], token?: string): Promise<Result[]> {
  const results: Result[] = []
  let next = 0
  const worker = async () => {
    while (next < probes.length) results.push(await send(probes[next++]!, token))
  }
  await Promise.all(Array.from({ length: CONCURRENCY }, worker))
  return results
}

describe('anonymous requests never see drafts, versions, staff or secrets', () => {
  beforeAll(setUp, 180_000)

  afterAll(async () => {
    for (const [slug, before] of Object.entries(globalsBefore)) {
      const restore = slug === 'home' ? { hero: before.hero } : { tagline: before.tagline }
      await must(`restoring ${slug}`, api(`/api/globals/${slug}`, { method: 'POST', token: editor.token, body: { ...restore, reviewNote: before.reviewNote ?? null, _status: 'published' } }))
    }
    if (lockId) await api(`/api/payload-locked-documents/${lockId}`, { method: 'DELETE', token: admin })
    await api(`/api/payload-preferences/${preferenceKey}`, { method: 'DELETE', token: editor.token })
    await made.removeAll()
  }, 120_000)

  test('the set-up is visible to staff, so a leak would be seen (control)', async () => {
    const staffSees = async (path: string, words: string) => {
      const { text } = await send(cms(path), editor.token)
      return text.includes(words)
    }
    expect(await staffSees(`/api/risks/${ids.risks.draft}?draft=true`, M.draftSummary)).toBe(true)
    expect(await staffSees(`/api/risks/${ids.risks.published}?draft=true`, M.newerDraft)).toBe(true)
    expect(await staffSees(`/api/benefits/${ids.benefits.published}?draft=true`, M.note)).toBe(true)
    expect(await staffSees('/api/globals/home?draft=true', M.globalDraft)).toBe(true)
    expect(await staffSees(`/api/media/${privateMedia.id}`, M.privateFile)).toBe(true)
    expect(await staffSees(`/api/risks/${ids.risks.published}`, `${M.note} published`)).toBe(true)
    // The site shows the published documents made here, so their pages are real tests of what it renders.
    const page = await fetch(`${webUrl()}/en/risks/${publishedSlug('risks')}`)
    expect(page.status).toBe(200)
    expect(await page.text()).toContain('Published leak-test title')
    // The GraphQL queries are valid: staff get data and the markers, not a schema error.
    const graphql = await sendAll(graphqlProbes().filter((p) => !p.body!.includes('mutation')), editor.token)
    const schemaErrors = graphql.filter((r) => /Cannot query field|Unknown argument|Unknown type|invalid value|Syntax Error/.test(r.text))
    expect(schemaErrors.map((r) => `${r.probe.body} → ${r.text.slice(0, 200)}`)).toEqual([])
    expect(graphql.some((r) => r.text.includes(M.draftSummary))).toBe(true)
    expect(graphql.some((r) => r.text.includes(M.newerDraft))).toBe(true)
  }, 120_000)

  test('thousands of anonymous REST, GraphQL and page requests: no marker, staff email, secret, credential or 5xx', async () => {
    const probes = [...restProbes(), ...graphqlProbes(), ...pageProbes()]
    expect(probes.length).toBeGreaterThanOrEqual(1000)
    const results = await sendAll(probes)
    const leaks = results.map((r) => ({ ...r, found: leaksIn(r) })).filter((r) => r.found.length)
    recordFigure('Draft leakage: anonymous REST, GraphQL and page requests', results.length, leaks.length)
    const report = leaks
      .slice(0, 30)
      .map((r) => `${r.probe.method ?? 'GET'} ${r.probe.url}${r.probe.body ? ` ${r.probe.body.slice(0, 160)}` : ''} → ${r.status}: ${r.found.join(', ')}`)
    if (leaks.length) throw new Error(`${leaks.length} of ${results.length} anonymous requests leaked:\n${report.join('\n')}${leaks.length > 30 ? `\n… and ${leaks.length - 30} more` : ''}`)
    expect(leaks).toHaveLength(0)
  }, 300_000)
})
