import type { Locale } from '@global-ai-governance/content'
import { sitePaths } from '@global-ai-governance/content'

import { Breadcrumbs } from '@/components/common/Breadcrumbs'
import { SummaryList, type SummaryItem } from '@/components/common/SummaryList'
import { translator } from '@/lib/i18n'

type Benefit = SummaryItem

export function BenefitsIndex({ benefits, locale }: { benefits: readonly Benefit[]; locale: Locale }) {
  const t = translator(locale)
  return (
    <>
      <Breadcrumbs locale={locale} trail={[{ label: t('breadcrumbs.home'), href: sitePaths.home(locale) }, { label: t('benefits.breadcrumb') }]} />
      <h1>{t('benefits.title')}</h1>
      <p className="lede">{t('benefits.lede')}</p>
      {benefits.length ? <SummaryList items={benefits} hrefOf={(slug) => sitePaths.benefit(locale, slug)} /> : <p>{t('benefits.empty')}</p>}
    </>
  )
}
