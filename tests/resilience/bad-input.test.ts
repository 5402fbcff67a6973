/**
 * Invalid input, generated: fast-check makes create and update bodies that are
 * wrong in every way a client can be wrong (types, missing required fields,
 * over-long text, bad slugs, links and DOIs, unknown options and relations,
 * malformed rich text, nested garbage, huge numbers, prototype-pollution keys,
 * bodies that are not JSON objects at all) for every collection and global,
 * and sends each as anonymous, contributor, editor or admin, as a normal save
 * or a draft save (`?draft=true`, the admin's "Save draft" and autosave).
 *
 * Every answer must be a 4xx that says what is wrong, never a 5xx, and the
 * database must be exactly as before (row counts of every table, checksums of
 * the rows of every content table). A body is only generated if it is invalid
 * in its context: drafts may be incomplete, so a missing required field counts
 * as invalid only when publishing.
 *
 * Reproduce a failing run with BAD_INPUT_SEED=<seed printed in the failure>.
 */
import fc from 'fast-check'

import { api, cmsUrl, madeHere, staffToken, uniqueSuffix } from '../support/cms'
import { differences, messageOf, snapshot } from '../support/databaseState'
import { recordFigure } from '../support/figures'

const RUNS = 1500
const CONCURRENCY = 4
const seed = Number(process.env.BAD_INPUT_SEED ?? Math.floor(Math.random() * 2 ** 31))
const made = madeHere()
const suffix = uniqueSuffix()

// ---------------------------------------------------------------------------
// What the collections and globals accept (apps/cms/src/collections, globals)

type Spec =
  | { name: string; type: 'text' | 'textarea'; max: number; required?: boolean; draftOnly?: boolean }
  | { name: string; type: 'slug' | 'href' | 'doi' | 'checkbox' | 'richText' }
  | { name: string; type: 'url' | 'date' | 'email'; required?: boolean }
  /** A key date as precise as it is known: "2024", "2024-05" or "2024-05-21" (packages/content rules/dates.ts). */
  | { name: string; type: 'partialDate' }
  | { name: string; type: 'number'; min: number; max: number; required?: boolean }
  | { name: string; type: 'year'; required?: boolean }
  | { name: string; type: 'sdgs' }
  | { name: string; type: 'select'; options: string[]; required?: boolean; draftOnly?: boolean; normalSaveOnly?: boolean; adminOnly?: boolean }
  | { name: string; type: 'relation'; many: boolean; required?: boolean }
  /**
   * `refused`: whole values the group's own check refuses in any save; `refusedWhenPublished`: ones it
   * refuses only when publishing (a draft may be incomplete).
   */
  | { name: string; type: 'group'; fields: Spec[]; refused?: unknown[]; refusedWhenPublished?: unknown[] }
  | { name: string; type: 'array'; fields: Spec[]; row: () => Record<string, unknown> }

const seo: Spec = {
  name: 'seo',
  type: 'group',
  fields: [
    { name: 'title', type: 'text', max: 70 },
    { name: 'description', type: 'textarea', max: 200 },
    { name: 'image', type: 'relation', many: false },
  ],
}
// Review fields are reset by a publish (hooks/reviewWorkflow.ts), so bad values there only matter in drafts.
const review: Spec[] = [
  { name: 'reviewStatus', type: 'select', options: ['editing', 'ready', 'changes-requested'], draftOnly: true },
  { name: 'reviewNote', type: 'textarea', max: 2000, draftOnly: true },
]
// The public note of an update (fields/changeNote.ts).
const changeNote: Spec = { name: 'changeNote', type: 'textarea', max: 300 }
// `?draft=true` makes any status but "published" a draft, so a bad _status is only wrong in a normal save.
const status: Spec = { name: '_status', type: 'select', options: ['draft', 'published'], normalSaveOnly: true }
const page = (extra: Spec[]): Spec[] => [
  { name: 'title', type: 'text', max: 200, required: true },
  { name: 'slug', type: 'slug' },
  { name: 'order', type: 'number', min: 1, max: 999, required: true },
  { name: 'summary', type: 'textarea', max: 1200, required: true },
  { name: 'body', type: 'richText' },
  ...extra,
  seo,
  ...review,
  status,
]

type Target = {
  /** REST path under /api */
  path: string
  global?: boolean
  drafts: boolean
  fields: Spec[]
  /** A valid body to create one (which the mutations then break). */
  valid?: (n: number) => Record<string, unknown>
  /** Id of the document updates go to (set in beforeAll). */
  id?: number
}

