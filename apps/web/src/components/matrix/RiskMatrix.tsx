import { type BuildingBlock, relationId, type Risk, sitePaths } from '@global-ai-governance/content'

import { Breadcrumbs } from '@/components/common/Breadcrumbs'
import { translator } from '@/lib/i18n'
import type { Locale } from '@global-ai-governance/content'

/**
 * Building blocks across, risks down. A real table so screen readers announce
 * the block and the risk of each cell; the answer is a word, not a colour.
 * On a phone the table scrolls sideways inside a region that keyboard users
 * can focus and scroll too, without JavaScript.
 */
export type RiskMatrixContent = {
  buildingBlocks: readonly Pick<BuildingBlock, 'id' | 'title' | 'slug' | 'relatedRisks'>[]
  risks: readonly Pick<Risk, 'id' | 'title' | 'slug'>[]
}

export function RiskMatrix({ buildingBlocks, risks, locale }: RiskMatrixContent & { locale: Locale }) {
  const addresses = new Map(
    buildingBlocks.map((block) => [block.id, new Set((block.relatedRisks ?? []).map((risk) => relationId(risk)))]),
  )
  const t = translator(locale)
  return (
    <>
      <Breadcrumbs
        locale={locale}
        trail={[
          { label: t('breadcrumbs.home'), href: sitePaths.home(locale) },
          { label: t('buildingBlocks.title'), href: sitePaths.buildingBlocks(locale) },
          { label: t('matrix.breadcrumb') },
        ]}
      />
      <h1 id="matrix-heading">{t('matrix.title')}</h1>
      <p className="lede">{t('matrix.lede')}</p>
      {buildingBlocks.length && risks.length ? (
        <div className="table-scroll" role="region" aria-labelledby="matrix-caption" tabIndex={0}>
          <table className="table matrix">
            <caption id="matrix-caption">{t('matrix.caption')}</caption>
            <thead>
              <tr>
                <td />
                {buildingBlocks.map((block) => (
                  <th key={block.id} scope="col">
                    <a href={sitePaths.buildingBlock(locale, block.slug)}>{block.title}</a>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {risks.map((risk) => (
                <tr key={risk.id}>
                  <th scope="row">
                    <a href={sitePaths.risk(locale, risk.slug)}>{risk.title}</a>
                  </th>
                  {buildingBlocks.map((block) =>
                    addresses.get(block.id)?.has(risk.id) ? (
                      <td key={block.id} className="matrix__yes">
                        {t('matrix.addresses')}
                      </td>
                    ) : (
                      <td key={block.id} className="matrix__no">
                        <span aria-hidden="true">—</span>
                        <span className="visually-hidden">{t('matrix.doesNotAddress')}</span>
                      </td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p>{t('matrix.empty')}</p>
      )}
    </>
  )
}
