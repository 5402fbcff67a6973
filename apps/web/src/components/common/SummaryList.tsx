type Item = { id: number; title: string; slug: string; summary: string }

/** An index: each item's title links to its page, with its one-paragraph summary beneath. */
export function SummaryList({ items, hrefOf }: { items: readonly Item[]; hrefOf: (slug: string) => string }) {
  return (
    <ul className="summary-list">
      {items.map((item) => (
        <li key={item.id}>
          <h2>
            <a href={hrefOf(item.slug)}>{item.title}</a>
          </h2>
          <p>{item.summary}</p>
        </li>
      ))}
    </ul>
  )
}
