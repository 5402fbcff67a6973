/**
 * Fills an EMPTY database with the content of today's site (see data.ts).
 *
 * Safe by construction:
 * - it writes nothing if any content document exists, or if either global
 *   (home, site) has ever been saved — an editor's work is never overwritten,
 *   and running it twice changes nothing;
 * - everything is written in one database transaction, so a failure leaves
 *   the database as it was;
 * - it never creates users (see `ensureDevelopmentAdmin` for that, on request).
 */
import type { CollectionSlug, GlobalSlug, Payload, PayloadRequest } from 'payload'
import { commitTransaction, createLocalReq, initTransaction, killTransaction } from 'payload'

import type { SeedBuildingBlock } from './data'
import { benefits, buildingBlocks, citations, home, mediaEntries, risks, site } from './data'
import { actors, initiatives, type SeedInitiative } from './initiatives'
import { paragraphsToLexical } from './lexical'
import { readSharedRows, writeTranslation, type SeededIds } from './translate'
import { seedTranslations } from './translations'
import type { SeedTranslation } from './translations/types'

export type SeedLogger = (message: string) => void

export type SeedOptions = { log?: SeedLogger }

export type SeedResult = {
  buildingBlocks: number
  risks: number
  benefits: number
  citations: number
  mediaEntries: number
  actors: number
  initiatives: number
  /** True when content was already present and nothing was written. */
  skipped: boolean
  /** What was found when the seed was skipped, e.g. "risks (9)", "home". */
  existing: string[]
}

export const SEED_SKIPPED_MESSAGE = 'content already present, seed skipped'

/** Collections whose documents the seed creates; any document in one of them means "not empty". */
export const contentCollections = ['building-blocks', 'risks', 'benefits', 'initiatives', 'actors', 'citations', 'media-entries'] as const satisfies readonly CollectionSlug[]
export const contentGlobals = ['home', 'site'] as const satisfies readonly GlobalSlug[]

const LOCALE = 'en' as const

/** Passed to hooks as `context`, so they can tell a seed write from an editor's. */
export const seedContext = { seed: true } as const

/**
 * Names what already exists: content documents (drafts included), and globals
 * that were saved at least once (published, draft or autosave).
 */
export async function findExistingContent(payload: Payload, req?: Partial<PayloadRequest>): Promise<string[]> {
  const found: string[] = []
  for (const collection of contentCollections) {
    const { totalDocs } = await payload.count({ collection, overrideAccess: true, req })
    if (totalDocs > 0) found.push(`${collection} (${totalDocs})`)
  }
  for (const slug of contentGlobals) {
    const doc = (await payload.findGlobal({ slug, draft: true, overrideAccess: true, depth: 0, locale: LOCALE, req })) as {
      updatedAt?: unknown
      createdAt?: unknown
      hero?: { heading?: unknown }
      siteName?: unknown
    } | null
    const { totalDocs: versions } = await payload.countGlobalVersions({ global: slug, overrideAccess: true, req })
    const saved =
      Boolean(doc?.updatedAt) ||
      Boolean(doc?.createdAt) ||
      (slug === 'home' ? Boolean(doc?.hero?.heading) : Boolean(doc?.siteName)) ||
      versions > 0
    if (saved) found.push(slug)
  }
  return found
}

const lookup = (ids: Map<string, number>, what: string) => (slug: string): number => {
  const id = ids.get(slug)
  if (id === undefined) throw new Error(`Seed data error: unknown ${what} slug "${slug}".`)
  return id
}

