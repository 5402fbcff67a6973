import type { BuildingBlock } from '@global-ai-governance/content'

import { Breadcrumbs } from '@/components/common/Breadcrumbs'
import { LinkedTitles } from '@/components/common/LinkedTitles'
import { References } from '@/components/common/References'
import { RichText } from '@/components/RichText'
import type { Locale } from '@/lib/locales'
import { paths } from '@/lib/paths'

import { CurrentEfforts } from './CurrentEfforts'

/** What the page shows of a block (as `getBuildingBlock` selects it). */
export type BuildingBlockPageContent = Pick<
  BuildingBlock,
  'title' | 'summary' | 'body' | 'currentEfforts' | 'gaps' | 'analogousRegimes' | 'relatedRisks' | 'relatedBenefits' | 'citations'
>

export function BuildingBlockPage({ block, locale }: { block: BuildingBlockPageContent; locale: Locale }) {
  const gaps = block.gaps ?? []
  const regimes = block.analogousRegimes ?? []
  return (
    <>
      <Breadcrumbs trail={[{ label: 'Home', href: paths.home(locale) }, { label: 'Building blocks', href: paths.buildingBlocks(locale) }, { label: block.title }]} />
      <h1>{block.title}</h1>
      <p className="lede">{block.summary}</p>
      <RichText value={block.body} locale={locale} />

      <CurrentEfforts efforts={block.currentEfforts} />

      {gaps.length ? (
        <section aria-labelledby="gaps-heading">
          <h2 id="gaps-heading">Gaps</h2>
          <ul className="plain-list">
            {gaps.map((row, index) => (
              <li key={row.id ?? index}>{row.gap}</li>
            ))}
          </ul>
        </section>
      ) : null}

      {regimes.length ? (
        <section aria-labelledby="analogous-regimes-heading">
          <h2 id="analogous-regimes-heading">Lessons from analogous regimes</h2>
          <dl className="regimes">
            {regimes.map((row, index) => (
              <div key={row.id ?? index}>
                <dt>{row.regime}</dt>
                <dd>{row.lesson}</dd>
              </div>
            ))}
          </dl>
        </section>
      ) : null}

      <LinkedTitles
        id="risks-addressed-heading"
        heading="Risks it addresses"
        items={block.relatedRisks}
        hrefOf={(slug) => paths.risk(locale, slug)}
        emptyText="No risks are linked to this building block yet."
      />
      <LinkedTitles
        id="benefits-supported-heading"
        heading="Benefits it supports"
        items={block.relatedBenefits}
        hrefOf={(slug) => paths.benefit(locale, slug)}
        emptyText="No benefits are linked to this building block yet."
      />
      <References citations={block.citations} locale={locale} />
    </>
  )
}
