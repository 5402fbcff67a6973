import type { BuildingBlockSummary, Locale, MediaEntry, Relation } from '@global-ai-governance/content'

import { Breadcrumbs } from '@/components/common/Breadcrumbs'
import { LinkedTitles } from '@/components/common/LinkedTitles'
import { fallbackAttrs, fallbackLang, TranslationNotice } from '@/components/common/TranslationNotice'
import { RichText } from '@/components/RichText'
import { translator } from '@/lib/i18n'
import { sitePaths } from '@global-ai-governance/content'

import { MediaByline, MediaPlayer, MediaQuestions, type MediaEntryContent } from './MediaParts'

/** What the page shows of a film, podcast or episode (as `getMediaEntry` selects it). */
export type MediaEntryPageContent = MediaEntryContent &
  Pick<MediaEntry, 'body'> & { relatedBuildingBlocks?: readonly Relation<BuildingBlockSummary>[] | null }

/** One film, podcast or episode: what it is, the questions it addresses, where to watch or listen, the blocks it relates to. */
export function MediaEntryPage({
  entry,
  locale,
  untranslated = false,
  inEnglish = {},
}: {
  entry: MediaEntryPageContent
  locale: Locale
  /** The title and summary are the English fallback (the notice says so). */
  untranslated?: boolean
  /** The body or the questions are the English fallback, each on its own. */
  inEnglish?: { body?: boolean; questions?: boolean }
}) {
  const t = translator(locale)
  const lang = fallbackLang(untranslated)
  return (
    <>
      <Breadcrumbs
        locale={locale}
        trail={[{ label: t('breadcrumbs.home'), href: sitePaths.home(locale) }, { label: t('media.label'), href: sitePaths.media(locale) }, { label: entry.title, lang }]}
      />
      <TranslationNotice locale={locale} untranslated={untranslated} />
      <h1 {...fallbackAttrs(lang)}>{entry.title}</h1>
      <MediaByline entry={entry} t={t} />
      <p className="lede" {...fallbackAttrs(lang)}>
        {entry.summary}
      </p>
      <RichText value={entry.body} locale={locale} lang={fallbackLang(inEnglish.body ?? untranslated)} />
      <MediaPlayer entry={entry} t={t} />
      <MediaQuestions entry={entry} t={t} headingId="questions-heading" lang={fallbackLang(inEnglish.questions ?? untranslated)} />
      <LinkedTitles
        id="related-blocks-heading"
        heading={t('media.relatedBlocks')}
        items={entry.relatedBuildingBlocks}
        hrefOf={(slug) => sitePaths.buildingBlock(locale, slug)}
        emptyText={t('media.noBlocks')}
      />
    </>
  )
}
