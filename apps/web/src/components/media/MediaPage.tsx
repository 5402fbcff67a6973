import type { Locale } from '@global-ai-governance/content'

import { Breadcrumbs } from '@/components/common/Breadcrumbs'
import { translator, type Translator } from '@/lib/i18n'
import { sitePaths } from '@global-ai-governance/content'

import { MediaByline, MediaPlayer, MediaQuestions, type MediaEntryContent } from './MediaParts'

function MediaItem({ entry, t, locale }: { entry: MediaEntryContent; t: Translator; locale: Locale }) {
  return (
    // dir="auto": an entry not yet translated reads left to right on an Arabic page.
    <article aria-labelledby={`media-${entry.slug}`} id={entry.slug} dir="auto">
      <h2 id={`media-${entry.slug}`}>
        <a href={sitePaths.mediaEntry(locale, entry.slug)}>{entry.title}</a>
      </h2>
      <MediaByline entry={entry} t={t} />
      <p>{entry.summary}</p>
      <MediaQuestions entry={entry} t={t} />
      <MediaPlayer entry={entry} t={t} />
    </article>
  )
}

/** Every published film and podcast, in editorial order, each linking to its own page. */
export function MediaPage({ entries, locale }: { entries: readonly MediaEntryContent[]; locale: Locale }) {
  const t = translator(locale)
  return (
    <>
      <Breadcrumbs trail={[{ label: t('breadcrumbs.home'), href: sitePaths.home(locale) }, { label: t('media.label') }]} locale={locale} />
      <h1>{t('media.label')}</h1>
      <p className="lede">{t('media.lede')}</p>
      {entries.length ? entries.map((entry) => <MediaItem key={entry.id} entry={entry} t={t} locale={locale} />) : <p>{t('media.empty')}</p>}
    </>
  )
}
