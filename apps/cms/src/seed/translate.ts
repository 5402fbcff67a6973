/**
 * Writes the seed's translations (translations/<locale>) over the English
 * documents the seed has just created: one published save per document and
 * language, of that language's text only. Rows shared by every language
 * (an initiative's sources, a film's partners) keep their ids, so the English
 * text of their fields stays as it is.
 */
import type { Locale } from '@global-ai-governance/content'
import type { Payload, PayloadRequest } from 'payload'

import { benefits, buildingBlocks, citations, mediaEntries, risks, site } from './data'
import { actors, initiatives } from './initiatives'
import { paragraphsToLexical } from './lexical'
import type { SeedTranslation } from './translations/types'

export type SeededIds = {
  citation: (slug: string) => number
  risk: (slug: string) => number
  benefit: (slug: string) => number
  block: (slug: string) => number
  actor: (slug: string) => number
  initiative: (slug: string) => number
  mediaEntry: (slug: string) => number
}

type Row = { id?: string | null }

/** The English rows of a non-localized array, each with `values(row, index)` of this language over it. */
const sameRows = <R extends Row, V extends Record<string, unknown>>(rows: readonly R[] | null | undefined, values: (row: R, index: number) => V) =>
  (rows ?? []).map((row, index) => ({ ...row, ...values(row, index) }))

const required = <T>(value: T | undefined, what: string): T => {
  if (value === undefined) throw new Error(`Seed translation error: ${what} is missing.`)
  return value
}

/** The English rows of the lists every language shares, read once for all languages. */
export type SharedRows = {
  sources: Map<string, (Row & { url: string })[]>
  media: Map<string, { publisher?: string | null; partners: (Row & { name: string })[] }>
}

export async function readSharedRows(payload: Payload, req: PayloadRequest, ids: SeededIds): Promise<SharedRows> {
  const read = { overrideAccess: true, draft: false, locale: 'en' as const, depth: 0, req }
  const sources: SharedRows['sources'] = new Map()
  for (const i of initiatives) {
    const doc = await payload.findByID({ ...read, collection: 'initiatives', id: ids.initiative(i.slug), select: { sources: true } })
    sources.set(i.slug, (doc.sources ?? []) as (Row & { url: string })[])
  }
  const media: SharedRows['media'] = new Map()
  for (const m of mediaEntries) {
    const doc = await payload.findByID({ ...read, collection: 'media-entries', id: ids.mediaEntry(m.slug), select: { partners: true, publisher: true } })
    media.set(m.slug, { publisher: doc.publisher, partners: (doc.partners ?? []) as (Row & { name: string })[] })
  }
  return { sources, media }
}

export async function writeTranslation(
  payload: Payload,
  req: PayloadRequest,
  locale: Exclude<Locale, 'en'>,
  { glossary, framework, initiatives: initiativeTexts }: SeedTranslation,
  ids: SeededIds,
  shared: SharedRows,
): Promise<number> {
  const common = { overrideAccess: true, draft: false, locale, depth: 0, req, context: req.context, fallbackLocale: false as const }
  const published = { _status: 'published' as const }
  let saved = 0
  const update = async (collection: Parameters<Payload['update']>[0]['collection'], id: number, data: Record<string, unknown>) => {
    await payload.update({ ...common, collection, id, data: { ...published, ...data } } as Parameters<Payload['update']>[0])
    saved += 1
  }

  for (const c of citations.filter((each) => each.note)) await update('citations', ids.citation(c.slug), { note: required(framework.citationNotes[c.slug], `the note of ${c.slug}`) })
  for (const r of risks) await update('risks', ids.risk(r.slug), { title: glossary.risks[r.slug], summary: framework.risks[r.slug]?.summary })
  for (const b of benefits) await update('benefits', ids.benefit(b.slug), { title: glossary.benefits[b.slug], summary: framework.benefits[b.slug]?.summary })
  for (const block of buildingBlocks) {
    const text = required(framework.buildingBlocks[block.slug], `building block ${block.slug}`)
    await update('building-blocks', ids.block(block.slug), {
      title: glossary.buildingBlocks[block.slug],
      summary: text.summary,
      body: paragraphsToLexical(text.body),
      gaps: text.gaps.map((gap) => ({ gap })),
      analogousRegimes: text.analogousRegimes.map(({ regime, lesson }) => ({ regime, lesson })),
    })
  }
  for (const a of actors) {
    const name = required(glossary.actors[a.slug], `actor ${a.slug}`)
    // Where the language has no short form of its own, the name stands for it (pages hide a short name equal to the name).
    const shortName = name.shortName ?? (a.shortName ? name.name : undefined)
    await update('actors', ids.actor(a.slug), { name: name.name, ...(shortName ? { shortName } : {}) })
  }
  for (const i of initiatives) {
    const text = required(initiativeTexts[i.slug], `initiative ${i.slug}`)
    await update('initiatives', ids.initiative(i.slug), {
      title: text.title,
      officialTitle: text.officialTitle,
      summary: text.summary,
      limits: text.limits,
      sources: sameRows(shared.sources.get(i.slug), (_row, index) => ({ title: required(text.sources[index], `source ${index} of ${i.slug}`) })),
    })
  }
  for (const m of mediaEntries) {
    const text = required(framework.mediaEntries[m.slug], `media entry ${m.slug}`)
    const english = shared.media.get(m.slug)
    await update('media-entries', ids.mediaEntry(m.slug), {
      title: text.title,
      summary: text.summary,
      questions: text.questions.map((question) => ({ question })),
      // Publishers and partners are names: the same in every language.
      publisher: english?.publisher,
      partners: sameRows(english?.partners, (row) => ({ name: row.name })),
    })
  }

  const f = framework
  await payload.updateGlobal({
    ...common,
    slug: 'home',
    data: {
      ...published,
      hero: { ...f.home.hero },
      why: { heading: f.home.why.heading, reasons: f.home.why.reasons.map((text) => ({ text })) },
      benefitsAndRisks: { ...f.home.benefitsAndRisks },
      buildingBlocks: { heading: f.home.buildingBlocks.heading, intro: f.home.buildingBlocks.intro, basis: f.home.buildingBlocks.basis },
      media: { heading: f.home.media.heading },
    },
  })
  await payload.updateGlobal({
    ...common,
    slug: 'site',
    data: {
      ...published,
      siteName: f.site.siteName,
      tagline: f.site.tagline,
      navigation: site.navigation.map(({ href }, index) => ({ label: required(f.site.navigation[index], `menu label ${index}`), href })),
      contact: { heading: f.site.contact.heading, team: f.site.contact.team, organisation: f.site.contact.organisation },
      footer: { ...f.site.footer },
    },
  })
  return saved + 2
}
