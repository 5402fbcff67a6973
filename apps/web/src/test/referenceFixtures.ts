// The seed's three citations (apps/cms/src/seed/data.ts) as the CMS serves them,
// checked against the contract; plus media entries with embeds.
import { citationSchema, mediaEntrySchema } from '@global-ai-governance/content'

const stamp = { createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-02T00:00:00.000Z', _status: 'published' }

export const seededCitations = [
  citationSchema.parse({
    id: 11,
    ...stamp,
    slug: 'villalobos-maas-winter-2026',
    type: 'report',
    title: null,
    authors: [
      { id: 'a1', kind: 'person', family: 'Villalobos' },
      { id: 'a2', kind: 'person', family: 'Maas' },
      { id: 'a3', kind: 'person', family: 'Winter' },
    ],
    year: 2026,
  }),
  citationSchema.parse({
    id: 12,
    ...stamp,
    slug: 'maas-villalobos-2023',
    type: 'report',
    title: 'International AI Institutions: A Literature Review of Models, Examples, and Proposals',
    authors: [
      { id: 'b1', kind: 'person', given: 'Matthijs M.', family: 'Maas' },
      { id: 'b2', kind: 'person', given: 'José Jaime', family: 'Villalobos Ruiz' },
    ],
    year: 2023,
    containerTitle: 'AI Foundations Report',
    publisher: 'Legal Priorities Project',
    doi: '10.2139/ssrn.4579773',
  }),
  citationSchema.parse({
    id: 13,
    ...stamp,
    slug: 'cass-beggs-et-al-2024',
    type: 'paper',
    title: 'Framework Convention on Global AI Challenges',
    authors: [
      { id: 'c1', kind: 'person', given: 'Duncan', family: 'Cass-Beggs' },
      { id: 'c2', kind: 'person', given: 'Stephen', family: 'Clare' },
      { id: 'c3', kind: 'person', given: 'Dawn', family: 'Dimowo' },
      { id: 'c4', kind: 'person', given: 'Zaheed', family: 'Kara' },
    ],
    year: 2024,
    publisher: 'Centre for International Governance Innovation (CIGI)',
    note: 'Discussion paper of the Global AI Risks Initiative at CIGI; Duncan Cass-Beggs and Stephen Clare are the lead authors.',
  }),
]

/** A web page by an organisation, with a link and an access date. */
export const webpageCitation = citationSchema.parse({
  id: 14,
  ...stamp,
  slug: 'oecd-2024',
  type: 'webpage',
  title: 'OECD AI Principles',
  authors: [{ id: 'd1', kind: 'organization', name: 'OECD' }],
  year: 2024,
  containerTitle: 'OECD.AI',
  url: 'https://oecd.ai/en/ai-principles',
  accessed: '2026-11-20T00:00:00.000Z',
})

/**
 * Names and a title that BibTeX has to escape: accents, braces, &, %, $, # and _
 * (and a key longer than the old RIS limit of 20 characters).
 */
export const accentedCitation = citationSchema.parse({
  id: 15,
  ...stamp,
  slug: 'muller-odegard-et-al-2020',
  type: 'article-journal',
  title: 'Über {Braces} & 50% of $x$ — naïve_test #1: Ærø, São Paulo and Zürich',
  authors: [
    { id: 'e1', kind: 'person', given: 'Søren Ñ. {Jr} & 100%', family: 'Müller-Ødegård' },
    { id: 'e2', kind: 'organization', name: 'AT&T {Labs} 100%' },
    { id: 'e3', kind: 'person', given: 'José Jaime', family: 'Villalobos Ruiz' },
    { id: 'e4', kind: 'person', family: 'Dupré' },
  ],
  year: 2020,
  containerTitle: 'Revue d’Économie & Société',
})

export const filmWithEmbed = mediaEntrySchema.parse({
  id: 21,
  ...stamp,
  kind: 'film',
  title: 'Can Diplomats Save The World Again?',
  slug: 'can-diplomats-save-the-world-again',
  order: 1,
  summary: 'A film about three points across the last seventy years where diplomats chose the hope of the future.',
  partners: [],
  watchUrl: 'https://www.youtube.com/watch?v=abc123',
  embedUrl: 'https://www.youtube-nocookie.com/embed/abc123',
})

export const podcastWithoutEmbed = mediaEntrySchema.parse({
  id: 22,
  ...stamp,
  kind: 'podcast',
  title: 'ProHuman: Governing the Global AI Revolution',
  slug: 'prohuman-governing-the-global-ai-revolution',
  order: 2,
  summary: 'Global leaders ask AI experts urgent questions.',
  publisher: 'Foreign Policy',
  partners: [{ id: 'x', name: 'Future of Life Institute' }],
  watchUrl: 'https://foreignpolicy.com/podcasts/prohuman/',
  questions: [
    { id: 'q1', question: 'What guardrails are needed to ensure AI development is safe and beneficial for all of humanity?' },
    { id: 'q2', question: 'What are the red lines not to cross, and how can they be enforced?' },
  ],
})
