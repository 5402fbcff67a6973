'use client'

import { defaultLocale, translationStateOf, type Locale, type TranslationStatus } from '@global-ai-governance/content'
import { useFormFields, useLocale } from '@payloadcms/ui'

import { reasonOf, stateLabel, translatedLanguages } from './translationLabels'

/**
 * In the edit view's sidebar: where the language being edited stands (in
 * English, where every language stands), as the CMS computed it when the
 * document was read. Saving refreshes it.
 */
export function TranslationPanel() {
  const status = useFormFields(([fields]) => fields.translationStatus?.value) as TranslationStatus | null | undefined
  const { code } = useLocale()
  const locale = code as Locale
  if (!status) return null
  const shown = locale === defaultLocale ? translatedLanguages : translatedLanguages.filter((each) => each.code === locale)
  return (
    <section className="translation-panel" aria-labelledby="translation-panel-heading">
      <h3 id="translation-panel-heading">Translation</h3>
      <ul>
        {shown.map(({ code: each, label }) => {
          const state = translationStateOf(status, each)
          return (
            <li key={each} className={`translation-panel__item translation-panel__item--${state}`}>
              <strong>
                {label}: {stateLabel[state]}
              </strong>
              {state === 'up-to-date' ? null : <p>{reasonOf(status, each)}</p>}
            </li>
          )
        })}
      </ul>
    </section>
  )
}
