import { readFileSync } from 'node:fs'
import path from 'node:path'

import { actorKinds, initiativeKinds, initiativeStatuses, partialDateProblem, slugProblem, textLimits } from '@global-ai-governance/content'

import { validateHttpsUrl } from '../fields/validators'
import { buildingBlocks, risks } from './data'
import { actors, initiatives, type SeedInitiative } from './initiatives'

/*
 * What a reader of the site would notice breaking: an initiative that links
 * nowhere, a date the tracker cannot place, a dead or insecure source, a
 * status that contradicts its dates, a building block with almost nothing in it.
 */

const TODAY = '2026-12-02'
const blockSlugs = new Set(buildingBlocks.map((b) => b.slug))
const riskSlugs = new Set(risks.map((r) => r.slug))
const actorSlugs = new Set(actors.map((a) => a.slug))
const initiativeSlugs = new Set(initiatives.map((i) => i.slug))

const dateKeys = ['announced', 'adopted', 'inForce'] as const
const datesOf = (i: SeedInitiative) => dateKeys.flatMap((key) => (i.dates[key] === undefined ? [] : [[key, i.dates[key]!] as const]))

/** `earlier` is not after `later`, compared at the precision both share ("2024" is not after "2024-05-21"). */
const notAfter = (earlier: string, later: string) => {
  const length = Math.min(earlier.length, later.length)
  return earlier.slice(0, length) <= later.slice(0, length)
}

const byTitle = initiatives.map((i) => [i.slug, i] as const)

describe('initiatives: coverage', () => {
  it('has at least 45 initiatives', () => {
    expect(initiatives.length).toBeGreaterThanOrEqual(45)
  })

  it.each(buildingBlocks.map((b) => [b.slug] as const))('building block %s has at least 5 initiatives', (slug) => {
    expect(initiatives.filter((i) => i.buildingBlocks.includes(slug)).length).toBeGreaterThanOrEqual(5)
  })

  it('every actor takes part in at least one initiative', () => {
    const used = new Set(initiatives.flatMap((i) => i.actors))
    expect(actors.map((a) => a.slug).filter((slug) => !used.has(slug))).toEqual([])
  })
})

describe('initiatives: slugs and relations', () => {
  it('initiative slugs are valid and unique', () => {
    for (const i of initiatives) expect([i.slug, slugProblem(i.slug)]).toEqual([i.slug, null])
    expect(initiativeSlugs.size).toBe(initiatives.length)
  })

  it('actor slugs are valid and unique', () => {
    for (const a of actors) expect([a.slug, slugProblem(a.slug)]).toEqual([a.slug, null])
    expect(actorSlugs.size).toBe(actors.length)
  })

  it.each(byTitle)('%s: every building block, risk, actor and related initiative exists, once', (_, i) => {
    expect(i.buildingBlocks.length).toBeGreaterThanOrEqual(1)
    expect(i.actors.length).toBeGreaterThanOrEqual(1)
    for (const slug of i.buildingBlocks) expect(blockSlugs).toContain(slug)
    for (const slug of i.risks) expect(riskSlugs).toContain(slug)
    for (const slug of i.actors) expect(actorSlugs).toContain(slug)
    for (const slug of i.related ?? []) expect(initiativeSlugs).toContain(slug)
    expect(i.related ?? []).not.toContain(i.slug)
    for (const list of [i.buildingBlocks, i.risks, i.actors, i.related ?? []]) expect(new Set(list).size).toBe(list.length)
  })
})

