import { Breadcrumbs } from '@/components/common/Breadcrumbs'
import { SummaryList } from '@/components/common/SummaryList'
import type { Locale } from '@/lib/locales'
import { paths } from '@/lib/paths'

type Block = { id: number; title: string; slug: string; summary: string }

export function BuildingBlocksIndex({ blocks, locale }: { blocks: readonly Block[]; locale: Locale }) {
  return (
    <>
      <Breadcrumbs trail={[{ label: 'Home', href: paths.home(locale) }, { label: 'Building blocks' }]} />
      <h1>Building blocks</h1>
      <p className="lede">The components of an international governance regime for AI, in the order the framework sets them out.</p>
      <p>
        <a href={paths.matrix(locale)}>See which building blocks address which risks</a>
      </p>
      {blocks.length ? <SummaryList items={blocks} hrefOf={(slug) => paths.buildingBlock(locale, slug)} /> : <p>No building blocks have been published yet.</p>}
    </>
  )
}
