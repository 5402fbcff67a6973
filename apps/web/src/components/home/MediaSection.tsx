import type { MediaEntry } from '@global-ai-governance/content'

const kindLabel: Record<MediaEntry['kind'], string> = { film: 'Film', podcast: 'Podcast', episode: 'Episode' }

export function MediaSection({ heading, entries }: { heading?: string | null; entries: MediaEntry[] }) {
  if (entries.length === 0) return null
  return (
    <section aria-labelledby={heading ? 'media-heading' : undefined} aria-label={heading ? undefined : 'Films and podcasts'}>
      {heading ? <h2 id="media-heading">{heading}</h2> : null}
      {entries.map((entry) => (
        <article key={entry.id} aria-labelledby={`media-${entry.slug}`}>
          <h2 id={`media-${entry.slug}`}>{entry.title}</h2>
          <p className="secondary">
            <strong>{kindLabel[entry.kind]}</strong>
            {entry.publisher ? ` · ${entry.publisher}` : null}
            {entry.partners?.length ? ` with ${entry.partners.map((p) => p.name).join(', ')}` : null}
          </p>
          <p>{entry.summary}</p>
          {entry.questions?.length ? (
            <>
              <p>{entry.kind === 'podcast' ? 'This podcast addresses questions like:' : 'Questions addressed:'}</p>
              <ul className="plain-list">
                {entry.questions.map((q, index) => (
                  <li key={q.id ?? index}>{q.question}</li>
                ))}
              </ul>
            </>
          ) : null}
          {entry.watchUrl ? (
            <p>
              <a href={entry.watchUrl} rel="noopener noreferrer">
                {entry.kind === 'film' ? 'Watch' : 'Listen to'} {entry.title}
              </a>
            </p>
          ) : null}
        </article>
      ))}
    </section>
  )
}
