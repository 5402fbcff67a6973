/**
 * The shape of the seed's translations: one glossary, one framework file and
 * one initiatives file per language (fr, es, ar, zh, ru), each keyed like the
 * English seed (data.ts, initiatives.ts). Lists have the English list's length
 * and order. translations.test.ts checks every key, length and limit.
 *
 * Titles of building blocks, risks and benefits and the names of actors live
 * in the glossary only: the seed takes them from there, so one term is written
 * once per language and every text can be checked against it.
 */

/** The framework's own vocabulary, as translators and the texts use it. */
export const glossaryTerms = [
  'artificial intelligence',
  'AI',
  'international AI governance',
  'governance framework',
  'building block',
  'building blocks',
  'current efforts',
  'initiative',
  'gaps',
  'analogous regimes',
  'risk',
  'benefit',
  'red lines',
  'general-purpose AI',
  'frontier AI',
  'AI safety institute',
  'member states',
  'multilateral',
  'scientific consensus',
  'benefit-sharing',
  'verification',
  'compute',
  'treaty',
  'convention',
  'resolution',
  'regulation',
  'voluntary commitment',
  'standard',
  'status',
  'in force',
  'open for signature',
  'adopted',
  'operating',
] as const

export type GlossaryTerm = (typeof glossaryTerms)[number]

export interface Glossary {
  /** Each framework term as this language writes it (its usual form; texts inflect it as the grammar needs). */
  terms: Record<GlossaryTerm, string>
  /** Titles, by slug (data.ts). */
  buildingBlocks: Record<string, string>
  risks: Record<string, string>
  benefits: Record<string, string>
  /** Official names of organisations and groups, by slug (initiatives.ts), as UN documents in this language write them. */
  actors: Record<string, { name: string; shortName?: string }>
}

/** Everything of data.ts that is text to translate. */
export interface FrameworkTranslation {
  site: {
    siteName: string
    tagline: string
    /** The menu labels, in the English menu's order. */
    navigation: string[]
    contact: { heading: string; team: string; organisation: string }
    footer: { closingLine: string; copyright: string; maintainedBy: string }
  }
  home: {
    hero: { heading: string; lede: string }
    why: { heading: string; reasons: string[] }
    benefitsAndRisks: { heading: string; benefitsHeading: string; risksHeading: string }
    buildingBlocks: { heading: string; intro: string; basis: string }
    media: { heading: string }
  }
  /** By slug. */
  risks: Record<string, { summary: string }>
  benefits: Record<string, { summary: string }>
  buildingBlocks: Record<string, { summary: string; body: string[]; gaps: string[]; analogousRegimes: { regime: string; lesson: string }[] }>
  mediaEntries: Record<string, { title: string; summary: string; questions: string[] }>
  /** Notes of citations, by slug (only those that have one in English). Bibliographic titles are never translated. */
  citationNotes: Record<string, string>
}

/** Everything of an initiative that is text to translate, by slug (initiatives.ts). */
export interface InitiativeTranslation {
  title: string
  /** The official title in this language where the instrument has one; else a faithful translation. */
  officialTitle?: string
  summary: string
  limits?: string
  /** The titles of its sources, in the English order (addresses stay as they are). */
  sources: string[]
}

export type InitiativesTranslation = Record<string, InitiativeTranslation>

export interface SeedTranslation {
  glossary: Glossary
  framework: FrameworkTranslation
  initiatives: InitiativesTranslation
}
