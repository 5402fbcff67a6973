// Content as the CMS serves it, checked against the contract so the
// component tests cannot drift from what the API really returns.
import { benefitSchema, buildingBlockSchema, homeSchema, mediaEntrySchema, riskSchema, siteSchema, type LexicalNode } from '@global-ai-governance/content'

const stamp = { createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-02T00:00:00.000Z' }

export const home = homeSchema.parse({
  id: 1,
  ...stamp,
  hero: {
    heading: 'The largest risks from AI will affect all of humanity.',
    lede: 'Current efforts, gaps and building blocks for an international AI governance framework.',
  },
  why: {
    heading: 'Why do we need global governance for AI?',
    reasons: [
      { id: 'r1', text: 'We need international coordination to ensure the benefits of AI are distributed across the globe.' },
      { id: 'r2', text: 'Risks and harms from AI are transboundary.' },
    ],
  },
  benefitsAndRisks: { heading: 'Benefits and risks of AI', benefitsHeading: 'Benefits', risksHeading: 'Risks' },
  buildingBlocks: {
    heading: 'Building blocks for an international governance regime',
    intro: 'To reduce the complexity of international AI governance, it is useful to divide it into components.',
    basis: 'Based on the findings of recent comparative analyses of analogous international governance regimes, we consider the following building blocks:',
    citations: [
      { id: 11, slug: 'villalobos-maas-winter-2026', year: 2026, authors: [{ kind: 'person', family: 'Villalobos' }, { kind: 'person', family: 'Maas' }, { kind: 'person', family: 'Winter' }] },
      {
        id: 12,
        slug: 'maas-villalobos-2023',
        year: 2023,
        title: 'International AI Institutions: A Literature Review of Models, Examples, and Proposals',
        authors: [{ kind: 'person', family: 'Maas', given: 'Matthijs M.' }, { kind: 'person', family: 'Villalobos Ruiz', given: 'José Jaime' }],
      },
    ],
  },
  media: { heading: null, entries: [22, 21] },
  sections: [
    { id: 's1', section: 'why' },
    { id: 's2', section: 'benefits-and-risks' },
    { id: 's3', section: 'building-blocks' },
    { id: 's4', section: 'media' },
    { id: 's5', section: 'contact' },
  ],
})

export const site = siteSchema.parse({
  id: 1,
  ...stamp,
  siteName: 'Global AI Governance',
  navigation: [
    { id: 'n1', label: 'Home', href: '/' },
    { id: 'n2', label: 'Building blocks', href: '/building-blocks' },
    { id: 'n3', label: 'Future of Life Institute', href: 'https://futureoflife.org/' },
  ],
  contact: {
    heading: 'Contact Us',
    people: [{ id: 'p1', name: 'José Jaime Villalobos' }, { id: 'p2', name: 'Ima (Imane) Bello' }],
    team: 'Multilateral Governance Team',
    organisation: 'Future of Life Institute',
    email: null,
  },
  footer: {
    closingLine: 'Global challenges require global coordination.',
    copyright: '© Future of Life Institute, 2025',
    maintainedBy: 'This website is maintained by the Future of Life Institute (FLI).',
  },
})

const summary = (id: number, title: string, slug: string, order: number) => ({ id, title, slug, order, summary: `${title}: what it means.` })

export const buildingBlocks = [
  summary(1, 'Red lines', 'red-lines', 1),
  summary(2, 'Safety standards', 'safety-standards', 2),
  summary(3, 'Technical cooperation', 'technical-cooperation', 3),
]
export const risks = [summary(31, 'Bias', 'bias', 1), summary(32, 'Loss of control', 'loss-of-control', 9)]
export const benefits = [summary(41, 'Scientific progress', 'scientific-progress', 1), summary(42, 'Health', 'health', 3)]

export const mediaEntries = [
  mediaEntrySchema.parse({
    id: 21,
    ...stamp,
    kind: 'film',
    title: 'Can Diplomats Save The World Again?',
    slug: 'can-diplomats-save-the-world-again',
    order: 1,
    summary: 'A film about three points across the last seventy years where diplomats chose the hope of the future.',
  }),
  mediaEntrySchema.parse({
    id: 22,
    ...stamp,
    kind: 'podcast',
    title: 'ProHuman: Governing the Global AI Revolution',
    slug: 'prohuman-governing-the-global-ai-revolution',
    order: 2,
    summary: 'Global leaders ask AI experts urgent questions.',
    publisher: 'Foreign Policy',
    partners: [{ id: 'x', name: 'Future of Life Institute' }],
    questions: [
      { id: 'q1', question: 'What guardrails are needed to ensure AI development is safe and beneficial for all of humanity?' },
      { id: 'q2', question: 'What are the red lines not to cross, and how can they be enforced?' },
    ],
  }),
]

// Lexical nodes as the editor writes them (only the keys the renderer reads, plus `version`).
export const text = (value: string, format = 0): LexicalNode => ({ type: 'text', text: value, format, detail: 0, mode: 'normal', style: '', version: 1 })
export const paragraph = (...children: LexicalNode[]): LexicalNode => ({ type: 'paragraph', children, direction: 'ltr', format: '', indent: 0, version: 1 })
export const link = (url: string, ...children: LexicalNode[]): LexicalNode => ({
  type: 'link',
  fields: { linkType: 'custom', url, newTab: false },
  children,
  direction: 'ltr',
  format: '',
  indent: 0,
  version: 3,
})
export const richText = (...children: LexicalNode[]) => ({ root: { type: 'root' as const, children, direction: 'ltr' as const, format: '', indent: 0, version: 1 } })

const citationSummaries = [
  { id: 11, slug: 'villalobos-maas-winter-2026', year: 2026, title: null, authors: [{ kind: 'person', family: 'Villalobos' }, { kind: 'person', family: 'Maas' }, { kind: 'person', family: 'Winter' }] },
  {
    id: 12,
    slug: 'maas-villalobos-2023',
    year: 2023,
    title: 'International AI Institutions: A Literature Review of Models, Examples, and Proposals',
    authors: [{ kind: 'person', family: 'Maas', given: 'Matthijs M.' }, { kind: 'person', family: 'Villalobos Ruiz', given: 'José Jaime' }],
    doi: '10.2139/ssrn.4579773',
  },
]

/** A building block read at depth 1: related risks, benefits and citations populated with their summaries. */
export const redLines = buildingBlockSchema.parse({
  ...buildingBlocks[0],
  ...stamp,
  _status: 'published',
  summary: 'Practices relating to AI that should be internationally prohibited.',
  body: richText(
    paragraph(text('Red lines are limits that should not be crossed, '), text('whoever', 1), text(' develops AI.')),
    { type: 'heading', tag: 'h2', children: [text('Why they must be shared')], version: 1 },
    paragraph(text('See the '), link('https://example.org/call', text('global call')), text('.')),
  ),
  initiatives: {
    docs: [
      { id: 31, title: 'Global Call for AI Red Lines', slug: 'global-call-for-ai-red-lines', kind: 'declaration', status: 'published', keyDate: '2025-09-22' },
      { id: 32, title: 'EU AI Act, Article 5', slug: 'eu-ai-act-article-5', kind: 'law', status: 'in-force', keyDate: '2025-02' },
    ],
    hasNextPage: false,
    totalDocs: 2,
  },
  gaps: [{ id: 'g1', gap: 'There is no agreement between states on which practices are prohibited.' }],
  analogousRegimes: [{ id: 'a1', regime: 'Biological Weapons Convention', lesson: 'A red line needs a way to check it.' }],
  relatedRisks: [risks[1], risks[0]],
  relatedBenefits: [benefits[1]],
  citations: citationSummaries,
  seo: { title: null, description: 'Red lines for AI, agreed between states.' },
})

/** A risk read at depth 1 with its `buildingBlocks` join. */
export const bias = riskSchema.parse({
  ...risks[0],
  ...stamp,
  summary: 'AI systems can reproduce and amplify unfair treatment.',
  body: richText(paragraph(text('Bias crosses borders with the systems that carry it.'))),
  buildingBlocks: { docs: [buildingBlocks[1], buildingBlocks[2]], hasNextPage: false },
  citations: [citationSummaries[1]],
})

/** A benefit read at depth 1 with its SDGs and `buildingBlocks` join. */
export const health = benefitSchema.parse({
  ...benefits[1],
  ...stamp,
  summary: 'Better diagnosis and treatment, shared across countries.',
  body: null,
  sdgs: [3, 10],
  buildingBlocks: { docs: [buildingBlocks[2]], hasNextPage: false },
  citations: [],
})