const pageBody = (kind: string) => (n: number) => ({
  title: `Bad input ${kind} ${n}`,
  slug: `bad-input-${suffix}-${kind}-${n}`,
  order: 990,
  summary: 'A valid summary that a generated mutation makes invalid.',
})

const targets: Record<string, Target> = {
  risks: { path: 'risks', drafts: true, fields: page([{ name: 'citations', type: 'relation', many: true }]), valid: pageBody('risk') },
  benefits: {
    path: 'benefits',
    drafts: true,
    fields: page([{ name: 'sdgs', type: 'sdgs' }, { name: 'citations', type: 'relation', many: true }]),
    valid: pageBody('benefit'),
  },
  'building-blocks': {
    path: 'building-blocks',
    drafts: true,
    fields: page([
      { name: 'gaps', type: 'array', row: () => ({ gap: 'A gap' }), fields: [{ name: 'gap', type: 'textarea', max: 1200, required: true }] },
      {
        name: 'analogousRegimes',
        type: 'array',
        row: () => ({ regime: 'A regime', lesson: 'A lesson' }),
        fields: [
          { name: 'regime', type: 'text', max: 300, required: true },
          { name: 'lesson', type: 'textarea', max: 1200, required: true },
        ],
      },
      { name: 'relatedRisks', type: 'relation', many: true },
      { name: 'relatedBenefits', type: 'relation', many: true },
      { name: 'citations', type: 'relation', many: true },
    ]),
    valid: pageBody('block'),
  },
  'media-entries': {
    path: 'media-entries',
    drafts: true,
    fields: page([
      { name: 'kind', type: 'select', options: ['film', 'podcast', 'episode'], required: true },
      { name: 'publisher', type: 'text', max: 200 },
      { name: 'partners', type: 'array', row: () => ({ name: 'A partner' }), fields: [{ name: 'name', type: 'text', max: 200, required: true }] },
      { name: 'watchUrl', type: 'url' },
      { name: 'embedUrl', type: 'url' },
      { name: 'poster', type: 'relation', many: false },
      { name: 'questions', type: 'array', row: () => ({ question: 'A question?' }), fields: [{ name: 'question', type: 'text', max: 400, required: true }] },
      { name: 'relatedBuildingBlocks', type: 'relation', many: true },
    ]),
    valid: (n) => ({ ...pageBody('media')(n), kind: 'film' }),
  },
  citations: {
    path: 'citations',
    drafts: true,
    fields: [
      { name: 'type', type: 'select', options: ['article-journal', 'report', 'paper', 'book', 'chapter', 'webpage'], required: true },
      { name: 'title', type: 'text', max: 400 },
      {
        name: 'authors',
        type: 'array',
        row: () => ({ kind: 'organization', name: 'An organisation' }),
        fields: [
          { name: 'kind', type: 'select', options: ['person', 'organization'], required: true },
          { name: 'given', type: 'text', max: 120 },
          { name: 'name', type: 'text', max: 200 },
        ],
      },
      { name: 'year', type: 'year', required: true },
      { name: 'containerTitle', type: 'text', max: 300 },
      { name: 'publisher', type: 'text', max: 300 },
      { name: 'url', type: 'url' },
      { name: 'doi', type: 'doi' },
      { name: 'accessed', type: 'date' },
      { name: 'note', type: 'textarea', max: 1000 },
      { name: 'slug', type: 'slug' },
      ...review,
      status,
    ],
    valid: (n) => ({ type: 'report', title: `Bad input reference ${n}`, authors: [{ kind: 'organization', name: 'Org' }], year: 2024, slug: `bad-input-${suffix}-ref-${n}` }),
  },
  initiatives: {
    path: 'initiatives',
    drafts: true,
    fields: [
      { name: 'title', type: 'text', max: 200, required: true },
      { name: 'slug', type: 'slug' },
      { name: 'officialTitle', type: 'text', max: 300 },
      { name: 'identifier', type: 'text', max: 300 },
      { name: 'kind', type: 'select', options: ['treaty', 'resolution', 'law', 'standard', 'declaration', 'commitment', 'report', 'body', 'programme'], required: true },
      {
        name: 'status',
        type: 'select',
        options: ['proposed', 'in-negotiation', 'adopted', 'open-for-signature', 'in-force', 'operating', 'published', 'superseded', 'withdrawn'],
        required: true,
      },
      { name: 'statusCheckedOn', type: 'date', required: true },
      {
        name: 'dates',
        type: 'group',
        fields: [
          { name: 'announced', type: 'partialDate' },
          { name: 'adopted', type: 'partialDate' },
          { name: 'inForce', type: 'partialDate' },
        ],
        // Out of order (compared at the precision both share), whatever the save.
        refused: [
          { announced: '2024-05', adopted: '2023-11' },
          { announced: '2025', adopted: '2024-12-31' },
          { announced: '2024', adopted: '2024-05-21', inForce: '2024-05-20' },
        ],
        // No date at all: a published initiative is placed in time by at least one.
        refusedWhenPublished: [{ announced: null, adopted: null, inForce: null }, { announced: '', adopted: '', inForce: '' }],
      },
      // keyDate is computed and read-only: a value sent for it is dropped, not refused.
      { name: 'buildingBlocks', type: 'relation', many: true, required: true },
      { name: 'risks', type: 'relation', many: true },
      { name: 'actors', type: 'relation', many: true },
      { name: 'summary', type: 'textarea', max: 1200, required: true },
      { name: 'limits', type: 'textarea', max: 1200 },
      {
        name: 'sources',
        type: 'array',
        row: () => ({ title: 'An official page', url: 'https://example.org/official' }),
        fields: [
          { name: 'title', type: 'text', max: 300, required: true },
          { name: 'url', type: 'url', required: true },
        ],
      },
      { name: 'relatedInitiatives', type: 'relation', many: true },
      seo,
      changeNote,
      ...review,
      status,
    ],
    valid: (n) => ({
      title: `Bad input initiative ${n}`,
      slug: `bad-input-${suffix}-initiative-${n}`,
      kind: 'report',
      status: 'published',
      statusCheckedOn: '2026-12-01T00:00:00.000Z',
      dates: { announced: '2024-05', adopted: '2024-05-21' },
      // The block made in beforeAll (building-blocks comes first in this table).
      buildingBlocks: [targets['building-blocks']!.id],
      summary: 'A valid summary that a generated mutation makes invalid.',
      sources: [{ title: 'An official page', url: 'https://example.org/official' }],
    }),
  },
  actors: {
    path: 'actors',
    drafts: true,
    fields: [
      { name: 'name', type: 'text', max: 200, required: true },
      { name: 'slug', type: 'slug' },
      { name: 'shortName', type: 'text', max: 120 },
      {
        name: 'kind',
        type: 'select',
        options: ['international-organisation', 'group-of-states', 'state', 'standards-body', 'industry', 'civil-society'],
        required: true,
      },
      { name: 'url', type: 'url' },
      { name: 'summary', type: 'textarea', max: 1200 },
      seo,
      changeNote,
      ...review,
      status,
    ],
    valid: (n) => ({ name: `Bad input actor ${n}`, slug: `bad-input-${suffix}-actor-${n}`, kind: 'civil-society' }),
  },
  users: {
    path: 'users',
    drafts: false,
    fields: [
      { name: 'email', type: 'email', required: true },
      { name: 'name', type: 'text', max: 120, required: true },
      // Only admins may set a role; Payload drops the field from anyone else's update.
      { name: 'role', type: 'select', options: ['admin', 'editor', 'contributor', 'previewer'], required: true, adminOnly: true },
      { name: 'enableAPIKey', type: 'checkbox' },
    ],
    valid: (n) => ({ email: `bad-input-${suffix}-${n}@example.test`, password: `pw-${suffix}-${n}`, name: 'Bad input user', role: 'contributor' }),
  },
  media: {
    path: 'media',
    drafts: false,
    fields: [
      { name: 'alt', type: 'text', max: 300 },
      { name: 'caption', type: 'textarea', max: 600 },
      { name: 'credit', type: 'text', max: 200 },
      { name: 'public', type: 'checkbox' },
    ],
    // No `valid`: a JSON create without a file is itself invalid.
  },
  home: {
    path: 'globals/home',
    global: true,
    drafts: true,
    fields: [
      {
        name: 'hero',
        type: 'group',
        fields: [
          { name: 'heading', type: 'text', max: 200, required: true },
          { name: 'lede', type: 'textarea', max: 400, required: true },
        ],
      },
      {
        name: 'why',
        type: 'group',
        fields: [
          { name: 'heading', type: 'text', max: 200, required: true },
          { name: 'reasons', type: 'array', row: () => ({ text: 'A reason' }), fields: [{ name: 'text', type: 'textarea', max: 1200, required: true }] },
        ],
      },
      {
        name: 'buildingBlocks',
        type: 'group',
        fields: [
          { name: 'intro', type: 'textarea', max: 1200, required: true },
          { name: 'citations', type: 'relation', many: true },
        ],
      },
      {
        name: 'media',
        type: 'group',
        fields: [
          { name: 'heading', type: 'text', max: 200 },
          { name: 'entries', type: 'relation', many: true },
        ],
      },
      {
        name: 'sections',
        type: 'array',
        row: () => ({ section: 'why' }),
        fields: [{ name: 'section', type: 'select', options: ['why', 'benefits-and-risks', 'building-blocks', 'media', 'contact'], required: true }],
      },
      ...review,
      status,
    ],
  },
  site: {
    path: 'globals/site',
    global: true,
    drafts: true,
    fields: [
      { name: 'siteName', type: 'text', max: 120, required: true },
      { name: 'tagline', type: 'text', max: 200 },
      {
        name: 'navigation',
        type: 'array',
        row: () => ({ label: 'Risks', href: '/risks' }),
        fields: [
          { name: 'label', type: 'text', max: 60, required: true },
          { name: 'href', type: 'href' },
        ],
      },
      {
        name: 'contact',
        type: 'group',
        fields: [
          { name: 'heading', type: 'text', max: 120, required: true },
          { name: 'email', type: 'email' },
          { name: 'people', type: 'array', row: () => ({ name: 'A person' }), fields: [{ name: 'name', type: 'text', max: 120, required: true }] },
        ],
      },
      { name: 'footer', type: 'group', fields: [{ name: 'copyright', type: 'text', max: 200, required: true }] },
      ...review,
      status,
    ],
  },
}

