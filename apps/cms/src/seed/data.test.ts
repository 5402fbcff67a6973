import { readFileSync } from 'node:fs'
import path from 'node:path'

import { citationKeySource } from '../collections/Citations/citationKey'
import { toSlug } from '../fields/slug'
import { slugPattern } from '@global-ai-governance/content'

import { validateDoi, validateHttpsUrl, validateSdgs, validateSlug, validateYear } from '../fields/validators'
import { benefits, buildingBlocks, citations, home, mediaEntries, risks, seedData, site } from './data'

/*
 * The lists below are copied from the text of today's site
 * (shared/seeds/000_412904cf63a1143e.txt). The test must not read that file:
 * CI copies shared/ elsewhere.
 */
const SEED_BENEFITS = [
  'Scientific progress',
  'Industry and productivity',
  'Health',
  'Education',
  'Governance',
  'Reduced inequality and poverty',
  'Advancing other SDGs',
]

const SEED_RISKS = [
  'Bias',
  'Manipulation and disinformation',
  'Cybersecurity',
  'Labor displacement',
  'Enabling construction of weapons of mass destruction',
  'Great power conflict',
  'Power concentration and exacerbated inequality',
  'Social instability',
  'Loss of control',
]

const SEED_BUILDING_BLOCKS: [title: string, definition: string][] = [
  [
    'Red lines',
    'AI experts and governments agree that certain practices relating to AI should be internationally prohibited to reduce the likelihood of harm.',
  ],
  [
    'Safety standards',
    'International technical standards that form the basis for requirements on advanced AI developers, based on emerging principles and best practices.',
  ],
  [
    'Technical cooperation',
    'Cooperation among States and others to build capacity, reach scientific consensus, conduct joint safety and security research, and more.',
  ],
  [
    'Emergency response',
    'Coordinated international response to emergencies caused by advanced AI systems that threaten international security.',
  ],
  [
    'Benefit sharing',
    "AI benefits won't be distributed evenly by default. The adequate frameworks must be put in place to ensure no country is left behind.",
  ],
  [
    'Institutional arrangements',
    'The management of benefits and risks will require one or more international institutions that implement international rules on AI.',
  ],
  [
    'Compliance mechanisms',
    'Effective international agreements require verification and enforcement mechanisms that build trust and provide assurances of reciprocal commitments.',
  ],
]

const SEED_MEDIA = ['Can Diplomats Save The World Again?', 'ProHuman: Governing the Global AI Revolution']

const SEED_FILM_DESCRIPTION =
  'A better path for AI’s development may very well depend on the negotiation of one or more international treaties. This film is about three points across the last seventy years, where diplomats chose the hope of the future, over the promises of the present. If we have done it before, we can do it again.'

const SEED_PODCAST_QUESTIONS = [
  'What guardrails are needed to ensure AI development is safe and beneficial for all of humanity?',
  'What are the red lines not to cross, and how can they be enforced?',
  'How can governments collaborate to create international standards that keep everyone safe?',
  'And how can the benefits of AI be spread equitably across the globe?',
]

// Limits from the collection configs (fields/content.ts and collections/*).
const MAX = { title: 200, summary: 1200, gap: 1200, regime: 300, lesson: 1200 }

const ordered = <T extends { order: number }>(items: T[]) => items.map((i) => i.order)

/** Every string anywhere in a value, with its path. */
const strings = (value: unknown, at = '$'): [string, string][] => {
  if (typeof value === 'string') return [[at, value]]
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, `${at}[${i}]`))
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => strings(v, `${at}.${k}`))
  return []
}

