import actorFixture from '../__fixtures__/actor.json'
import benefitFixture from '../__fixtures__/benefit.json'
import buildingBlockFixture from '../__fixtures__/building-block.json'
import citationFixture from '../__fixtures__/citation.json'
import homeFixture from '../__fixtures__/home.json'
import initiativeFixture from '../__fixtures__/initiative.json'
import mediaEntryFixture from '../__fixtures__/media-entry.json'
import mediaFixture from '../__fixtures__/media.json'
import riskFixture from '../__fixtures__/risk.json'
import siteFixture from '../__fixtures__/site.json'
import {
  actorSchema,
  actorSummarySchema,
  benefitSchema,
  benefitSummarySchema,
  buildingBlockSchema,
  buildingBlockSummarySchema,
  citationSchema,
  citationSummarySchema,
  collectionSchemas,
  globalSchemas,
  homeSchema,
  initiativeSchema,
  initiativeSummarySchema,
  mediaEntrySchema,
  mediaEntrySummarySchema,
  mediaSchema,
  populatedFields,
  richTextSchema,
  riskSchema,
  riskSummarySchema,
  schemaKeys,
  siteSchema,
  type BuildingBlock,
} from './index'

const clone = <T>(value: T): T => structuredClone(value)

describe('fixtures shaped like Payload REST answers', () => {
  it.each([
    ['building-blocks', buildingBlockSchema, buildingBlockFixture],
    ['risks', riskSchema, riskFixture],
    ['benefits', benefitSchema, benefitFixture],
    ['citations', citationSchema, citationFixture],
    ['media-entries', mediaEntrySchema, mediaEntryFixture],
    ['initiatives', initiativeSchema, initiativeFixture],
    ['actors', actorSchema, actorFixture],
    ['media', mediaSchema, mediaFixture],
    ['home', homeSchema, homeFixture],
    ['site', siteSchema, siteFixture],
  ] as const)('%s parses without losing a field', (_name, schema, fixture) => {
    const parsed = schema.parse(clone(fixture))
    expect(parsed).toEqual(fixture)
  })

  it('schemaKeys lists every top-level key the REST answer carries', () => {
    const cases = [
      [buildingBlockSchema, buildingBlockFixture],
      [riskSchema, riskFixture],
      [benefitSchema, benefitFixture],
      [citationSchema, citationFixture],
      [mediaEntrySchema, mediaEntryFixture],
      [initiativeSchema, initiativeFixture],
      [actorSchema, actorFixture],
      [mediaSchema, mediaFixture],
      [homeSchema, homeFixture],
      [siteSchema, siteFixture],
    ] as const
    for (const [schema, fixture] of cases) {
      expect(schemaKeys(schema).sort()).toEqual(expect.arrayContaining(Object.keys(fixture).sort()))
    }
    expect(schemaKeys(buildingBlockSchema).sort()).toEqual(Object.keys(buildingBlockFixture).sort())
    expect(schemaKeys(homeSchema)).toEqual(
      expect.arrayContaining(['id', 'hero', 'why', 'benefitsAndRisks', 'buildingBlocks', 'media', 'sections', 'globalType']),
    )
  })

  it('maps REST slugs to schemas, with no users collection', () => {
    expect(Object.keys(collectionSchemas).sort()).toEqual(
      ['actors', 'benefits', 'building-blocks', 'citations', 'initiatives', 'media', 'media-entries', 'risks'].sort(),
    )
    expect(Object.keys(globalSchemas).sort()).toEqual(['home', 'site'])
    expect(collectionSchemas['building-blocks']).toBe(buildingBlockSchema)
    expect('users' in collectionSchemas).toBe(false)
  })
})