/** Creates all seed content. Expects `req` to carry the transaction (if any). */
async function writeAll(payload: Payload, req: PayloadRequest, log: SeedLogger): Promise<{ counts: Omit<SeedResult, 'skipped' | 'existing'>; ids: SeededIds }> {
  const common = {
    overrideAccess: true,
    draft: false,
    locale: LOCALE,
    depth: 0,
    req,
    context: seedContext,
  } as const

  const citationIds = new Map<string, number>()
  for (const c of citations) {
    const doc = await payload.create({
      ...common,
      collection: 'citations',
      data: {
        _status: 'published',
        slug: c.slug,
        type: c.type,
        title: c.title,
        authors: c.authors.map((a) => ({ kind: a.kind, given: a.given, family: a.family, name: a.name })),
        year: c.year,
        containerTitle: c.containerTitle,
        publisher: c.publisher,
        url: c.url,
        doi: c.doi,
        note: c.note,
      },
    })
    citationIds.set(c.slug, doc.id)
  }
  log(`created ${citationIds.size} citations`)

  const riskIds = new Map<string, number>()
  for (const r of risks) {
    const doc = await payload.create({
      ...common,
      collection: 'risks',
      data: { _status: 'published', title: r.title, slug: r.slug, order: r.order, summary: r.summary },
    })
    riskIds.set(r.slug, doc.id)
  }
  log(`created ${riskIds.size} risks`)

  const benefitIds = new Map<string, number>()
  for (const b of benefits) {
    const doc = await payload.create({
      ...common,
      collection: 'benefits',
      data: { _status: 'published', title: b.title, slug: b.slug, order: b.order, summary: b.summary, sdgs: b.sdgs },
    })
    benefitIds.set(b.slug, doc.id)
  }
  log(`created ${benefitIds.size} benefits`)

  const risk = lookup(riskIds, 'risk')
  const benefit = lookup(benefitIds, 'benefit')
  const citation = lookup(citationIds, 'citation')

  const blockIds = new Map<string, number>()
  for (const block of buildingBlocks) {
    const doc = await payload.create({ ...common, collection: 'building-blocks', data: buildingBlockData(block, { risk, benefit, citation }) })
    blockIds.set(block.slug, doc.id)
  }
  log(`created ${blockIds.size} building blocks`)

  const block = lookup(blockIds, 'building block')

  const actorIds = new Map<string, number>()
  for (const a of actors) {
    const doc = await payload.create({
      ...common,
      collection: 'actors',
      data: { _status: 'published', name: a.name, slug: a.slug, shortName: a.shortName, kind: a.kind, url: a.url },
    })
    actorIds.set(a.slug, doc.id)
  }
  log(`created ${actorIds.size} actors`)

  // Related initiatives point at one another: create them all, then link them.
  const actor = lookup(actorIds, 'actor')
  const initiativeIds = new Map<string, number>()
  for (const i of initiatives) {
    const doc = await payload.create({ ...common, collection: 'initiatives', data: initiativeData(i, { block, risk, actor }) })
    initiativeIds.set(i.slug, doc.id)
  }
  const initiative = lookup(initiativeIds, 'initiative')
  for (const i of initiatives.filter((entry) => entry.related?.length)) {
    await payload.update({
      ...common,
      collection: 'initiatives',
      id: initiative(i.slug),
      data: { _status: 'published', relatedInitiatives: (i.related ?? []).map(initiative) },
    })
  }
  log(`created ${initiativeIds.size} initiatives`)

  const mediaIds = new Map<string, number>()
  for (const m of mediaEntries) {
    const doc = await payload.create({
      ...common,
      collection: 'media-entries',
      data: {
        _status: 'published',
        kind: m.kind,
        title: m.title,
        slug: m.slug,
        order: m.order,
        summary: m.summary,
        publisher: m.publisher,
        partners: m.partners.map((name) => ({ name })),
        watchUrl: m.watchUrl,
        questions: m.questions.map((question) => ({ question })),
        relatedBuildingBlocks: m.relatedBuildingBlocks.map(block),
      },
    })
    mediaIds.set(m.slug, doc.id)
  }
  log(`created ${mediaIds.size} media entries`)

  const mediaEntry = lookup(mediaIds, 'media entry')
  await payload.updateGlobal({
    ...common,
    slug: 'home',
    data: {
      _status: 'published',
      hero: { ...home.hero },
      why: { heading: home.why.heading, reasons: home.why.reasons.map((text) => ({ text })) },
      benefitsAndRisks: { ...home.benefitsAndRisks },
      buildingBlocks: {
        heading: home.buildingBlocks.heading,
        intro: home.buildingBlocks.intro,
        basis: home.buildingBlocks.basis,
        citations: home.buildingBlocks.citations.map(citation),
      },
      media: { heading: home.media.heading, entries: home.media.entries.map(mediaEntry) },
      sections: home.sections.map((section) => ({ section })),
    },
  })
  log('saved the home page')

  await payload.updateGlobal({
    ...common,
    slug: 'site',
    data: {
      _status: 'published',
      siteName: site.siteName,
      tagline: site.tagline,
      navigation: site.navigation.map(({ label, href }) => ({ label, href })),
      // No email: the seed's address is redacted; editors set it in Site settings.
      contact: {
        heading: site.contact.heading,
        people: site.contact.people.map((name) => ({ name })),
        team: site.contact.team,
        organisation: site.contact.organisation,
      },
      footer: { ...site.footer },
    },
  })
  log('saved the site settings')

  return {
    counts: {
      citations: citationIds.size,
      risks: riskIds.size,
      benefits: benefitIds.size,
      buildingBlocks: blockIds.size,
      mediaEntries: mediaIds.size,
      actors: actorIds.size,
      initiatives: initiativeIds.size,
    },
    ids: { citation, risk, benefit, block, actor, initiative, mediaEntry },
  }
}