describe('seed data: counts and the seed text', () => {
  it('has 7 building blocks, 9 risks, 7 benefits, 3 citations and 2 media entries', () => {
    expect(buildingBlocks).toHaveLength(7)
    expect(risks).toHaveLength(9)
    expect(benefits).toHaveLength(7)
    expect(citations).toHaveLength(3)
    expect(mediaEntries).toHaveLength(2)
  })

  it('carries the titles over exactly, in the seed order', () => {
    expect(buildingBlocks.map((b) => b.title)).toEqual(SEED_BUILDING_BLOCKS.map(([title]) => title))
    expect(risks.map((r) => r.title)).toEqual(SEED_RISKS)
    expect(benefits.map((b) => b.title)).toEqual(SEED_BENEFITS)
    expect(mediaEntries.map((m) => m.title)).toEqual(SEED_MEDIA)
  })

  it('uses the seed definition of each building block as its summary, word for word', () => {
    expect(buildingBlocks.map((b) => b.summary)).toEqual(SEED_BUILDING_BLOCKS.map(([, definition]) => definition))
  })

  it('has the film description and the podcast questions of the seed', () => {
    const [film, podcast] = mediaEntries
    expect(film).toMatchObject({ kind: 'film', summary: SEED_FILM_DESCRIPTION })
    expect(podcast).toMatchObject({
      kind: 'podcast',
      publisher: 'Foreign Policy',
      partners: ['Future of Life Institute'],
      questions: SEED_PODCAST_QUESTIONS,
    })
    expect(podcast!.summary).toBe(
      'From Foreign Policy in collaboration with the Future of Life Institute comes a new podcast where global leaders ask AI experts urgent questions about this transformative technology and how we can govern it together.',
    )
  })

  it('has the home page text of the seed', () => {
    expect(home.hero).toEqual({
      heading: 'The largest risks from AI will affect all of humanity.',
      lede: 'Current efforts, gaps and building blocks for an international AI governance framework.',
    })
    expect(home.why.heading).toBe('Why do we need global governance for AI?')
    expect(home.why.reasons).toHaveLength(2)
    expect(home.why.reasons[0]).toMatch(/^We need international coordination to ensure the benefits of AI are distributed/)
    expect(home.why.reasons[1]).toMatch(/^Risks and harms from AI are transboundary/)
    expect(home.benefitsAndRisks).toEqual({ heading: 'Benefits and risks of AI', benefitsHeading: 'Benefits', risksHeading: 'Risks' })
    expect(home.buildingBlocks.heading).toBe('Building blocks for an international governance regime')
    expect(home.buildingBlocks.intro).toMatch(/^To reduce the complexity of international AI governance/)
    expect(home.buildingBlocks.basis).toContain(
      'Villalobos, Maas and Winter, 2026; Maas and Villalobos, 2023; and Cass-Beggs, Clare and others, 2024',
    )
    expect(home.buildingBlocks.citations).toEqual(['villalobos-maas-winter-2026', 'maas-villalobos-2023', 'cass-beggs-et-al-2024'])
    expect(home.media.entries).toEqual(mediaEntries.map((m) => m.slug))
    expect(home.sections).toEqual(['why', 'benefits-and-risks', 'building-blocks', 'media', 'contact'])
  })

  it('has the site settings of the seed, and no contact email', () => {
    expect(site.siteName).toBe('Global AI Governance')
    expect(site.contact).toEqual({
      heading: 'Contact Us',
      people: ['José Jaime Villalobos', 'Ima (Imane) Bello'],
      team: 'Multilateral Governance Team',
      organisation: 'Future of Life Institute',
    })
    expect(site.contact).not.toHaveProperty('email')
    expect(site.footer).toEqual({
      closingLine: 'Global challenges require global coordination.',
      copyright: '© Future of Life Institute, 2025',
      maintainedBy: 'This website is maintained by the Future of Life Institute (FLI).',
    })
    expect(site.navigation.map((n) => n.href)).toEqual(['/', '/building-blocks', '/initiatives', '/risks', '/benefits', '/media', '/references', '/contact'])
  })

  it('contains no email address anywhere (the seed one is redacted; editors set it)', () => {
    const emails = strings(seedData).filter(([, s]) => /[^\s@]+@[^\s@]+\.[^\s@]+/.test(s) || /\[email/i.test(s))
    expect(emails).toEqual([])
  })
})

describe('seed data: order and slugs', () => {
  it.each([
    ['building blocks', buildingBlocks],
    ['risks', risks],
    ['benefits', benefits],
    ['media entries', mediaEntries],
  ] as const)('%s are numbered 1, 2, 3… in the order given', (_, items) => {
    expect(ordered([...items])).toEqual(items.map((_, i) => i + 1))
  })

  it.each([
    ['building blocks', buildingBlocks],
    ['risks', risks],
    ['benefits', benefits],
    ['media entries', mediaEntries],
    ['citations', citations],
  ] as const)('%s have valid, unique slugs', (_, items) => {
    const slugs = items.map((i) => i.slug)
    for (const slug of slugs) {
      expect(slug).toMatch(slugPattern)
      expect(validateSlug(slug)).toBe(true)
    }
    expect(new Set(slugs).size).toBe(slugs.length)
  })

  it.each([
    ['building blocks', buildingBlocks],
    ['risks', risks],
    ['benefits', benefits],
    ['media entries', mediaEntries],
  ] as const)('%s slugs are what the admin would make from the title', (_, items) => {
    for (const item of items) expect(item.slug).toBe(toSlug(item.title))
  })

  it('citation slugs are the keys the seed cites them by', () => {
    expect(citations.map((c) => c.slug).sort()).toEqual(['cass-beggs-et-al-2024', 'maas-villalobos-2023', 'villalobos-maas-winter-2026'])
    // Where the citation-key rule gives the same key, the slug follows it.
    for (const slug of ['cass-beggs-et-al-2024', 'villalobos-maas-winter-2026']) {
      const c = citations.find((x) => x.slug === slug)!
      expect(toSlug(citationKeySource({ ...c })!)).toBe(slug)
    }
  })
})

describe('seed data: relations', () => {
  const riskSlugs = new Set(risks.map((r) => r.slug))
  const benefitSlugs = new Set(benefits.map((b) => b.slug))
  const citationSlugs = new Set(citations.map((c) => c.slug))
  const blockSlugs = new Set(buildingBlocks.map((b) => b.slug))
  const mediaSlugs = new Set(mediaEntries.map((m) => m.slug))

  it.each(buildingBlocks.map((b) => [b.title, b] as const))('%s: every related risk, benefit and citation exists', (_, block) => {
    for (const slug of block.relatedRisks) expect(riskSlugs).toContain(slug)
    for (const slug of block.relatedBenefits) expect(benefitSlugs).toContain(slug)
    for (const slug of block.citations) expect(citationSlugs).toContain(slug)
    for (const list of [block.relatedRisks, block.relatedBenefits, block.citations]) expect(new Set(list).size).toBe(list.length)
  })

  it('every risk is addressed by at least one building block', () => {
    const addressed = new Set(buildingBlocks.flatMap((b) => b.relatedRisks))
    expect([...riskSlugs].filter((s) => !addressed.has(s))).toEqual([])
  })

  it('media entries and the home page point at existing documents', () => {
    for (const m of mediaEntries) for (const slug of m.relatedBuildingBlocks) expect(blockSlugs).toContain(slug)
    for (const slug of home.buildingBlocks.citations) expect(citationSlugs).toContain(slug)
    for (const slug of home.media.entries) expect(mediaSlugs).toContain(slug)
  })
})

describe('seed data: building block content', () => {
  // Current efforts are initiatives of their own now: initiatives.test.ts checks them.
  it.each(buildingBlocks.map((b) => [b.title, b] as const))('%s has gaps, analogies and a body', (_, block) => {
    expect(block.gaps.length).toBeGreaterThanOrEqual(1)
    expect(block.analogousRegimes.length).toBeGreaterThanOrEqual(1)
    expect(block.body.length).toBeGreaterThanOrEqual(2)
    expect(block.body.length).toBeLessThanOrEqual(3)
    expect(block.title.length).toBeLessThanOrEqual(MAX.title)
    expect(block.summary.length).toBeLessThanOrEqual(MAX.summary)
    for (const gap of block.gaps) expect(gap.length).toBeLessThanOrEqual(MAX.gap)
    for (const { regime, lesson } of block.analogousRegimes) {
      expect(regime.trim()).not.toBe('')
      expect(lesson.trim()).not.toBe('')
      expect(regime.length).toBeLessThanOrEqual(MAX.regime)
      expect(lesson.length).toBeLessThanOrEqual(MAX.lesson)
    }
  })
})

describe('seed data: risks, benefits, citations, media', () => {
  it('risks and benefits have short summaries', () => {
    for (const item of [...risks, ...benefits]) {
      expect(item.summary.trim()).not.toBe('')
      expect(item.summary.length).toBeLessThanOrEqual(400)
    }
  })

  it('benefits name valid Sustainable Development Goals', () => {
    for (const b of benefits) {
      expect(b.sdgs.length).toBeGreaterThan(0)
      expect(validateSdgs(b.sdgs)).toBe(true)
    }
    const sdgs = Object.fromEntries(benefits.map((b) => [b.slug, b.sdgs]))
    expect(sdgs.health).toEqual([3])
    expect(sdgs.education).toEqual([4])
    expect(sdgs.governance).toEqual([16])
    expect(sdgs['reduced-inequality-and-poverty']).toEqual([1, 10])
    // Climate models, agriculture and disaster warning: SDGs 13, 2 and 11 (the text supports no others).
    expect(sdgs['advancing-other-sdgs']).toEqual([2, 11, 13])
  })

  it('citations match the checked facts', () => {
    const bySlug = Object.fromEntries(citations.map((c) => [c.slug, c]))
    expect(bySlug['maas-villalobos-2023']).toMatchObject({
      type: 'report',
      year: 2023,
      title: 'International AI Institutions: A Literature Review of Models, Examples, and Proposals',
      publisher: 'Legal Priorities Project',
      doi: '10.2139/ssrn.4579773',
    })
    expect(bySlug['cass-beggs-et-al-2024']).toMatchObject({ type: 'paper', year: 2024, title: 'Framework Convention on Global AI Challenges' })
    expect(bySlug['cass-beggs-et-al-2024']!.authors.map((a) => a.family)).toEqual(['Cass-Beggs', 'Clare', 'Dimowo', 'Kara'])
    // Only the surnames and year are known: no title, no given names, nothing guessed.
    const vmw = bySlug['villalobos-maas-winter-2026']!
    expect(vmw.year).toBe(2026)
    expect(vmw.authors).toEqual([
      { kind: 'person', family: 'Villalobos' },
      { kind: 'person', family: 'Maas' },
      { kind: 'person', family: 'Winter' },
    ])
    expect(vmw.title).toBeUndefined()
    for (const key of ['containerTitle', 'publisher', 'url', 'doi', 'note'] as const) expect(vmw[key]).toBeUndefined()
  })

  it('citations have valid years, DOIs and links', () => {
    for (const c of citations) {
      expect(validateYear(c.year)).toBe(true)
      expect(c.authors.length).toBeGreaterThan(0)
      for (const a of c.authors) expect(a.kind === 'organization' ? a.name : a.family).toBeTruthy()
      if (c.doi !== undefined) expect(validateDoi(c.doi)).toBe(true)
      if (c.url !== undefined) expect(validateHttpsUrl(c.url)).toBe(true)
    }
  })

  it('every link in the seed data is https', () => {
    const links = strings(seedData).filter(([, s]) => /^[a-z][a-z0-9+.-]*:\/\//i.test(s))
    for (const [at, link] of links) expect([at, validateHttpsUrl(link)]).toEqual([at, true])
    for (const m of mediaEntries) if (m.watchUrl !== undefined) expect(validateHttpsUrl(m.watchUrl)).toBe(true)
  })
})

describe('data.ts stays pure', () => {
  it('imports nothing at runtime (type imports only)', () => {
    const source = readFileSync(path.join(__dirname, 'data.ts'), 'utf8')
    const imports = source.split('\n').filter((line) => /^\s*import\s/.test(line))
    for (const line of imports) expect(line).toMatch(/^\s*import type\s/)
  })
})
