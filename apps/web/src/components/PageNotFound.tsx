import type { Locale } from '@global-ai-governance/content'
import { sitePaths } from '@global-ai-governance/content'

import { translator } from '@/lib/i18n'

/** What a visitor reads at an address that has no page: plain words and two ways on. */
export function PageNotFound({ locale }: { locale: Locale }) {
  const t = translator(locale)
  return (
    <>
      <h1>{t('notFound.title')}</h1>
      <p>{t('notFound.typed')}</p>
      <p>{t('notFound.pasted')}</p>
      <ul className="plain-list">
        <li>
          <a href={sitePaths.home(locale)}>{t('notFound.home')}</a>
        </li>
        <li>
          <a href={sitePaths.buildingBlocks(locale)}>{t('notFound.buildingBlocks')}</a>
        </li>
      </ul>
    </>
  )
}
