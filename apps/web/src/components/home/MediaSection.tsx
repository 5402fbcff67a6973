import type { Locale, MediaEntry } from '@global-ai-governance/content'

import { fallbackAttrs } from '@/components/common/TranslationNotice'
import { translator } from '@/lib/i18n'

/** `lang`: "en" when the heading is the English fallback. */
export function MediaSection({ heading, entries, locale, lang }: { heading?: string | null; entries: MediaEntry[]; locale: Locale; lang?: 'en' | undefined }) {
  if (entries.length === 0) return null
  const t = translator(locale)
  return (
    <section aria-labelledby={heading ? 'media-heading' : undefined} aria-label={heading ? undefined : t('media.label')}>
      {heading ? (
        <h2 id="media-heading" {...fallbackAttrs(lang)}>
          {heading}
        </h2>
      ) : null}
      {entries.map((entry) => (
        // dir="auto": an entry not yet translated reads left to right on an Arabic page.
        <article key={entry.id} aria-labelledby={`media-${entry.slug}`} dir="auto">
          <h2 id={`media-${entry.slug}`}>{entry.title}</h2>
          <p className="secondary">
            <strong>{t(`media.kinds.${entry.kind}`)}</strong>
            {entry.publisher ? ` · ${entry.publisher}` : null}
            {entry.partners?.length ? ` ${t('media.withPartners', { partners: entry.partners.map((p) => p.name).join(', ') })}` : null}
          </p>
          <p>{entry.summary}</p>
          {entry.questions?.length ? (
            <>
              <p>{entry.kind === 'podcast' ? t('media.podcastQuestions') : t('media.questions')}</p>
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
                {entry.kind === 'film' ? t('media.watch', { title: entry.title }) : t('media.listen', { title: entry.title })}
              </a>
            </p>
          ) : null}
        </article>
      ))}
    </section>
  )
}
