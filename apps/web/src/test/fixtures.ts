// Content as the CMS serves it, checked against the contract so the
// component tests cannot drift from what the API really returns.
import { homeSchema, mediaEntrySchema, siteSchema } from '@global-ai-governance/content'

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
