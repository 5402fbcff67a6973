import type { Locale } from '@global-ai-governance/content'
import { sitePaths } from '@global-ai-governance/content'

import { Breadcrumbs } from '@/components/common/Breadcrumbs'
import { SummaryList, type SummaryItem } from '@/components/common/SummaryList'
import { translator } from '@/lib/i18n'

type Risk = SummaryItem

export function RisksIndex({ risks, locale }: { risks: readonly Risk[]; locale: Locale }) {
  const t = translator(locale)
  return (
    <>
      <Breadcrumbs locale={locale} trail={[{ label: t('breadcrumbs.home'), href: sitePaths.home(locale) }, { label: t('risks.breadcrumb') }]} />
      <h1>{t('risks.title')}</h1>
      <p className="lede">{t('risks.lede')}</p>
      <p>
        <a href={sitePaths.matrix(locale)}>{t('buildingBlocks.matrixLink')}</a>
      </p>
      {risks.length ? <SummaryList items={risks} hrefOf={(slug) => sitePaths.risk(locale, slug)} /> : <p>{t('risks.empty')}</p>}
    </>
  )
}
