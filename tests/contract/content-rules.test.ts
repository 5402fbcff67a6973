// The rules both apps obey, compared between the CMS's Payload config and the zod schemas of
// packages/content: text limits, select options, and the slug, https and link rules. What an editor
// can save is exactly what the site can render; a change to one side alone fails here.
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { checkHttpsUrl, checkLink, collectionSchemas, globalSchemas, isPartialDate, isSlug, richTextSchema } from '@global-ai-governance/content'
import { z } from 'zod'

import { adminToken, api, madeHere, uniqueSuffix } from '../support/cms'

// Values each rule is tried with, on both sides.
const samples = {
  slug: ['red-lines', 'a1', 'x'.repeat(120), 'x'.repeat(121), 'Red-Lines', 'red--lines', '-x', 'x-', 'red lines', 'red_lines', 'ré'],
  'https-url': ['https://example.org/a?b=1', 'https://un.org', 'http://example.org', 'https://localhost/x', 'https://user:pw@example.org', 'ftp://example.org', 'example.org', '/risks', 'javascript:alert(1)', 'https://exa mple.org'],
  partialDate: ['2024', '2024-05', '2024-05-21', '2024-02-29', '2023-02-29', '2024-13', '2024-5', '24', 'May 2024', '1850', '2024-05-21T00:00:00Z'],
  link: ['https://example.org/x', 'mailto:team@example.org', 'tel:+41229171234', '/risks', '/fr/risks?x=1#y', 'http://example.org', '//evil.example', '/\\evil.example', 'risks/bias', '#gaps', 'javascript:alert(1)', 'data:text/html,x', 'mailto:nobody', 'tel:call-us', 'https://localhost/'],
}
type Rule = keyof typeof samples
const kernelAccepts: Record<Rule, (value: string) => boolean> = {
  slug: isSlug,
  'https-url': (value) => checkHttpsUrl(value).ok,
  link: (value) => checkLink(value).ok,
  partialDate: isPartialDate,
}

type FieldFact = { path: string; type: string; maxLength?: number; options?: string[]; accepts?: Record<Rule, boolean[]> }
type SchemaFact = { path: string; maxLength?: number; options?: string[]; rule?: Rule }

