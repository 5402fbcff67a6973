import type { MediaEntry } from '@global-ai-governance/content'

import { fallbackAttrs } from '@/components/common/TranslationNotice'
import { safeEmbedUrl, safeLinkUrl } from '@/lib/embed'
import type { Translator } from '@/lib/i18n'

import { ClickToLoadEmbed } from './ClickToLoadEmbed'

/** What the media pages show of an entry. */
export type MediaEntryContent = Pick<MediaEntry, 'id' | 'kind' | 'title' | 'slug' | 'summary'> &
  Partial<Pick<MediaEntry, 'publisher' | 'partners' | 'questions' | 'watchUrl' | 'embedUrl'>>

/** "Podcast · Foreign Policy · with Future of Life Institute". */
export function MediaByline({ entry, t }: { entry: MediaEntryContent; t: Translator }) {
  const partners = (entry.partners ?? []).map((partner) => partner.name)
  return (
    <p className="secondary">
      <strong>{t(`media.kinds.${entry.kind}`)}</strong>
      {entry.publisher ? ` · ${entry.publisher}` : null}
      {partners.length ? ` · ${t('media.withPartners', { partners: partners.join(', ') })}` : null}
    </p>
  )
}

/** The questions an entry addresses, as a list after a lead-in (or under a heading on its own page). */
export function MediaQuestions({ entry, t, headingId, lang }: { entry: MediaEntryContent; t: Translator; headingId?: string; lang?: string }) {
  if (!entry.questions?.length) return null
  const list = (
    <ul {...fallbackAttrs(lang)}>
      {entry.questions.map((q, index) => (
        <li key={q.id ?? index}>{q.question}</li>
      ))}
    </ul>
  )
  if (!headingId) {
    return (
      <>
        <p>{t('media.questionsItAddresses')}</p>
        {list}
      </>
    )
  }
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t('media.questionsHeading')}</h2>
      {list}
    </section>
  )
}

/**
 * The player, loaded only when the visitor asks for it, and the plain link (the
 * public page, else the player itself), always there when either exists.
 */
export function MediaPlayer({ entry, t }: { entry: MediaEntryContent; t: Translator }) {
  const embed = safeEmbedUrl(entry.embedUrl)
  const link = safeLinkUrl(entry.watchUrl) ?? embed?.href ?? null
  return (
    <>
      {embed ? <ClickToLoadEmbed src={embed.href} title={entry.title} label={t('media.play', { title: entry.title, host: embed.hostname })} /> : null}
      {link ? (
        <p>
          <a href={link} rel="noopener noreferrer">
            {t(entry.kind === 'film' ? 'media.watch' : 'media.listen', { title: entry.title })}
          </a>
        </p>
      ) : null}
    </>
  )
}
