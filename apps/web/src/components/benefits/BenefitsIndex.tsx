import { Breadcrumbs } from '@/components/common/Breadcrumbs'
import { SummaryList } from '@/components/common/SummaryList'
import type { Locale } from '@/lib/locales'
import { paths } from '@/lib/paths'

type Benefit = { id: number; title: string; slug: string; summary: string }

export function BenefitsIndex({ benefits, locale }: { benefits: readonly Benefit[]; locale: Locale }) {
  return (
    <>
      <Breadcrumbs trail={[{ label: 'Home', href: paths.home(locale) }, { label: 'Benefits' }]} />
      <h1>Benefits of AI</h1>
      <p className="lede">What AI could bring, and why sharing it across the globe needs international coordination.</p>
      {benefits.length ? <SummaryList items={benefits} hrefOf={(slug) => paths.benefit(locale, slug)} /> : <p>No benefits have been published yet.</p>}
    </>
  )
}