// ---------------------------------------------------------------------------
// Invalid values, field by field

/** Strings that are not blank once trimmed (a blank slug is filled from the title, a blank text is "missing"). */
const nonBlank = (constraints: Parameters<typeof fc.string>[0] = {}) => fc.string({ minLength: 1, maxLength: 40, ...constraints }).filter((s) => s.trim() !== '')
const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
// Nonexistent ids, ids PostgreSQL's integer cannot hold, and ids that are not ids.
const badIds = fc.oneof(
  fc.integer({ min: 50_000_000, max: 2_000_000_000 }),
  fc.constantFrom(2 ** 31, 2 ** 53 + 2, -1, 0, 1.5, 'abc', '1; drop table risks', true, { id: 99_999_999 }, { relationTo: 'nope', value: 99_999_999 }),
)
const notStrings = fc.oneof(
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
  fc.array(nonBlank(), { minLength: 1, maxLength: 3 }),
  fc.dictionary(nonBlank({ maxLength: 8 }), fc.jsonValue({ maxDepth: 2 }), { minKeys: 1, maxKeys: 3 }),
  fc.constant({ $ne: null }),
)
const notObjects = fc.oneof(nonBlank(), fc.integer(), fc.boolean(), fc.array(fc.integer(), { minLength: 1, maxLength: 3 }))
const hugeNumbers = fc.constantFrom(1e308, -1e308, Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER, 2 ** 31, -(2 ** 31) - 1, 1e21, 5e-324)

