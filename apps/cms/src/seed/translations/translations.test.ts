import { textLimits, type TextLimit } from '@global-ai-governance/content'

import { benefits, buildingBlocks, citations, home, mediaEntries, risks, site } from '../data'
import { actors, initiatives } from '../initiatives'
import { glossaryTerms, type SeedTranslation } from './types'

/*
 * Every language's translation of the seed is complete and fits the CMS: the
 * same documents, lists of the same length and order, no empty text, nothing
 * over a field's limit, and nothing left in English but proper names. Each
 * language is loaded on its own, so a broken one names itself.
 */
const translatedLocales = ['fr', 'es', 'ar', 'zh', 'ru'] as const
type TranslatedLocale = (typeof translatedLocales)[number]

const load = (locale: TranslatedLocale): SeedTranslation =>
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  (require(`./${locale}`) as { translation: SeedTranslation }).translation

/** Text the same in every language: names, identifiers, a copyright line. */
const sameInEveryLanguage = new Set<string>([site.footer.copyright])

/** Scripts a language's text is written in (its letters; Latin names and identifiers may appear inside). */
const script: Partial<Record<TranslatedLocale, RegExp>> = { ar: /\p{Script=Arabic}/u, zh: /\p{Script=Han}/u, ru: /\p{Script=Cyrillic}/u }

type Text = { where: string; english: string | undefined; text: unknown; limit: TextLimit }

function texts(t: SeedTranslation): Text[] {
  const out: Text[] = []
  const add = (where: string, english: string | undefined, text: unknown, limit: TextLimit) => out.push({ where, english, text, limit })
  const { framework: f, glossary: g } = t
  for (const term of glossaryTerms) add(`glossary term "${term}"`, term, g.terms[term], 'line')
  for (const block of buildingBlocks) {
    add(`glossary block ${block.slug}`, block.title, g.buildingBlocks[block.slug], 'title')
    const tb = f.buildingBlocks[block.slug]
    add(`block ${block.slug} summary`, block.summary, tb?.summary, 'summary')
    block.body.forEach((p, i) => add(`block ${block.slug} body[${i}]`, p, tb?.body?.[i], 'paragraph'))
    block.gaps.forEach((p, i) => add(`block ${block.slug} gaps[${i}]`, p, tb?.gaps?.[i], 'paragraph'))
    block.analogousRegimes.forEach((r, i) => {
      add(`block ${block.slug} analogousRegimes[${i}].regime`, r.regime, tb?.analogousRegimes?.[i]?.regime, 'line')
      add(`block ${block.slug} analogousRegimes[${i}].lesson`, r.lesson, tb?.analogousRegimes?.[i]?.lesson, 'paragraph')
    })
  }
  for (const risk of risks) {
    add(`glossary risk ${risk.slug}`, risk.title, g.risks[risk.slug], 'title')
    add(`risk ${risk.slug} summary`, risk.summary, f.risks[risk.slug]?.summary, 'summary')
  }
  for (const benefit of benefits) {
    add(`glossary benefit ${benefit.slug}`, benefit.title, g.benefits[benefit.slug], 'title')
    add(`benefit ${benefit.slug} summary`, benefit.summary, f.benefits[benefit.slug]?.summary, 'summary')
  }
  for (const entry of mediaEntries) {
    const te = f.mediaEntries[entry.slug]
    add(`media ${entry.slug} title`, entry.title, te?.title, 'title')
    add(`media ${entry.slug} summary`, entry.summary, te?.summary, 'summary')
    entry.questions.forEach((q, i) => add(`media ${entry.slug} questions[${i}]`, q, te?.questions?.[i], 'question'))
  }
  for (const citation of citations) if (citation.note) add(`citation ${citation.slug} note`, citation.note, f.citationNotes[citation.slug], 'note')
  add('site siteName', site.siteName, f.site.siteName, 'label')
  add('site tagline', site.tagline, f.site.tagline, 'heading')
  site.navigation.forEach((item, i) => add(`site navigation[${i}]`, item.label, f.site.navigation?.[i], 'menuLabel'))
  add('site contact heading', site.contact.heading, f.site.contact?.heading, 'label')
  add('site contact team', site.contact.team, f.site.contact?.team, 'name')
  add('site contact organisation', site.contact.organisation, f.site.contact?.organisation, 'name')
  add('site footer closingLine', site.footer.closingLine, f.site.footer?.closingLine, 'heading')
  add('site footer copyright', site.footer.copyright, f.site.footer?.copyright, 'heading')
  add('site footer maintainedBy', site.footer.maintainedBy, f.site.footer?.maintainedBy, 'line')
  add('home hero heading', home.hero.heading, f.home.hero?.heading, 'heading')
  add('home hero lede', home.hero.lede, f.home.hero?.lede, 'lede')
  add('home why heading', home.why.heading, f.home.why?.heading, 'heading')
  home.why.reasons.forEach((r, i) => add(`home why reasons[${i}]`, r, f.home.why?.reasons?.[i], 'paragraph'))
  add('home benefitsAndRisks heading', home.benefitsAndRisks.heading, f.home.benefitsAndRisks?.heading, 'heading')
  add('home benefitsHeading', home.benefitsAndRisks.benefitsHeading, f.home.benefitsAndRisks?.benefitsHeading, 'label')
  add('home risksHeading', home.benefitsAndRisks.risksHeading, f.home.benefitsAndRisks?.risksHeading, 'label')
  add('home buildingBlocks heading', home.buildingBlocks.heading, f.home.buildingBlocks?.heading, 'heading')
  add('home buildingBlocks intro', home.buildingBlocks.intro, f.home.buildingBlocks?.intro, 'paragraph')
  add('home buildingBlocks basis', home.buildingBlocks.basis, f.home.buildingBlocks?.basis, 'paragraph')
  add('home media heading', home.media.heading, f.home.media?.heading, 'heading')
  for (const actor of actors) {
    add(`glossary actor ${actor.slug} name`, actor.name, g.actors[actor.slug]?.name, 'name')
    if (g.actors[actor.slug]?.shortName !== undefined) add(`glossary actor ${actor.slug} shortName`, actor.shortName ?? actor.name, g.actors[actor.slug]?.shortName, 'name')
  }
  for (const initiative of initiatives) {
    const ti = t.initiatives[initiative.slug]
    add(`initiative ${initiative.slug} title`, initiative.title, ti?.title, 'title')
    if (initiative.officialTitle) add(`initiative ${initiative.slug} officialTitle`, initiative.officialTitle, ti?.officialTitle, 'line')
    add(`initiative ${initiative.slug} summary`, initiative.summary, ti?.summary, 'summary')
    if (initiative.limits) add(`initiative ${initiative.slug} limits`, initiative.limits, ti?.limits, 'summary')
    initiative.sources.forEach((s, i) => add(`initiative ${initiative.slug} sources[${i}]`, s.title, ti?.sources?.[i], 'line'))
  }
  return out
}

