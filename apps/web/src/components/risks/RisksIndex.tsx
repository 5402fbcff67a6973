import { Breadcrumbs } from '@/components/common/Breadcrumbs'
import { SummaryList } from '@/components/common/SummaryList'
import type { Locale } from '@/lib/locales'
import { paths } from '@/lib/paths'

type Risk = { id: number; title: string; slug: string; summary: string }

export function RisksIndex({ risks, locale }: { risks: readonly Risk[]; locale: Locale }) {
  return (
    <>
      <Breadcrumbs trail={[{ label: 'Home', href: paths.home(locale) }, { label: 'Risks' }]} />
      <h1>Risks of AI</h1>
      <p className="lede">Harms from AI that cross borders, and so call for governance between countries.</p>
      <p>
        <a href={paths.matrix(locale)}>See which building blocks address which risks</a>
      </p>
      {risks.length ? <SummaryList items={risks} hrefOf={(slug) => paths.risk(locale, slug)} /> : <p>No risks have been published yet.</p>}
    </>
  )
}
