import type { Locale, PageUpdates as Updates } from '@global-ai-governance/content'

import { formatDay } from '@/lib/dates'
import { translator } from '@/lib/i18n'

/**
 * "Last updated" and, when editors wrote change notes, the list of published
 * updates, as GOV.UK pages show them. A <details> element: it opens without
 * JavaScript, and a screen reader announces it as a disclosure.
 */
export function PageUpdates({ updates, locale }: { updates: Updates | null; locale: Locale }) {
  if (!updates) return null
  const t = translator(locale)
  const lastUpdated = <time dateTime={updates.lastUpdated}>{formatDay(locale, updates.lastUpdated)}</time>
  return (
    <section className="page-updates" aria-label={t('updates.label')}>
      <p className="page-updates__last">{t.rich('updates.lastUpdated', { date: () => lastUpdated })}</p>
      {updates.updates.length > 0 ? (
        <details className="page-updates__all">
          <summary>{t('updates.showAll', { count: updates.updates.length })}</summary>
          <ol className="page-updates__list">
            {updates.updates.map((update) => (
              <li key={`${update.publishedAt}-${update.note}`}>
                <time dateTime={update.publishedAt}>{formatDay(locale, update.publishedAt)}</time>
                <span className="page-updates__note">{update.note}</span>
              </li>
            ))}
          </ol>
        </details>
      ) : null}
    </section>
  )
}