// Malformed Lexical JSON: wrong shapes, unknown node types, missing keys, absurd nesting.
const deepNode = (depth: number) => {
  let node: Record<string, unknown> = { type: 'text', text: 'deep', version: 1 }
  for (let i = 0; i < depth; i += 1) node = { type: 'paragraph', children: [node], version: 1 }
  return node
}
const root = (children: unknown) => ({ root: { type: 'root', children, direction: 'ltr', format: '', indent: 0, version: 1 } })
const badRichText = fc.oneof(
  nonBlank(),
  fc.integer(),
  fc.array(fc.jsonValue({ maxDepth: 2 }), { minLength: 1, maxLength: 3 }),
  fc.constantFrom(
    { root: 'garbage' },
    { root: null },
    { root: [] },
    { notRoot: {} },
    { root: { type: 'root', children: 'not a list' } },
    { root: { type: 'paragraph', children: [] } },
    { root: { children: [] } },
    root([null]),
    root([1, 2]),
    root(['text']),
    root([{ children: [] }]),
    root([{ type: 42, children: [] }]),
    root([{ type: 'paragraph', children: 'x' }]),
    root([{ type: 'paragraph', children: [{ type: 'text', text: { a: 1 } }] }]),
    root([{ type: '<script>', children: [] }]),
    root([{ type: 'block', fields: { blockType: 'nope' } }]),
    root([{ type: 'upload', relationTo: 'nope', value: 1 }]),
    root([deepNode(500)]),
  ),
)

/** draft: the document saved is a draft (may be incomplete); draftSave: sent with ?draft=true. */
type Context = { draft: boolean; draftSave: boolean; create: boolean; role: Role }