/** Every language's translation over the English documents just written. */
async function writeTranslations(payload: Payload, req: PayloadRequest, ids: SeededIds, log: SeedLogger): Promise<void> {
  const shared = await readSharedRows(payload, req, ids)
  for (const [locale, translation] of Object.entries(seedTranslations) as [keyof typeof seedTranslations, SeedTranslation][]) {
    const saved = await writeTranslation(payload, req, locale, translation, ids, shared)
    log(`saved ${saved} documents in ${locale}`)
  }
}

const initiativeData = (
  i: SeedInitiative,
  ids: { block: (slug: string) => number; risk: (slug: string) => number; actor: (slug: string) => number },
) => ({
  _status: 'published' as const,
  title: i.title,
  slug: i.slug,
  officialTitle: i.officialTitle,
  identifier: i.identifier,
  kind: i.kind,
  status: i.status,
  statusCheckedOn: new Date(`${i.statusCheckedOn}T00:00:00.000Z`).toISOString(),
  dates: { ...i.dates },
  buildingBlocks: i.buildingBlocks.map(ids.block),
  risks: i.risks.map(ids.risk),
  actors: i.actors.map(ids.actor),
  summary: i.summary,
  limits: i.limits,
  sources: i.sources.map(({ title, url }) => ({ title, url })),
})

const buildingBlockData = (
  block: SeedBuildingBlock,
  ids: { risk: (slug: string) => number; benefit: (slug: string) => number; citation: (slug: string) => number },
) => ({
  _status: 'published' as const,
  title: block.title,
  slug: block.slug,
  order: block.order,
  summary: block.summary,
  body: paragraphsToLexical(block.body),
  gaps: block.gaps.map((gap) => ({ gap })),
  analogousRegimes: block.analogousRegimes.map(({ regime, lesson }) => ({ regime, lesson })),
  relatedRisks: block.relatedRisks.map(ids.risk),
  relatedBenefits: block.relatedBenefits.map(ids.benefit),
  citations: block.citations.map(ids.citation),
})

/**
 * Seeds an empty database. Returns what it created, or `skipped: true` (and
 * writes nothing) when any content is already there.
 */
export async function seed(payload: Payload, { log = (m) => payload.logger.info(m) }: SeedOptions = {}): Promise<SeedResult> {
  const none = { buildingBlocks: 0, risks: 0, benefits: 0, citations: 0, mediaEntries: 0, actors: 0, initiatives: 0 }

  const existing = await findExistingContent(payload)
  if (existing.length > 0) {
    log(`${SEED_SKIPPED_MESSAGE} (found: ${existing.join(', ')})`)
    return { ...none, skipped: true, existing }
  }

  const req = await createLocalReq({ locale: LOCALE, context: { ...seedContext } }, payload)
  const inTransaction = await initTransaction(req)
  if (!inTransaction) {
    log('warning: the database adapter gave no transaction; a failure part-way will leave partial content behind')
  }

  try {
    // Checked again inside the transaction, in case another process seeded meanwhile.
    const raced = await findExistingContent(payload, req)
    if (raced.length > 0) {
      if (inTransaction) await killTransaction(req)
      log(`${SEED_SKIPPED_MESSAGE} (found: ${raced.join(', ')})`)
      return { ...none, skipped: true, existing: raced }
    }
    const { counts, ids } = await writeAll(payload, req, log)
    await writeTranslations(payload, req, ids, log)
    if (inTransaction) await commitTransaction(req)
    return { ...counts, skipped: false, existing: [] }
  } catch (error) {
    if (inTransaction) {
      await killTransaction(req)
      log('seed failed; the transaction was rolled back and nothing was written')
    } else {
      log('seed failed without a transaction; some content may have been written: check the database before running it again')
    }
    throw error
  }
}

export type DevelopmentAdmin = { email: string; password: string; name: string }

/**
 * Creates an admin account when there is no user at all (a fresh development
 * or test database). Returns whether it created one; never touches existing users.
 */
export async function ensureDevelopmentAdmin(payload: Payload, { email, password, name }: DevelopmentAdmin): Promise<boolean> {
  if (!email.trim() || !password) throw new Error('ensureDevelopmentAdmin needs an email and a password.')
  const { totalDocs } = await payload.count({ collection: 'users', overrideAccess: true })
  if (totalDocs > 0) return false
  await payload.create({
    collection: 'users',
    overrideAccess: true,
    data: { email: email.trim(), password, name: name.trim() || 'Administrator', role: 'admin' },
  })
  return true
}
