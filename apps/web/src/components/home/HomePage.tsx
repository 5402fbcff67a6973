import type { Benefit, BuildingBlock, Home, Locale, MediaEntry, Risk, Site } from '@global-ai-governance/content'

import { fallbackLang, TranslationNotice } from '@/components/common/TranslationNotice'
import type { HomeFallbacks } from '@/lib/cms'

import { BenefitsAndRisks } from './BenefitsAndRisks'
import { BuildingBlocksSection } from './BuildingBlocksSection'
import { ContactSection } from './ContactSection'
import { Hero } from './Hero'
import { MediaSection } from './MediaSection'
import { WhyGlobalGovernance } from './WhyGlobalGovernance'

type Summary = { id: number; title: string; slug: string; summary: string; lang?: 'en' | undefined }

export type HomePageProps = {
  home: Home
  site: Pick<Site, 'contact'>
  buildingBlocks: Summary[] | BuildingBlock[]
  risks: Summary[] | Risk[]
  benefits: Summary[] | Benefit[]
  mediaEntries: MediaEntry[]
  locale: Locale
  /** The parts of the page whose text is the English fallback: a notice says so and each is marked lang="en". */
  fallbacks?: Partial<HomeFallbacks>
}

const defaultOrder = ['why', 'benefits-and-risks', 'building-blocks', 'media', 'contact'] as const

/** Orders the film and podcast as the editors listed them on the home page. */
function featuredMedia(home: Home, all: MediaEntry[]): MediaEntry[] {
  const chosen = (home.media?.entries ?? []).map((entry) => (typeof entry === 'number' ? entry : entry.id))
  if (chosen.length === 0) return all
  return chosen.map((id) => all.find((entry) => entry.id === id)).filter((entry): entry is MediaEntry => Boolean(entry))
}

export function HomePage({ home, site, buildingBlocks, risks, benefits, mediaEntries, locale, fallbacks = {} }: HomePageProps) {
  const lang = (part: keyof HomeFallbacks) => fallbackLang(fallbacks[part])
  const order = home.sections?.length ? home.sections.map((row) => row.section) : defaultOrder
  const sections = {
    why: <WhyGlobalGovernance why={home.why} lang={lang('why')} />,
    'benefits-and-risks': <BenefitsAndRisks section={home.benefitsAndRisks} benefits={benefits} risks={risks} locale={locale} lang={lang('benefitsAndRisks')} />,
    'building-blocks': <BuildingBlocksSection section={home.buildingBlocks} blocks={buildingBlocks} locale={locale} lang={lang('buildingBlocks')} />,
    media: <MediaSection heading={home.media?.heading} entries={featuredMedia(home, mediaEntries)} locale={locale} lang={lang('media')} />,
    contact: <ContactSection contact={site.contact} />,
  }
  return (
    <>
      <TranslationNotice locale={locale} untranslated={Object.values(fallbacks).some(Boolean)} />
      <Hero hero={home.hero} lang={lang('hero')} />
      {order.map((name) => (
        <div key={name}>{sections[name]}</div>
      ))}
    </>
  )
}
