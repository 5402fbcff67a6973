import { fallbackAttrs } from './TranslationNotice'

/** `lang: 'en'`: the item's title and summary are the English fallback. */
export type SummaryItem = { id: number; title: string; slug: string; summary: string; lang?: 'en' | undefined }

/** An index: each item's title links to its page, with its one-paragraph summary beneath. */
export function SummaryList({ items, hrefOf }: { items: readonly SummaryItem[]; hrefOf: (slug: string) => string }) {
  return (
    <ul className="summary-list">
      {items.map((item) => (
        <li key={item.id} {...fallbackAttrs(item.lang)}>
          <h2>
            <a href={hrefOf(item.slug)}>{item.title}</a>
          </h2>
          <p>{item.summary}</p>
        </li>
      ))}
    </ul>
  )
}
