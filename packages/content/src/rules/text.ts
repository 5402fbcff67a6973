/**
 * How long each kind of text may be. The CMS sets these as the fields'
 * `maxLength` and the public schemas as their `max`, so the site never meets
 * text longer than an editor could save.
 */
export const textLimits = {
  /** Titles of documents. */
  title: 200,
  /** One-paragraph summaries and definitions. */
  summary: 1200,
  /** A section heading, or a one-line sentence (the site's tagline, its copyright line). */
  heading: 200,
  /** A short label such as "Benefits" beside a heading. */
  label: 120,
  /** The home page's opening sentence. */
  lede: 400,
  /** Names of people, organisations and publishers. */
  name: 200,
  /** One line: an initiative, its actors, an analogous regime. */
  line: 300,
  /** A question a film or podcast addresses. */
  question: 400,
  /** A paragraph of plain text: a gap, a lesson, a note, a reason. */
  paragraph: 1200,
  /** The title of a cited work. */
  workTitle: 400,
  /** A given or family name of an author. */
  personName: 120,
  /** A page title for search engines and link previews. */
  seoTitle: 70,
  /** A page description for search engines and link previews. */
  seoDescription: 200,
  /** A link in the site's main menu. */
  menuLabel: 60,
  /** A note on a cited work. */
  note: 1000,
  /** An image's caption. */
  caption: 600,
} as const

/** A text of at most `limit` characters, as the CMS lets editors save it. */
export type TextLimit = keyof typeof textLimits