describe('initiatives: kinds, statuses and dates', () => {
  const kinds: string[] = initiativeKinds.map((k) => k.value)
  const statuses: string[] = initiativeStatuses.map((s) => s.value)

  it.each(byTitle)('%s: kind and status come from the vocabularies', (_, i) => {
    expect(kinds).toContain(i.kind)
    expect(statuses).toContain(i.status)
  })

  it.each(byTitle)('%s: has at least one valid key date, in order', (_, i) => {
    const dates = datesOf(i)
    expect(dates.length).toBeGreaterThanOrEqual(1)
    for (const [key, value] of dates) expect([key, value, partialDateProblem(value)]).toEqual([key, value, null])
    const { announced, adopted, inForce } = i.dates
    if (announced && adopted) expect([announced, adopted, notAfter(announced, adopted)]).toEqual([announced, adopted, true])
    if (adopted && inForce) expect([adopted, inForce, notAfter(adopted, inForce)]).toEqual([adopted, inForce, true])
    if (announced && inForce) expect([announced, inForce, notAfter(announced, inForce)]).toEqual([announced, inForce, true])
  })

  it.each(byTitle)('%s: the status was checked on a real day, not before its dates nor after today', (_, i) => {
    expect(i.statusCheckedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    expect(partialDateProblem(i.statusCheckedOn)).toBeNull()
    expect(i.statusCheckedOn <= TODAY).toBe(true)
    for (const [, value] of datesOf(i)) expect([value, notAfter(value, i.statusCheckedOn)]).toEqual([value, true])
  })

  it.each(byTitle)('%s: a status that needs a date has it', (_, i) => {
    if (i.status === 'in-force') expect(i.dates.inForce).toBeDefined()
    if (i.status === 'adopted' || i.status === 'open-for-signature') expect(i.dates.adopted).toBeDefined()
  })

  it('no report is said to be adopted (a report is published)', () => {
    expect(initiatives.filter((i) => i.kind === 'report' && i.status === 'adopted').map((i) => i.slug)).toEqual([])
  })
})

describe('initiatives: text and sources', () => {
  it.each(byTitle)('%s: text fits the fields', (_, i) => {
    expect(i.title.trim()).not.toBe('')
    expect(i.title.length).toBeLessThanOrEqual(textLimits.title)
    expect(i.summary.trim()).not.toBe('')
    expect(i.summary.length).toBeLessThanOrEqual(textLimits.summary)
    if (i.officialTitle !== undefined) expect(i.officialTitle.length).toBeLessThanOrEqual(textLimits.line)
    if (i.identifier !== undefined) expect(i.identifier.length).toBeLessThanOrEqual(textLimits.line)
    if (i.limits !== undefined) expect(i.limits.length).toBeLessThanOrEqual(textLimits.paragraph)
    for (const source of i.sources) expect(source.title.length).toBeLessThanOrEqual(textLimits.line)
  })

  it.each(byTitle)('%s: every source is an https address the site accepts, listed once', (_, i) => {
    for (const { title, url } of i.sources) {
      expect(title.trim()).not.toBe('')
      expect(url).toMatch(/^https:\/\//)
      expect([url, validateHttpsUrl(url)]).toEqual([url, true])
    }
    expect(new Set(i.sources.map((s) => s.url)).size).toBe(i.sources.length)
  })

  it('most initiatives give at least one source', () => {
    expect(initiatives.filter((i) => i.sources.length > 0).length).toBeGreaterThan(initiatives.length / 2)
  })

  it('corrected entries say what the record shows', () => {
    const bySlug = Object.fromEntries(initiatives.map((i) => [i.slug, i]))
    expect(bySlug['international-ai-safety-report']).toMatchObject({ kind: 'report', status: 'published' })
    expect(bySlug['un-independent-international-scientific-panel-on-ai']).toMatchObject({ status: 'operating' })
    expect(bySlug['global-dialogue-on-ai-governance']).toMatchObject({ status: 'operating' })
    expect(bySlug['global-call-for-ai-red-lines']!.actors).not.toContain('united-nations-general-assembly')
    expect(bySlug['council-of-europe-framework-convention-on-ai']).toMatchObject({ identifier: 'CETS No. 225', dates: { adopted: '2024-05-17' } })
    expect(bySlug['unga-resolution-78-265']).toMatchObject({ identifier: 'A/RES/78/265', dates: { adopted: '2024-03-21' } })
    expect(bySlug['unga-resolution-78-311']).toMatchObject({ identifier: 'A/RES/78/311', dates: { adopted: '2024-07-01' } })
    expect(bySlug['us-ai-diffusion-rule']).toMatchObject({ status: 'withdrawn' })
  })
})

describe('actors', () => {
  const kinds: string[] = actorKinds.map((k) => k.value)

  it.each(actors.map((a) => [a.slug, a] as const))('%s: a kind from the vocabulary, names that fit, an https site if any', (_, a) => {
    expect(kinds).toContain(a.kind)
    expect(a.name.trim()).not.toBe('')
    expect(a.name.length).toBeLessThanOrEqual(textLimits.name)
    if (a.shortName !== undefined) expect(a.shortName.length).toBeLessThanOrEqual(textLimits.label)
    if (a.url !== undefined) {
      expect(a.url).toMatch(/^https:\/\//)
      expect([a.url, validateHttpsUrl(a.url)]).toEqual([a.url, true])
    }
  })
})

describe('initiatives.ts stays pure', () => {
  it('imports nothing at runtime (type imports only)', () => {
    const source = readFileSync(path.join(__dirname, 'initiatives.ts'), 'utf8')
    const imports = source.split('\n').filter((line) => /^\s*import\s/.test(line))
    for (const line of imports) expect(line).toMatch(/^\s*import type\s/)
  })
})
