/*
 * Moving the building blocks' current efforts (rows of a localized array) into
 * the initiatives collection. Pure planning, so it can be tested without a
 * database; the migration (../20261202_113834_move_current_efforts.ts) reads
 * the rows and writes the plan. Frozen with that migration: later changes to
 * the collections must not change what it did.
 */

export type EffortRow = {
  blockId: number
  position: number
  locale: string
  initiative: string | null
  actors: string | null
  year: number | string | null
  status: string | null
  link: string | null
  note: string | null
}

export type BlockRow = { id: number; slug: string; status: 'published' | 'draft' | null; updatedAt: string }

export type LocalizedTexts = { title: string; summary: string; sourceTitle: string | null }

export type PlannedInitiative = {
  blockId: number
  position: number
  slug: string
  kind: string
  status: string
  publicationStatus: 'published' | 'draft'
  statusCheckedOn: string
  dates: { announced: string | null; adopted: string | null; inForce: string | null }
  keyDate: string | null
  link: string | null
  /** Texts by locale, only for locales that had a row (the default locale always has texts). */
  texts: Record<string, LocalizedTexts>
  /** What the editor should check, and anything the old row said that has no field of its own. */
  reviewNote: string
}

const DEFAULT_LOCALE = 'en'
const STATUSES = new Set(['proposed', 'in-negotiation', 'adopted', 'in-force', 'operating'])

