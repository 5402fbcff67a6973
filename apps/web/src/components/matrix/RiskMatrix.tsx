import { relationId, type BuildingBlock, type Risk } from '@global-ai-governance/content'

import { Breadcrumbs } from '@/components/common/Breadcrumbs'
import type { Locale } from '@/lib/locales'
import { paths } from '@/lib/paths'

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
  return (
    <>
      <Breadcrumbs trail={[{ label: 'Home', href: paths.home(locale) }, { label: 'Building blocks', href: paths.buildingBlocks(locale) }, { label: 'Risks and building blocks' }]} />
      <h1 id="matrix-heading">Which building blocks address which risks</h1>
      <p className="lede">Each row is a risk; each column a building block. “Addresses” marks a building block that helps to reduce that risk.</p>
      {buildingBlocks.length && risks.length ? (
        <div className="table-scroll" role="region" aria-labelledby="matrix-caption" tabIndex={0}>
          <table className="table matrix">
            <caption id="matrix-caption">Building blocks (columns) and the risks they address (rows)</caption>
            <thead>
              <tr>
                <td />
                {buildingBlocks.map((block) => (
                  <th key={block.id} scope="col">
                    <a href={paths.buildingBlock(locale, block.slug)}>{block.title}</a>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {risks.map((risk) => (
                <tr key={risk.id}>
                  <th scope="row">
                    <a href={paths.risk(locale, risk.slug)}>{risk.title}</a>
                  </th>
                  {buildingBlocks.map((block) =>
                    addresses.get(block.id)?.has(risk.id) ? (
                      <td key={block.id} className="matrix__yes">
                        Addresses
                      </td>
                    ) : (
                      <td key={block.id} className="matrix__no">
                        <span aria-hidden="true">—</span>
                        <span className="visually-hidden">Does not address</span>
                      </td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p>The building blocks and risks have not been published yet.</p>
      )}
    </>
  )
}
