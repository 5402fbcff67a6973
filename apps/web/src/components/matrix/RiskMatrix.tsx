import { type BuildingBlock, type Initiative, relationId, type Risk, sitePaths } from '@global-ai-governance/content'

import { Breadcrumbs } from '@/components/common/Breadcrumbs'
import { translator } from '@/lib/i18n'
import type { Locale } from '@global-ai-governance/content'

/**
 * Building blocks across, risks down. A real table so screen readers announce
 * the block and the risk of each cell; the answer is a word, not a colour.
 * On a phone the table scrolls sideways inside a region that keyboard users
 * can focus and scroll too, without JavaScript.
 * A cell where the block addresses the risk also counts the published
 * initiatives that serve the block and address the risk, linked to the
 * tracker filtered by both.
 */
export type RiskMatrixContent = {
  buildingBlocks: readonly Pick<BuildingBlock, 'id' | 'title' | 'slug' | 'relatedRisks'>[]
  risks: readonly Pick<Risk, 'id' | 'title' | 'slug'>[]
  /** Every published initiative, only its blocks and risks (ids or summaries). */
  initiatives?: readonly Partial<Pick<Initiative, 'buildingBlocks' | 'risks'>>[]
}

const cellKey = (blockId: number, riskId: number) => `${blockId}:${riskId}`

/** How many initiatives serve each block and address each risk, by `cellKey`. */
function countInitiatives(initiatives: RiskMatrixContent['initiatives']): Map<string, number> {
  const counts = new Map<string, number>()
  for (const initiative of initiatives ?? []) {
    const blockIds = new Set((initiative.buildingBlocks ?? []).map((block) => relationId(block)))
    const riskIds = new Set((initiative.risks ?? []).map((risk) => relationId(risk)))
    for (const blockId of blockIds) {
      for (const riskId of riskIds) {
        if (blockId === undefined || riskId === undefined) continue
        const key = cellKey(blockId, riskId)
        counts.set(key, (counts.get(key) ?? 0) + 1)
      }
    }
  }
  return counts
}

export function RiskMatrix({ buildingBlocks, risks, initiatives, locale }: RiskMatrixContent & { locale: Locale }) {
  const addresses = new Map(
    buildingBlocks.map((block) => [block.id, new Set((block.relatedRisks ?? []).map((risk) => relationId(risk)))]),
  )
  const counts = countInitiatives(initiatives)
  const t = translator(locale)
  const number = new Intl.NumberFormat(locale)
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
      <p>{t('matrix.initiatives.explanation')}</p>
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
                  {buildingBlocks.map((block) => {
                    if (!addresses.get(block.id)?.has(risk.id)) return (
                      <td key={block.id} className="matrix__no">
                        <span aria-hidden="true">—</span>
                        <span className="visually-hidden">{t('matrix.doesNotAddress')}</span>
                      </td>
                    )
                    const count = counts.get(cellKey(block.id, risk.id)) ?? 0
                    return (
                      <td key={block.id} className="matrix__yes">
                        {t('matrix.addresses')}
                        {count > 0 ? (
                          <div>
                            {/* The number is what shows; the words (in the page's language, with its plurals) are what is read. */}
                            <a href={sitePaths.initiatives(locale, new URLSearchParams({ block: block.slug, risk: risk.slug }))}>
                              <span aria-hidden="true">{number.format(count)}</span>
                              <span className="visually-hidden">{t('matrix.initiatives.count', { count })}</span>
                            </a>
                          </div>
                        ) : null}
                      </td>
                    )
                  })}
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
