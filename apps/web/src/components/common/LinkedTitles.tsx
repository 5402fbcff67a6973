import { populatedOnly, type Relation } from '@global-ai-governance/content'

type Linkable = { id: number; title: string; slug: string }

/**
 * A titled list of links to related pages, or a sentence saying there are none
 * yet (a relation the reader may not see comes back as a bare id and is left out).
 */
export function LinkedTitles<T extends Linkable>({
  id,
  heading,
  items,
  hrefOf,
  emptyText,
}: {
  id: string
  heading: string
  items: readonly Relation<T>[] | null | undefined
  hrefOf: (slug: string) => string
  emptyText: string
}) {
  const linked = populatedOnly(items)
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{heading}</h2>
      {linked.length ? (
        <ul className="plain-list">
          {linked.map((item) => (
            <li key={item.id}>
              <a href={hrefOf(item.slug)}>{item.title}</a>
            </li>
          ))}
        </ul>
      ) : (
        <p>{emptyText}</p>
      )}
    </section>
  )
}
