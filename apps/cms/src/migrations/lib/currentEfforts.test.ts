import { inferKind, planInitiatives, slugOf, type BlockRow, type EffortRow } from './currentEfforts'

const blocks: BlockRow[] = [
  { id: 1, slug: 'red-lines', status: 'published', updatedAt: '2026-11-27T10:00:00.000Z' },
  { id: 2, slug: 'compliance-mechanisms', status: 'published', updatedAt: '2026-11-28T10:00:00.000Z' },
  { id: 3, slug: 'not-yet-public', status: 'draft', updatedAt: '2026-11-29T10:00:00.000Z' },
]

const row = (blockId: number, position: number, locale: string, fields: Partial<EffortRow> = {}): EffortRow => ({
  blockId,
  position,
  locale,
  initiative: `Effort ${blockId}.${position}`,
  actors: null,
  year: null,
  status: 'adopted',
  link: null,
  note: null,
  ...fields,
})

describe('planning the move of current efforts into initiatives', () => {
  it('makes one initiative per place in a block’s list, with each language’s words', () => {
    const plans = planInitiatives(blocks, [row(1, 1, 'en', { initiative: 'EU AI Act, Article 5', note: 'Prohibitions.' }), row(1, 1, 'fr', { initiative: 'Loi IA, article 5', note: 'Interdictions.' })], [])
    expect(plans).toHaveLength(1)
    expect(plans[0]).toMatchObject({
      blockId: 1,
      slug: 'eu-ai-act-article-5',
      publicationStatus: 'published',
      statusCheckedOn: '2026-11-27T10:00:00.000Z',
      texts: { en: { title: 'EU AI Act, Article 5', summary: 'Prohibitions.' }, fr: { title: 'Loi IA, article 5', summary: 'Interdictions.' } },
    })
  })

  it('keeps the year as the adoption date, or as the announcement of what is proposed or negotiated', () => {
    const [adopted, proposed] = planInitiatives(blocks, [row(1, 1, 'en', { year: '2024', status: 'in-force' }), row(1, 2, 'en', { year: 2025, status: 'proposed' })], [])
    expect(adopted!.dates).toEqual({ announced: null, adopted: '2024', inForce: null })
    expect(adopted!.keyDate).toBe('2024')
    expect(proposed!.dates).toEqual({ announced: '2025', adopted: null, inForce: null })
  })

  it('gives an effort without English words the words it has, and one without status "adopted", saying so', () => {
    const [plan] = planInitiatives(blocks, [row(1, 1, 'fr', { initiative: 'Appel mondial', status: null })], [])
    expect(plan!.texts.en!.title).toBe('Appel mondial')
    expect(plan!.status).toBe('adopted')
    expect(plan!.reviewNote).toContain('It had no status')
  })

  it('keeps the free-text actors and the link', () => {
    const [plan] = planInitiatives(blocks, [row(1, 1, 'en', { actors: 'European Union', link: 'https://eur-lex.europa.eu/eli/reg/2024/1689/oj' })], [])
    expect(plan!.reviewNote).toContain('Actors as written: European Union')
    expect(plan!.link).toBe('https://eur-lex.europa.eu/eli/reg/2024/1689/oj')
    expect(plan!.texts.en!.sourceTitle).toBe('Effort 1.1')
  })

  it('makes efforts of an unpublished block, and those only in a draft, drafts; a draft’s rewording goes in the note', () => {
    const plans = planInitiatives(
      blocks,
      [row(1, 1, 'en', { note: 'Published words.' }), row(3, 1, 'en')],
      [row(1, 1, 'en', { note: 'Draft words.' }), row(1, 2, 'en', { initiative: 'Only in the draft' })],
    )
    expect(plans.map((plan) => [plan.texts.en!.title, plan.publicationStatus])).toEqual([
      ['Effort 1.1', 'published'],
      ['Only in the draft', 'draft'],
      ['Effort 3.1', 'draft'],
    ])
    expect(plans[0]!.texts.en!.summary).toBe('Published words.')
    expect(plans[0]!.reviewNote).toContain('Draft words.')
  })

  it('never gives two initiatives the same slug', () => {
    const plans = planInitiatives(blocks, [row(1, 1, 'en', { initiative: 'EU AI Act' }), row(2, 1, 'en', { initiative: 'EU AI Act' }), row(2, 2, 'en', { initiative: 'EU AI Act' })], [], ['eu-ai-act'])
    expect(plans.map((plan) => plan.slug)).toEqual(['eu-ai-act-red-lines', 'eu-ai-act-compliance-mechanisms', 'eu-ai-act-compliance-mechanisms-2'])
  })

  it.each([
    ['Council of Europe Framework Convention on AI', 'treaty'],
    ['UN General Assembly resolution 78/265', 'resolution'],
    ['EU AI Act, Article 5: prohibited AI practices', 'law'],
    ['ISO/IEC 42001:2023, AI management systems', 'standard'],
    ['Frontier AI Safety Commitments', 'commitment'],
    ['International AI Safety Report', 'report'],
    ['Bletchley Declaration', 'declaration'],
    ['Independent International Scientific Panel on AI', 'body'],
    ['Something else entirely', 'programme'],
  ])('guesses the kind of %p as %p', (name, kind) => {
    expect(inferKind(name)).toBe(kind)
  })

  it('makes slugs the way the slug field does', () => {
    expect(slugOf('Déclaration de Beijing (IDAIS), 2024')).toBe('declaration-de-beijing-idais-2024')
    expect(slugOf('人工智能')).toBe('initiative')
  })
})
