'use client'

import { translationStateOf, type TranslationStatus } from '@global-ai-governance/content'

import { reasonOf, stateLabel, translatedLanguages } from './translationLabels'

/** The list views' "Translations" column: each language's state, with the reason on hover and for screen readers. */
export function TranslationCell({ rowData }: { rowData?: { translationStatus?: TranslationStatus | null } }) {
  const status = rowData?.translationStatus
  if (!status) return <span>—</span>
  return (
    <ul className="translation-cell">
      {translatedLanguages.map(({ code }) => {
        const state = translationStateOf(status, code)
        return (
          <li key={code} className={`translation-cell__item translation-cell__item--${state}`} title={reasonOf(status, code)}>
            <abbr title={`${code}: ${stateLabel[state]}. ${reasonOf(status, code)}`}>{code.toUpperCase()}</abbr>
            <span className="translation-cell__state">{state === 'up-to-date' ? '✓' : state === 'missing' ? '✗' : '!'}</span>
            <span className="translation-cell__sr">{stateLabel[state]}</span>
          </li>
        )
      })}
    </ul>
  )
}
