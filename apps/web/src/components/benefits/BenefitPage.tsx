import type { Benefit } from '@global-ai-governance/content'

import { Breadcrumbs } from '@/components/common/Breadcrumbs'
import { LinkedTitles } from '@/components/common/LinkedTitles'
import { References } from '@/components/common/References'
import { RichText } from '@/components/RichText'
import type { Locale } from '@/lib/locales'
import { paths } from '@/lib/paths'

/** What the page shows of a benefit (as `getBenefit` selects it). */
export type BenefitPageContent = Pick<Benefit, 'title' | 'summary' | 'body' | 'sdgs' | 'buildingBlocks' | 'citations'>

export function BenefitPage({ benefit, locale }: { benefit: BenefitPageContent; locale: Locale }) {
  const sdgs = benefit.sdgs ?? []
  return (
    <>
      <Breadcrumbs trail={[{ label: 'Home', href: paths.home(locale) }, { label: 'Benefits', href: paths.benefits(locale) }, { label: benefit.title }]} />
      <h1>{benefit.title}</h1>
      <p className="lede">{benefit.summary}</p>
      {sdgs.length ? (
        <section aria-labelledby="sdgs-heading">
          <h2 id="sdgs-heading">Sustainable Development Goals</h2>
          <ul className="tag-list">
            {sdgs.map((goal) => (
              <li key={goal}>SDG {goal}</li>
            ))}
          </ul>
        </section>
      ) : null}
      <RichText value={benefit.body} locale={locale} />
      <LinkedTitles
        id="supported-by-heading"
        heading="Building blocks that support it"
        items={benefit.buildingBlocks?.docs}
        hrefOf={(slug) => paths.buildingBlock(locale, slug)}
        emptyText="No building block is linked to this benefit yet."
      />
      <References citations={benefit.citations} locale={locale} />
    </>
  )
}
