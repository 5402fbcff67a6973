import type { Risk } from '@global-ai-governance/content'

import { Breadcrumbs } from '@/components/common/Breadcrumbs'
import { LinkedTitles } from '@/components/common/LinkedTitles'
import { References } from '@/components/common/References'
import { RichText } from '@/components/RichText'
import type { Locale } from '@/lib/locales'
import { paths } from '@/lib/paths'

/** What the page shows of a risk (as `getRisk` selects it). */
export type RiskPageContent = Pick<Risk, 'title' | 'summary' | 'body' | 'buildingBlocks' | 'citations'>

export function RiskPage({ risk, locale }: { risk: RiskPageContent; locale: Locale }) {
  return (
    <>
      <Breadcrumbs trail={[{ label: 'Home', href: paths.home(locale) }, { label: 'Risks', href: paths.risks(locale) }, { label: risk.title }]} />
      <h1>{risk.title}</h1>
      <p className="lede">{risk.summary}</p>
      <RichText value={risk.body} locale={locale} />
      <LinkedTitles
        id="addressed-by-heading"
        heading="Building blocks that address it"
        items={risk.buildingBlocks?.docs}
        hrefOf={(slug) => paths.buildingBlock(locale, slug)}
        emptyText="No building block is linked to this risk yet."
      />
      <References citations={risk.citations} locale={locale} />
    </>
  )
}