describe.each(translatedLocales)('%s', (locale) => {
  let translation: SeedTranslation
  beforeAll(() => {
    translation = load(locale)
  })

  test('has every document of the English seed, and no other', () => {
    const { framework: f, glossary: g } = translation
    const slugs = (list: readonly { slug: string }[]) => list.map((each) => each.slug).sort()
    expect(Object.keys(g.buildingBlocks).sort()).toEqual(slugs(buildingBlocks))
    expect(Object.keys(f.buildingBlocks).sort()).toEqual(slugs(buildingBlocks))
    expect(Object.keys(g.risks).sort()).toEqual(slugs(risks))
    expect(Object.keys(f.risks).sort()).toEqual(slugs(risks))
    expect(Object.keys(g.benefits).sort()).toEqual(slugs(benefits))
    expect(Object.keys(f.benefits).sort()).toEqual(slugs(benefits))
    expect(Object.keys(f.mediaEntries).sort()).toEqual(slugs(mediaEntries))
    expect(Object.keys(f.citationNotes).sort()).toEqual(slugs(citations.filter((c) => c.note)))
    expect(Object.keys(g.actors).sort()).toEqual(slugs(actors))
    expect(Object.keys(translation.initiatives).sort()).toEqual(slugs(initiatives))
    expect(Object.keys(g.terms).sort()).toEqual([...glossaryTerms].sort())
  })

  test('lists are as long as the English ones, nothing extra', () => {
    const { framework: f } = translation
    for (const block of buildingBlocks) {
      const tb = f.buildingBlocks[block.slug]!
      expect([block.slug, tb.body.length, tb.gaps.length, tb.analogousRegimes.length]).toEqual([block.slug, block.body.length, block.gaps.length, block.analogousRegimes.length])
    }
    for (const entry of mediaEntries) expect([entry.slug, f.mediaEntries[entry.slug]!.questions.length]).toEqual([entry.slug, entry.questions.length])
    for (const initiative of initiatives) {
      const ti = translation.initiatives[initiative.slug]!
      expect([initiative.slug, ti.sources.length, 'officialTitle' in ti && ti.officialTitle !== undefined, 'limits' in ti && ti.limits !== undefined]).toEqual([
        initiative.slug,
        initiative.sources.length,
        Boolean(initiative.officialTitle),
        Boolean(initiative.limits),
      ])
    }
    expect(f.site.navigation).toHaveLength(site.navigation.length)
    expect(f.home.why.reasons).toHaveLength(home.why.reasons.length)
  })

  test('every text is there, fits its field, and is not the English text (names excepted)', () => {
    const problems: string[] = []
    for (const { where, english, text, limit } of texts(translation)) {
      if (typeof text !== 'string' || text.trim() === '') problems.push(`${where}: missing`)
      else if (text !== text.trim() || /\s{2,}/.test(text)) problems.push(`${where}: stray spaces`)
      else if (text.length > textLimits[limit]) problems.push(`${where}: ${text.length} characters, the field takes ${textLimits[limit]}`)
      else if (english !== undefined && text === english && !sameInEveryLanguage.has(english) && /\p{Ll}{4,}/u.test(english) && english.includes(' '))
        problems.push(`${where}: still the English text`)
    }
    expect(problems).toEqual([])
  })

  const letters = script[locale]
  if (letters) {
    test(`is written in the language’s script (names and identifiers aside)`, () => {
      const problems: string[] = []
      for (const { where, text } of texts(translation)) {
        if (typeof text !== 'string') continue
        const all = [...text].filter((c) => /\p{L}/u.test(c))
        const own = all.filter((c) => letters.test(c))
        // A long text mostly in Latin letters is untranslated; a short one may be a name (OECD, G7).
        if (all.length >= 40 && own.length / all.length < 0.5) problems.push(`${where}: ${own.length} of ${all.length} letters in the script`)
      }
      expect(problems).toEqual([])
    })
  }
})