/** The kind the name suggests; editors are asked to check it. */
export function inferKind(name: string): string {
  const rules: [RegExp, string][] = [
    [/\b(convention|treaty|protocol)\b/i, 'treaty'],
    [/\bresolutions?\b|A\/RES\//i, 'resolution'],
    [/\b(act|regulation|law|directive|bill|order|rule)\b/i, 'law'],
    [/\b(standards?|ISO\/IEC|framework \(|management systems?)\b/i, 'standard'],
    [/\b(code of (practice|conduct)|commitments?|pledge)\b/i, 'commitment'],
    [/\breport\b/i, 'report'],
    [/\b(declaration|statement|call|consensus|principles|recommendation)\b/i, 'declaration'],
    [/\b(panel|dialogue|office|institutes?|forum|organi[sz]ation|council|committee|agency|summit|partnership|group)\b/i, 'body'],
    [/\b(network|programme|program|initiative|fund)\b/i, 'programme'],
  ]
  return rules.find(([pattern]) => pattern.test(name))?.[1] ?? 'programme'
}

/** The same slug rule as the CMS's slug field: lower-case words joined by hyphens. */
export function slugOf(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 100)
    .replace(/-+$/, '')
  return slug || 'initiative'
}

const yearOf = (value: EffortRow['year']): string | null => {
  const year = typeof value === 'string' ? Number(value) : value
  return typeof year === 'number' && Number.isInteger(year) && year >= 1900 && year <= 2100 ? String(year) : null
}

const clean = (value: string | null | undefined): string | null => {
  const text = value?.trim()
  return text ? text : null
}

/**
 * One initiative per effort: rows of different locales at the same place in a
 * block's list are the same effort in other words (that is how the admin
 * edited them). `draftRows` are the rows of the block's newest version when it
 * is an unpublished draft: efforts only the draft has become draft initiatives,
 * and a draft's different wording is kept in the review note.
 */
export function planInitiatives(blocks: BlockRow[], rows: EffortRow[], draftRows: EffortRow[], takenSlugs: Iterable<string> = []): PlannedInitiative[] {
  const taken = new Set(takenSlugs)
  const uniqueSlug = (base: string, block: BlockRow, position: number) => {
    let slug = base
    if (taken.has(slug)) slug = `${base}-${block.slug}`.slice(0, 120)
    if (taken.has(slug)) slug = `${base}-${block.slug}-${position}`.slice(0, 120)
    for (let n = 2; taken.has(slug); n += 1) slug = `${base}-${n}`
    taken.add(slug)
    return slug
  }
  const blockById = new Map(blocks.map((block) => [block.id, block]))
  const group = (list: EffortRow[]) => {
    const efforts = new Map<string, EffortRow[]>()
    for (const row of list) {
      const key = `${row.blockId}:${row.position}`
      efforts.set(key, [...(efforts.get(key) ?? []), row])
    }
    return efforts
  }
  const published = group(rows)
  const drafts = group(draftRows)
  const plans: PlannedInitiative[] = []

  const plan = (key: string, localeRows: EffortRow[], draftOnly: boolean, draftVersion: EffortRow[] | undefined) => {
    const first = localeRows.find((row) => row.locale === DEFAULT_LOCALE) ?? localeRows[0]
    const block = blockById.get(first?.blockId ?? -1)
    if (!first || !block) return
    const name = clean(first.initiative) ?? `Current effort ${first.position} of ${block.slug}`
    const status = first.status && STATUSES.has(first.status) ? first.status : 'adopted'
    const year = yearOf(first.year)
    const announcedFirst = status === 'proposed' || status === 'in-negotiation'
    const dates = { announced: announcedFirst ? year : null, adopted: announcedFirst ? null : year, inForce: null }
    const texts: Record<string, LocalizedTexts> = {}
    for (const row of localeRows) {
      const title = clean(row.initiative)
      if (!title) continue
      texts[row.locale] = { title, summary: clean(row.note) ?? title, sourceTitle: clean(row.link) ? title : null }
    }
    // The default language must have texts: the admin requires them there.
    if (!texts[DEFAULT_LOCALE]) texts[DEFAULT_LOCALE] = { title: name, summary: clean(first.note) ?? name, sourceTitle: clean(first.link) ? name : null }

    const notes = [
      `Moved from the current efforts of the building block "${block.slug}" (item ${first.position}). Check the kind (guessed: ${inferKind(name)}), the status, the dates and the sources, then add the actors.`,
    ]
    if (!first.status || !STATUSES.has(first.status)) notes.push('It had no status; "adopted" was set.')
    if (year) notes.push(`Its year was ${year}; it is now the ${announcedFirst ? 'announcement' : 'adoption'} date.`)
    const actors = [...new Set(localeRows.map((row) => clean(row.actors)).filter((text): text is string => text !== null))]
    if (actors.length) notes.push(`Actors as written: ${actors.join(' / ')}`)
    if (draftOnly) notes.push('It was in an unpublished draft of the block only, so it is a draft here too.')
    if (draftVersion && !draftOnly) {
      const changed = draftVersion.filter((row) => {
        const same = localeRows.find((original) => original.locale === row.locale)
        return !same || same.initiative !== row.initiative || same.note !== row.note || same.status !== row.status || String(same.year) !== String(row.year) || same.link !== row.link
      })
      for (const row of changed) {
        notes.push(
          `An unpublished draft of the block (${row.locale}) said: ${[row.initiative, row.actors, row.year, row.status, row.link, row.note].filter((part) => part !== null && part !== '').join(' · ')}`,
        )
      }
    }
    plans.push({
      blockId: block.id,
      position: first.position,
      slug: uniqueSlug(slugOf(name), block, first.position),
      kind: inferKind(name),
      status,
      publicationStatus: draftOnly || block.status !== 'published' ? 'draft' : 'published',
      statusCheckedOn: new Date(block.updatedAt).toISOString(),
      dates,
      keyDate: dates.inForce ?? dates.adopted ?? dates.announced,
      link: clean(first.link),
      texts,
      reviewNote: notes.join('\n').slice(0, 2000),
    })
    void key
  }

  for (const [key, localeRows] of published) plan(key, localeRows, false, drafts.get(key))
  for (const [key, localeRows] of drafts) if (!published.has(key)) plan(key, localeRows, true, undefined)
  return plans.sort((a, b) => a.blockId - b.blockId || a.position - b.position)
}
