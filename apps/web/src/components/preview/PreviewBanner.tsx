import type { Locale } from '@global-ai-governance/content'

import { formatDayAndTime } from '@/lib/dates'
import { translator } from '@/lib/i18n'

import { ExitPreviewForm } from './ExitPreviewForm'

/** Shown on every page while a staff member previews drafts: what this is, and the way out. */
export function PreviewBanner({ locale }: { locale: Locale }) {
  const t = translator(locale)
  return (
    <div className="preview-banner" role="region" aria-label={t('preview.label')}>
      <div className="page-width preview-banner__inner">
        <p>
          <strong className="preview-banner__tag">{t('preview.label')}</strong> {t('preview.explain')}
        </p>
        <ExitPreviewForm label={t('preview.exit')} />
      </div>
    </div>
  )
}

/** When the draft on this page was last saved, in the visitor's language (UTC, as the CMS shows it). */
export function DraftSavedAt({ savedAt, locale }: { savedAt: string | null | undefined; locale: Locale }) {
  if (!savedAt) return null
  const time = formatDayAndTime(locale, savedAt)
  return (
    <p className="preview-saved-at">
      {translator(locale)('preview.savedAt', { time: `${time} UTC` })}
    </p>
  )
}
