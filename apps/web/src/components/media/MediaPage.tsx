import type { Locale, MediaEntry } from '@global-ai-governance/content'

import { Breadcrumbs } from '@/components/common/Breadcrumbs'
import { translator, type Translator } from '@/lib/i18n'
import { safeEmbedUrl, safeLinkUrl } from '@/lib/embed'
import { sitePaths } from '@global-ai-governance/content'

import { ClickToLoadEmbed } from './ClickToLoadEmbed'

type Entry = Pick<MediaEntry, 'id' | 'kind' | 'title' | 'slug' | 'summary'> &
  Partial<Pick<MediaEntry, 'publisher' | 'partners' | 'questions' | 'watchUrl' | 'embedUrl'>>

function MediaItem({ entry, t }: { entry: Entry; t: Translator }) {
  const embed = safeEmbedUrl(entry.embedUrl)
  // The plain link: the public page, else the player itself; always there when either exists.
  const link = safeLinkUrl(entry.watchUrl) ?? embed?.href ?? null
  const partners = (entry.partners ?? []).map((partner) => partner.name)
  return (
    // dir="auto": an entry not yet translated reads left to right on an Arabic page.
    <article aria-labelledby={`media-${entry.slug}`} id={entry.slug} dir="auto">
      <h2 id={`media-${entry.slug}`}>{entry.title}</h2>
      <p className="secondary">
        <strong>{t(`media.kinds.${entry.kind}`)}</strong>
        {entry.publisher ? ` · ${entry.publisher}` : null}
        {partners.length ? ` · ${t('media.withPartners', { partners: partners.join(', ') })}` : null}
      </p>
      <p>{entry.summary}</p>
      {entry.questions?.length ? (
        <>
          <p>{t('media.questionsItAddresses')}</p>
          <ul>
            {entry.questions.map((q, index) => (
              <li key={q.id ?? index}>{q.question}</li>
            ))}
          </ul>
        </>
      ) : null}
      {embed ? <ClickToLoadEmbed src={embed.href} title={entry.title} label={t('media.play', { title: entry.title, host: embed.hostname })} /> : null}
      {link ? (
        <p>
          <a href={link} rel="noopener noreferrer">
            {t(entry.kind === 'film' ? 'media.watch' : 'media.listen', { title: entry.title })}
          </a>
        </p>
      ) : null}
    </article>
  )
}

/** Every published film and podcast, in editorial order. */
export function MediaPage({ entries, locale }: { entries: readonly Entry[]; locale: Locale }) {
  const t = translator(locale)
  return (
    <>
      <Breadcrumbs trail={[{ label: t('breadcrumbs.home'), href: sitePaths.home(locale) }, { label: t('media.label') }]} locale={locale} />
      <h1>{t('media.label')}</h1>
      <p className="lede">{t('media.lede')}</p>
      {entries.length ? entries.map((entry) => <MediaItem key={entry.id} entry={entry} t={t} />) : <p>{t('media.empty')}</p>}
    </>
  )
}