function invalidFor(spec: Spec, ctx: Context): fc.Arbitrary<unknown> | null {
  if ('draftOnly' in spec && spec.draftOnly && !ctx.draft) return null
  if ('normalSaveOnly' in spec && spec.normalSaveOnly && ctx.draftSave) return null
  if ('adminOnly' in spec && spec.adminOnly && ctx.role !== 'admin') return null
  // A relationship is missing when empty (a list of none); any other field when null or blank.
  const missing = 'required' in spec && spec.required && !ctx.draft ? (spec.type === 'relation' ? fc.constantFrom<unknown>(null, []) : fc.constantFrom<unknown>(null, '')) : null
  const options: Array<fc.Arbitrary<unknown>> = []
  switch (spec.type) {
    case 'text':
    case 'textarea':
      options.push(notStrings, fc.string({ minLength: spec.max + 1, maxLength: spec.max + 200 }), fc.constant('x'.repeat(200_000)))
      break
    case 'slug':
      options.push(
        notStrings,
        nonBlank().filter((s) => !slugPattern.test(s.trim())),
        fc.constantFrom('Red Lines', 'red--lines', '-red', 'red-', 'red_lines', 'rouge-é', '../../etc/passwd', 'a/b', '<script>', `${'a'.repeat(121)}`),
      )
      break
    case 'url':
      options.push(
        notStrings,
        fc.constantFrom('http://example.org', 'javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'example.org', '/relative', 'https://localhost/x', 'https://user:pw@example.org', 'not a url', 'https://'),
      )
      break
    case 'href':
      options.push(notStrings, fc.constantFrom('//evil.example.org', 'javascript:alert(1)', 'http://example.org', 'relative/path', 'https://localhost'))
      break
    case 'doi':
      options.push(notStrings, fc.constantFrom('ssrn.4579773', '10.21/abc', '11.2139/x', '10.2139', 'https://example.org/10.2139/x', '10.2139/has space'))
      break
    case 'email':
      options.push(notStrings, fc.constantFrom('no-at-sign', 'a@b', 'a @b.org', '@example.org', 'a@@example.org'))
      break
    case 'date':
      options.push(fc.boolean(), fc.array(fc.integer(), { minLength: 1, maxLength: 2 }), fc.constant({ $gt: '' }), fc.constantFrom('not a date', '2024-13-45', 'yesterday'))
      break
    case 'partialDate':
      options.push(
        notStrings,
        // Longer than any date once trimmed (a key date's blanks are trimmed before it is checked).
        fc.string({ minLength: 11, maxLength: 40 }).filter((text) => text.trim().length > 10),
        // Not a calendar month or day, another format, or outside 1900–2100 (surrounding blanks are trimmed, so none here).
        fc.constantFrom('2024-13', '2024-00', '2023-02-29', '2024-04-31', '2024-05-32', '2024-05-00', '24', '2024-5', '2024-05-1', '2024/05/21', '20240521', 'May 2024', '1899', '2101-01', '2024-05-21T00:00:00Z', 'not a date'),
      )
      break
    case 'checkbox':
      options.push(fc.integer({ min: 2 }), fc.constantFrom('yes', 'no', 'on', '1x'), fc.array(fc.boolean(), { minLength: 1, maxLength: 2 }), fc.constant({ a: true }))
      break
    case 'number':
      options.push(
        fc.oneof(fc.integer({ max: spec.min - 1 }), fc.integer({ min: spec.max + 1 }), hugeNumbers),
        // Strings that are not numbers (parseFloat would not read a number from them).
        nonBlank().filter((s) => Number.isNaN(Number.parseFloat(s))),
        fc.boolean(),
        fc.constant({ $gt: 0 }),
        fc.array(fc.integer({ min: spec.min, max: spec.max }), { minLength: 1, maxLength: 2 }),
      )
      break
    case 'year':
      options.push(
        fc.oneof(fc.integer({ min: -100_000, max: 1899 }), fc.integer({ min: new Date().getUTCFullYear() + 6, max: 1_000_000 }), hugeNumbers),
        fc.constantFrom(2024.5, 'twenty', true, { year: 2024 }),
      )
      break
    case 'sdgs':
      options.push(
        fc.array(fc.oneof(fc.integer({ max: 0 }), fc.integer({ min: 18 })), { minLength: 1, maxLength: 3 }),
        fc.constantFrom([3, 3], [2.5], ['x'], [true], [1e308], 'seven', { 1: true }),
      )
      break
    case 'select':
      options.push(
        notStrings,
        nonBlank().filter((s) => !spec.options.includes(s)),
        fc.constantFrom(...spec.options.flatMap((o) => [o.toUpperCase(), ` ${o}`, `${o}\u0000`])).filter((s) => !spec.options.includes(s)),
      )
      break
    case 'relation':
      options.push(spec.many ? fc.oneof(fc.array(badIds, { minLength: 1, maxLength: 3 }), fc.constantFrom('abc', { id: 99_999_999 }, true)) : badIds)
      break
    case 'richText':
      options.push(badRichText)
      break
    case 'group': {
      // Not an object, or an object with one bad value inside.
      const inner = spec.fields.map((f) => invalidFor(f, ctx)?.map((v) => ({ [f.name]: v }))).filter((a): a is fc.Arbitrary<Record<string, unknown>> => Boolean(a))
      options.push(notObjects, fc.constant(null), ...inner)
      if (spec.refused?.length) options.push(fc.constantFrom(...spec.refused))
      if (spec.refusedWhenPublished?.length && !ctx.draft) options.push(fc.constantFrom(...spec.refusedWhenPublished))
      break
    }
    case 'array': {
      const rowWith = (f: Spec) => invalidFor(f, ctx)?.map((v) => [{ ...spec.row(), [f.name]: v }])
      const rows = spec.fields.map(rowWith).filter((a): a is fc.Arbitrary<Array<Record<string, unknown>>> => Boolean(a))
      options.push(notObjects.filter((v) => !Array.isArray(v)), fc.array(fc.oneof(notObjects, fc.constant(null)), { minLength: 1, maxLength: 3 }), ...rows)
      break
    }
  }
  if (missing) options.push(missing)
  return options.length ? fc.oneof(...options) : null
}

// ---------------------------------------------------------------------------
// Requests

type Role = 'anonymous' | 'contributor' | 'editor' | 'admin'
const roles: Role[] = ['anonymous', 'contributor', 'editor', 'admin']

type Case = { role: Role; method: 'POST' | 'PATCH'; url: string; contentType?: string; body: string | FormData; describe: string }

// Keys that pollute Object.prototype if a server merges them naively.
const pollution = [
  '"__proto__":{"role":"admin","_status":"published","isAdmin":true}',
  '"constructor":{"prototype":{"role":"admin","isAdmin":true}}',
  '"__proto__":{"toString":"x","hasOwnProperty":1}',
]

/** A JSON body: `fields` plus raw `"key":value` members (JSON.stringify cannot write an own __proto__ key from a literal). */
const jsonText = (fields: Record<string, unknown>, raw: string[]) => {
  const text = JSON.stringify(fields)
  if (!raw.length) return text
  return text === '{}' ? `{${raw.join(',')}}` : `${text.slice(0, -1)},${raw.join(',')}}`
}

const label = (value: unknown) => {
  const text = typeof value === 'string' ? value : JSON.stringify(value)
  return text.length > 160 ? `${text.slice(0, 160)}… (${text.length} chars)` : text
}

/** One invalid JSON body for a target: 1–3 fields set to values invalid in their context. */
function jsonCase(name: string, target: Target): fc.Arbitrary<Case> {
  return fc
    .record({
      role: fc.constantFrom(...roles),
      create: target.global ? fc.constant(false) : fc.boolean(),
      draftMode: target.drafts ? fc.boolean() : fc.constant(false),
      publish: fc.boolean(),
      n: fc.nat(),
      extra: fc.option(fc.constantFrom(...pollution), { freq: 3 }),
    })
    .chain((shape) => {
      // Contributors can only save drafts. With ?draft=true a create is always a draft; an update is one unless it publishes.
      const publish = target.drafts && shape.role !== 'contributor' && shape.publish
      const draft = target.drafts && (!publish || (shape.create && shape.draftMode))
      const ctx: Context = { draft, draftSave: shape.draftMode, create: shape.create, role: shape.role }
      const candidates = target.fields.map((spec) => ({ spec, arb: invalidFor(spec, ctx) })).filter((c): c is { spec: Spec; arb: fc.Arbitrary<unknown> } => c.arb !== null)
      const mutations = fc
        .uniqueArray(fc.constantFrom(...candidates), { minLength: 1, maxLength: 3, selector: (c) => c.spec.name })
        .chain((picked) => fc.tuple(...picked.map((c) => c.arb.map((value) => [c.spec.name, value] as const))))
      return mutations.map((pairs): Case => {
        const fields: Record<string, unknown> = shape.create && target.valid ? target.valid(shape.n) : {}
        if (target.drafts) fields._status = publish ? 'published' : 'draft'
        for (const [key, value] of pairs) fields[key] = value
        const raw = shape.extra ? [shape.extra] : []
        const query = shape.draftMode ? '?draft=true' : ''
        const url = target.global ? `/api/${target.path}${query}` : shape.create ? `/api/${target.path}${query}` : `/api/${target.path}/${target.id}${query}`
        const method = target.global || shape.create ? 'POST' : 'PATCH'
        return {
          role: shape.role,
          method,
          url,
          contentType: 'application/json',
          body: jsonText(fields, raw),
          describe: `${name}: ${pairs.map(([k, v]) => `${k}=${label(v)}`).join(', ')}${shape.extra ? ` + ${shape.extra.slice(0, 14)}…` : ''}`,
        }
      })
    })
}

/** Bodies that are not a JSON object: broken JSON, other JSON values, other content types. */
function rawCase(name: string, target: Target): fc.Arbitrary<Case> {
  const valid = JSON.stringify(target.valid ? target.valid(0) : { title: 'x' })
  const isObject = (text: string) => {
    try {
      const value = JSON.parse(text)
      return typeof value === 'object' && value !== null && !Array.isArray(value)
    } catch {
      return false
    }
  }
  const body = fc.oneof(
    fc.record({ contentType: fc.constant('application/json'), text: fc.string({ minLength: 1, maxLength: 60 }).filter((t) => !isObject(t)) }),
    fc.record({ contentType: fc.constant('application/json'), text: fc.integer({ min: 1, max: valid.length - 1 }).map((k) => valid.slice(0, k)) }),
    fc.record({
      contentType: fc.constant('application/json'),
      text: fc.constantFrom('null', 'true', '42', '"a string"', '[]', `[${valid}]`, '{"title":"x",}', "{'title':'x'}", '{"a":1}{"b":2}', '\u0000'),
    }),
    fc.record({
      contentType: fc.constantFrom('text/plain', 'application/x-www-form-urlencoded', 'application/xml', 'text/html', ''),
      text: fc.constantFrom(valid, 'title=x&order=1&_status=published', '<risk><title>x</title></risk>', 'garbage'),
    }),
  )
  return fc.record({ role: fc.constantFrom(...roles), create: target.global ? fc.constant(false) : fc.boolean(), body }).map(({ role, create, body }): Case => {
    const url = target.global || create ? `/api/${target.path}` : `/api/${target.path}/${target.id}`
    return { role, method: target.global || create ? 'POST' : 'PATCH', url, contentType: body.contentType, body: body.text, describe: `${name}: ${body.contentType || 'no content type'} body ${label(body.text)}` }
  })
}

// Uploads that must be refused: not an allowed type, not really an image, no alt text, a bad _payload.
const pixel = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64')
function uploadCase(): fc.Arbitrary<Case> {
  const variants: Array<[string, () => FormData]> = [
    ['a text file', () => form(new Blob(['hello'], { type: 'text/plain' }), 'notes.txt', { alt: 'x' })],
    ['an HTML file named .png', () => form(new Blob(['<script>alert(1)</script>'], { type: 'image/png' }), 'evil.png', { alt: 'x' })],
    ['random bytes as image/png', () => form(new Blob([Buffer.from(Array.from({ length: 64 }, (_, i) => (i * 37) % 256))], { type: 'image/png' }), 'noise.png', { alt: 'x' })],
    ['an image without alt text', () => form(new Blob([pixel], { type: 'image/png' }), 'pixel.png', {})],
    ['an image with 301 characters of alt text', () => form(new Blob([pixel], { type: 'image/png' }), 'pixel.png', { alt: 'a'.repeat(301) })],
    ['an image with a _payload that is not JSON', () => form(new Blob([pixel], { type: 'image/png' }), 'pixel.png', '{alt: nope')],
    ['an image with alt text of the wrong type', () => form(new Blob([pixel], { type: 'image/png' }), 'pixel.png', { alt: { en: 'x' } })],
    ['no file at all', () => form(null, '', { alt: 'x' })],
  ]
  return fc.record({ role: fc.constantFrom(...roles), variant: fc.constantFrom(...variants) }).map(({ role, variant: [name, make] }) => ({
    role,
    method: 'POST' as const,
    url: '/api/media',
    body: make(),
    describe: `media upload: ${name}`,
  }))
}
function form(file: Blob | null, filename: string, payload: unknown) {
  const data = new FormData()
  if (file) data.append('file', file, `${uniqueSuffix()}-${filename}`)
  data.append('_payload', typeof payload === 'string' ? payload : JSON.stringify(payload))
  return data
}

function allCases(): fc.Arbitrary<Case> {
  const json = Object.entries(targets).map(([name, target]) => jsonCase(name, target))
  const raw = Object.entries(targets).map(([name, target]) => rawCase(name, target))
  return fc.oneof({ arbitrary: fc.oneof(...json), weight: 8 }, { arbitrary: fc.oneof(...raw), weight: 2 }, { arbitrary: uploadCase(), weight: 1 })
}

// ---------------------------------------------------------------------------

type Outcome = { case: Case; status: number; message: string; problem?: string }

describe('generated invalid bodies are refused with a 4xx and a message, and change nothing', () => {
  const tokens: Partial<Record<Role, string>> = {}
  let before: Map<string, string>

  beforeAll(async () => {
    // One after the other: concurrent logins of the same admin can drop one of its sessions.
    const contributor = await staffToken('contributor')
    const editor = await staffToken('editor')
    tokens.contributor = contributor.token
    tokens.editor = editor.token
    tokens.admin = (await staffToken('admin')).token
    // A document of each kind to update.
    for (const [name, target] of Object.entries(targets)) {
      if (target.global || !target.valid || name === 'users') continue
      const created = await api(`/api/${target.path}`, { method: 'POST', token: tokens.editor, body: { ...target.valid(0), _status: 'published' } })
      if (created.status !== 201) throw new Error(`could not create a ${name} to update: ${created.status} ${JSON.stringify(created.body)}`)
      target.id = made.add(target.path, created.body.doc).id
    }
    targets.users!.id = contributor.id
    const upload = form(new Blob([pixel], { type: 'image/png' }), 'pixel.png', { alt: 'A grey pixel' })
    const media = await api('/api/media', { method: 'POST', token: tokens.editor, body: upload })
    if (media.status !== 201) throw new Error(`could not upload a file to update: ${media.status} ${JSON.stringify(media.body)}`)
    targets.media!.id = made.add('media', media.body.doc).id
    before = await snapshot()
  }, 120_000)

  afterAll(() => made.removeAll())

  test(`${RUNS} generated invalid bodies, all roles: every answer a 4xx with a message; the database unchanged`, async () => {
    const cases = fc.sample(allCases(), { seed, numRuns: RUNS })
    const outcomes: Outcome[] = []
    let next = 0
    const worker = async () => {
      while (next < cases.length) {
        const c = cases[next++]!
        const token = c.role === 'anonymous' ? undefined : tokens[c.role]
        const headers: Record<string, string> = {}
        if (token) headers.Authorization = `JWT ${token}`
        if (c.contentType) headers['Content-Type'] = c.contentType
        let status = 0
        let message = ''
        let problem: string | undefined
        try {
          const response = await fetch(`${cmsUrl()}${c.url}`, { method: c.method, headers, body: c.body, signal: AbortSignal.timeout(60_000) })
          status = response.status
          const text = await response.text()
          let parsed: unknown = null
          try {
            parsed = JSON.parse(text)
          } catch {
            /* not JSON */
          }
          message = messageOf(parsed)
          if (status < 400 || status >= 500) problem = `answered ${status}: ${text.slice(0, 200)}`
          else if (!message) problem = `answered ${status} without a message: ${text.slice(0, 200)}`
        } catch (error) {
          problem = `request failed: ${(error as Error).message}`
        }
        outcomes.push({ case: c, status, message, problem })
      }
    }
    await Promise.all(Array.from({ length: CONCURRENCY }, worker))

    const after = await snapshot()
    const changed = differences(before, after)
    // The server's rules still hold after the prototype-pollution keys.
    const stillRefused = [
      (await api('/api/users')).status === 403 ? null : 'anonymous GET /api/users is no longer refused',
      (await api('/api/risks', { method: 'POST', token: tokens.contributor, body: { ...targets.risks!.valid!(1), _status: 'published' } })).status === 403
        ? null
        : 'a contributor can now publish',
    ].filter(Boolean)

    const failures = outcomes.filter((o) => o.problem)
    const statuses = outcomes.reduce<Record<number, number>>((counts, o) => ({ ...counts, [o.status]: (counts[o.status] ?? 0) + 1 }), {})
    recordFigure('Bad input: generated invalid bodies, all roles', outcomes.length, failures.length + (changed.length ? 1 : 0) + stillRefused.length, `seed ${seed}`)
    const report = [
      `seed ${seed} (rerun with BAD_INPUT_SEED=${seed}); answers by status: ${JSON.stringify(statuses)}`,
      ...failures.slice(0, 25).map((o) => `${o.case.role} ${o.case.method} ${o.case.url} — ${o.case.describe} — ${o.problem}`),
      ...(failures.length > 25 ? [`… and ${failures.length - 25} more`] : []),
      ...(changed.length ? ['database changed:', ...changed] : []),
      ...stillRefused,
    ].join('\n')
    expect(outcomes.length).toBeGreaterThanOrEqual(1000)
    // The report names each bad answer with its body, so the failure says what to fix.
    if (failures.length || changed.length || stillRefused.length) throw new Error(report)
    expect(failures).toHaveLength(0)
  }, 300_000)
})