describe('what an anonymous reader may get', () => {
  it('accepts relationships as bare ids (depth 0) and mixed with populated summaries', () => {
    const depth0 = {
      ...clone(buildingBlockFixture),
      relatedRisks: [9, 12],
      relatedBenefits: [3],
      citations: [2],
      seo: { title: null, description: null, image: 3 },
    }
    const parsed: BuildingBlock = buildingBlockSchema.parse(depth0)
    expect(parsed.relatedRisks).toEqual([9, 12])
    expect(buildingBlockSchema.parse(buildingBlockFixture).relatedRisks).toEqual([
      { id: 9, title: 'Loss of control', slug: 'loss-of-control', summary: 'AI systems acting beyond human oversight.', order: 9 },
      12,
    ])
  })

  it('accepts optional fields as null or absent', () => {
    const sparse: Record<string, unknown> = clone(buildingBlockFixture)
    for (const key of ['body', 'currentEfforts', 'gaps', 'analogousRegimes', 'relatedRisks', 'relatedBenefits', 'citations', 'seo', '_status']) {
      delete sparse[key]
    }
    expect(buildingBlockSchema.safeParse(sparse).success).toBe(true)
    expect(buildingBlockSchema.safeParse({ ...sparse, body: null, gaps: null, seo: null, _status: null }).success).toBe(true)
    expect(riskSchema.safeParse({ ...clone(riskFixture), buildingBlocks: undefined }).success).toBe(true)
  })

  it('tolerates fields it does not know (additive CMS changes) and drops them', () => {
    const parsed = riskSchema.parse({ ...clone(riskFixture), addedLater: 'x' })
    expect(parsed).not.toHaveProperty('addedLater')
  })

  it('keeps unknown keys of populated summaries out, but requires the defaultPopulate keys', () => {
    const populatedWithExtra = { ...(clone(riskFixture).buildingBlocks.docs[0] as object), updatedAt: '2026-11-27T09:12:44.518Z' }
    const ok = riskSchema.safeParse({ ...clone(riskFixture), buildingBlocks: { docs: [populatedWithExtra], hasNextPage: false } })
    expect(ok.success).toBe(true)
    const withoutSlug = { id: 2, title: 'Safety standards', summary: 'x', order: 2 }
    const bad = riskSchema.safeParse({ ...clone(riskFixture), buildingBlocks: { docs: [withoutSlug], hasNextPage: false } })
    expect(bad.success).toBe(false)
  })

  it('requires the join envelope', () => {
    expect(riskSchema.safeParse({ ...clone(riskFixture), buildingBlocks: [4] }).success).toBe(false)
    expect(riskSchema.safeParse({ ...clone(riskFixture), buildingBlocks: { docs: [4] } }).success).toBe(false)
  })

  it('rejects wrong types, enums and ranges', () => {
    expect(buildingBlockSchema.safeParse({ ...clone(buildingBlockFixture), id: '1' }).success).toBe(false)
    expect(buildingBlockSchema.safeParse({ ...clone(buildingBlockFixture), updatedAt: 'yesterday' }).success).toBe(false)
    expect(buildingBlockSchema.safeParse({ ...clone(buildingBlockFixture), _status: 'archived' }).success).toBe(false)
    expect(benefitSchema.safeParse({ ...clone(benefitFixture), sdgs: [18] }).success).toBe(false)
    expect(citationSchema.safeParse({ ...clone(citationFixture), type: 'tweet' }).success).toBe(false)
    expect(mediaEntrySchema.safeParse({ ...clone(mediaEntryFixture), kind: 'radio' }).success).toBe(false)
    expect(homeSchema.safeParse({ ...clone(homeFixture), sections: [{ section: 'footer' }] }).success).toBe(false)
    const { summary: _summary, ...noSummary } = clone(buildingBlockFixture)
    expect(buildingBlockSchema.safeParse(noSummary).success).toBe(false)
  })

  it('accepts media that is not an image (no sizes) and rejects a poster of the wrong shape', () => {
    const pdf = {
      ...clone(mediaFixture),
      mimeType: 'application/pdf',
      width: null,
      height: null,
      alt: null,
      sizes: { thumbnail: { url: null, width: null, height: null, mimeType: null, filesize: null, filename: null } },
    }
    expect(mediaSchema.safeParse(pdf).success).toBe(true)
    expect(mediaEntrySchema.safeParse({ ...clone(mediaEntryFixture), poster: { id: 3 } }).success).toBe(false)
    expect(mediaEntrySchema.safeParse({ ...clone(mediaEntryFixture), poster: null }).success).toBe(true)
  })

  it('requires the required fields of global groups', () => {
    const home = clone(homeFixture) as { hero: Partial<typeof homeFixture.hero> }
    delete home.hero.heading
    expect(homeSchema.safeParse(home).success).toBe(false)
    expect(siteSchema.safeParse({ ...clone(siteFixture), footer: { copyright: null } }).success).toBe(false)
  })
})

describe('richTextSchema (Lexical)', () => {
  it('keeps every node key and nested children', () => {
    const parsed = richTextSchema.parse(clone(buildingBlockFixture.body))
    expect(parsed).toEqual(buildingBlockFixture.body)
    const link = parsed.root.children[0]?.children?.[1]
    expect(link).toMatchObject({ type: 'link', fields: { url: 'https://red-lines.ai' } })
  })

  it('rejects a root that is not a root, and nodes without a type at any depth', () => {
    expect(richTextSchema.safeParse({ root: { type: 'paragraph', children: [] } }).success).toBe(false)
    expect(richTextSchema.safeParse({ root: { type: 'root' } }).success).toBe(false)
    expect(richTextSchema.safeParse('<p>html</p>').success).toBe(false)
    const nested = clone(buildingBlockFixture.body) as { root: { children: { children: Record<string, unknown>[] }[] } }
    delete nested.root.children[0]!.children[1]!.type
    const result = richTextSchema.safeParse(nested)
    expect(result.success).toBe(false)
    expect(result.error?.issues[0]?.path).toEqual(['root', 'children', 0, 'children', 1, 'type'])
  })
})

describe('populated relations', () => {
  test('each summary schema has exactly the fields the CMS populates (populatedFields, its defaultPopulate), and the id', () => {
    const summaries = {
      'building-blocks': buildingBlockSummarySchema,
      risks: riskSummarySchema,
      benefits: benefitSummarySchema,
      citations: citationSummarySchema,
      'media-entries': mediaEntrySummarySchema,
      initiatives: initiativeSummarySchema,
      actors: actorSummarySchema,
    } as const
    for (const [collection, schema] of Object.entries(summaries)) {
      expect({ collection, keys: Object.keys(schema.shape).sort() }).toEqual({
        collection,
        keys: ['id', ...Object.keys(populatedFields[collection as keyof typeof populatedFields])].sort(),
      })
    }
  })
})
