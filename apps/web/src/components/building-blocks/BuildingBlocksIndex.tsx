import type { Locale } from '@global-ai-governance/content'
import { sitePaths } from '@global-ai-governance/content'

import { Breadcrumbs } from '@/components/common/Breadcrumbs'
import { SummaryList, type SummaryItem } from '@/components/common/SummaryList'
import { translator } from '@/lib/i18n'

type Block = SummaryItem

export function BuildingBlocksIndex({ blocks, locale }: { blocks: readonly Block[]; locale: Locale }) {
  const t = translator(locale)
  return (
    <>
      <Breadcrumbs locale={locale} trail={[{ label: t('breadcrumbs.home'), href: sitePaths.home(locale) }, { label: t('buildingBlocks.title') }]} />
      <h1>{t('buildingBlocks.title')}</h1>
      <p className="lede">{t('buildingBlocks.lede')}</p>
      <p>
        <a href={sitePaths.matrix(locale)}>{t('buildingBlocks.matrixLink')}</a>
      </p>
      {blocks.length ? <SummaryList items={blocks} hrefOf={(slug) => sitePaths.buildingBlock(locale, slug)} /> : <p>{t('buildingBlocks.empty')}</p>}
    </>
  )
}
