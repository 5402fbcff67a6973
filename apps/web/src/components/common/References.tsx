import { type CitationSummary, populatedOnly, type Relation, sitePaths } from '@global-ai-governance/content'

import { shortCitation } from '@/lib/citations'
import { translator } from '@/lib/i18n'
import type { Locale } from '@global-ai-governance/content'

/** The works a page draws on, in the home page's short form, each linked to its full entry in the bibliography. */
export function References({ citations, locale }: { citations: readonly Relation<CitationSummary>[] | null | undefined; locale: Locale }) {
  const works = populatedOnly(citations)
  if (works.length === 0) return null
  return (
    <section aria-labelledby="references-heading">
      <h2 id="references-heading">{translator(locale)('references.heading')}</h2>
      <ul className="plain-list">
        {works.map((citation) => (
          <li key={citation.id}>
            <a href={sitePaths.reference(locale, citation.slug)}>{shortCitation(citation)}</a>
            {citation.title ? (
              <>
                : <cite>{citation.title}</cite>
              </>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  )
}
