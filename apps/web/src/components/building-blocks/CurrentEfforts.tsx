import type { CurrentEffort, EffortStatus, Locale } from '@global-ai-governance/content'

import { fallbackAttrs } from '@/components/common/TranslationNotice'
import { safeLinkUrl } from '@/lib/embed'
import { translator } from '@/lib/i18n'

// The words editors choose from in the CMS (BuildingBlocks effortStatuses), shortened for readers
// (messages: buildingBlock.statuses).
export const effortStatusLabel = (locale: Locale, status: EffortStatus): string => translator(locale)(`buildingBlock.statuses.${status}`)

/** Initiatives under way: each with who leads it, when, how far it has got, and a note. */
export function CurrentEfforts({
  efforts,
  locale,
  lang,
}: {
  efforts: readonly CurrentEffort[] | null | undefined
  locale: Locale
  /** "en" when the efforts' text is the English fallback. */
  lang?: string | undefined
}) {
  const t = translator(locale)
  return (
    <section aria-labelledby="current-efforts-heading">
      <h2 id="current-efforts-heading">{t('buildingBlock.currentEfforts')}</h2>
      {efforts?.length ? (
        <ul className="effort-list">
          {efforts.map((effort, index) => {
            // Only https links leave the site; the CMS checks this too, the page does not rely on it.
            const href = safeLinkUrl(effort.link)
            return (
              <li key={effort.id ?? index}>
                <h3 {...fallbackAttrs(lang)}>{href ? <a href={href}>{effort.initiative}</a> : effort.initiative}</h3>
                <dl className="facts">
                  {effort.actors ? (
                    <div>
                      <dt>{t('buildingBlock.who')}</dt>
                      <dd {...fallbackAttrs(lang)}>{effort.actors}</dd>
                    </div>
                  ) : null}
                  {effort.year ? (
                    <div>
                      <dt>{t('buildingBlock.year')}</dt>
                      <dd>{effort.year}</dd>
                    </div>
                  ) : null}
                  {effort.status ? (
                    <div>
                      <dt>{t('buildingBlock.status')}</dt>
                      <dd>{effortStatusLabel(locale, effort.status)}</dd>
                    </div>
                  ) : null}
                </dl>
                {effort.note ? <p {...fallbackAttrs(lang)}>{effort.note}</p> : null}
              </li>
            )
          })}
        </ul>
      ) : (
        <p>{t('buildingBlock.noEfforts')}</p>
      )}
    </section>
  )
}