/** What the Payload config says, read by loading it in a child process (Payload is ESM-only). */
function payloadFacts(): Record<string, FieldFact[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'content-rules-'))
  try {
    const file = path.join(dir, 'samples.json')
    fs.writeFileSync(file, JSON.stringify(samples))
    const out = execFileSync(process.execPath, [path.join(__dirname, '../support/cms-field-facts.mjs'), file], {
      cwd: path.resolve(__dirname, '../../apps/cms'),
      env: { ...process.env, NODE_OPTIONS: '--no-deprecation' },
      maxBuffer: 64 * 1024 * 1024,
    })
    return JSON.parse(out.toString('utf8'))
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

/** The same facts from a zod schema: every string's max, every enum's options, every rule named in `.meta({ rule })`. */
function schemaFacts(schema: z.ZodType, prefix = '', out: SchemaFact[] = [], seen = new Set<z.ZodType>()): SchemaFact[] {
  let inner: z.ZodType = schema
  while (inner instanceof z.ZodOptional || inner instanceof z.ZodNullable) inner = inner.unwrap() as z.ZodType
  // Rich text is Lexical's own structure, not fields of ours (and recursive): its links are checked below, over HTTP.
  if (inner === richTextSchema || seen.has(inner)) return out
  seen = new Set(seen).add(inner)
  const rule = (z.globalRegistry.get(inner) as { rule?: Rule } | undefined)?.rule
  if (inner instanceof z.ZodObject) {
    for (const [key, value] of Object.entries(inner.shape)) schemaFacts(value as z.ZodType, `${prefix}${key}.`, out, seen)
  } else if (inner instanceof z.ZodArray) {
    schemaFacts(inner.element as z.ZodType, prefix, out, seen)
  } else if (inner instanceof z.ZodString) {
    out.push({ path: prefix.slice(0, -1), ...(inner.maxLength !== null ? { maxLength: inner.maxLength } : {}), ...(rule ? { rule } : {}) })
  } else if (inner instanceof z.ZodEnum) {
    out.push({ path: prefix.slice(0, -1), options: inner.options.map(String).sort() })
  }
  return out
}

// Fields of the CMS that are not part of the public contract: review workflow, computed status.
const staffOnly = /^(reviewStatus|reviewNote)$/

const entities = { ...collectionSchemas, ...globalSchemas } as Record<string, z.ZodObject>
let facts: Record<string, FieldFact[]>

beforeAll(() => {
  facts = payloadFacts()
}, 120_000)

describe.each(Object.keys(entities))('%s: the Payload config and the zod schema agree', (slug) => {
  const described = () => schemaFacts(entities[slug]!)
  const fieldAt = (at: string) => facts[slug]!.find((field) => field.path === at)

  test('on every text limit, both ways', () => {
    const payloadLimits = facts[slug]!.filter((field) => field.maxLength !== undefined && !staffOnly.test(field.path)).map((field) => [field.path, field.maxLength])
    const schemaLimits = described().filter((fact) => fact.maxLength !== undefined).map((fact) => [fact.path, fact.maxLength])
    expect(Object.fromEntries(schemaLimits)).toEqual(Object.fromEntries(payloadLimits))
  })

  test('on every list of options', () => {
    const payloadOptions = facts[slug]!.filter((field) => field.options && !staffOnly.test(field.path)).map((field) => [field.path, [...field.options!].sort()])
    const schemaOptions = described().filter((fact) => fact.options).map((fact) => [fact.path, fact.options])
    expect(Object.fromEntries(schemaOptions)).toEqual(Object.fromEntries(payloadOptions))
  })

  test('on the slug, https and link rules: the CMS accepts exactly what the schema accepts', () => {
    const ruled = described().filter((fact) => fact.rule)
    for (const { path: at, rule } of ruled) {
      const field = fieldAt(at)
      expect({ at, validated: Boolean(field?.accepts) }).toEqual({ at, validated: true })
      const expected = samples[rule!].map((value) => [value, kernelAccepts[rule!](value)])
      const actual = samples[rule!].map((value, index) => [value, field!.accepts![rule!][index]])
      expect({ at, rule, answers: actual }).toEqual({ at, rule, answers: expected })
    }
  })
})

test('the schemas name a rule for every slug and address field the CMS checks', () => {
  const ruled = (slug: string) => new Set(schemaFacts(entities[slug]!).filter((fact) => fact.rule).map((fact) => fact.path))
  const expectRuled: Array<[string, string]> = [
    ['building-blocks', 'slug'],
    ['initiatives', 'slug'],
    ['initiatives', 'sources.url'],
    ['initiatives', 'dates.announced'],
    ['initiatives', 'dates.adopted'],
    ['initiatives', 'dates.inForce'],
    ['actors', 'url'],
    ['media-entries', 'watchUrl'],
    ['media-entries', 'embedUrl'],
    ['citations', 'url'],
    ['site', 'navigation.href'],
  ]
  for (const [slug, at] of expectRuled) expect({ slug, at, ruled: ruled(slug).has(at) }).toEqual({ slug, at, ruled: true })
})

describe('links in rich text, saved through the API: refused exactly where the site would not link', () => {
  const made = madeHere()
  afterAll(() => made.removeAll())

  const bodyWithLink = (url: string) => ({
    root: {
      type: 'root',
      version: 1,
      direction: 'ltr',
      format: '',
      indent: 0,
      children: [
        {
          type: 'paragraph',
          version: 1,
          direction: 'ltr',
          format: '',
          indent: 0,
          textFormat: 0,
          children: [{ type: 'link', version: 3, direction: 'ltr', format: '', indent: 0, fields: { linkType: 'custom', url, newTab: false }, children: [{ type: 'text', version: 1, text: 'a link', format: 0, detail: 0, mode: 'normal', style: '' }] }],
        },
      ],
    },
  })

  test.each(samples.link)('%s', async (url) => {
    const token = await adminToken()
    const suffix = uniqueSuffix()
    const answer = await api('/api/risks?draft=true', {
      method: 'POST',
      token,
      body: { title: `Link rule ${suffix}`, slug: `link-rule-${suffix}`, order: 998, summary: 'A draft made by the contract test.', body: bodyWithLink(url) },
    })
    if (answer.status === 201) made.add('risks', answer.body.doc)
    const accepted = checkLink(url).ok
    expect({ url, status: answer.status }).toEqual({ url, status: accepted ? 201 : 400 })
    // Over the API Payload names the link's address field; the admin shows the rule's own message under it.
    if (!accepted) expect(JSON.stringify(answer.body)).toMatch(/\burl\b/)
  })
})
