import { defaultLocale, sitePaths, type Locale } from '@global-ai-governance/content'

/** The framework's three sections below home, each with an index page and a page per document. */
export type Section = 'buildingBlocks' | 'risks' | 'benefits'

type SectionStrings = {
  /** Its name in breadcrumbs. */
  label: 'buildingBlocks.title' | 'risks.breadcrumb' | 'benefits.breadcrumb'
  /** The index page's title and description (its metadata's). */
  title: 'buildingBlocks.title' | 'risks.title' | 'benefits.title'
  description: 'buildingBlocks.metaDescription' | 'risks.metaDescription' | 'benefits.metaDescription'
}

/** Each section's interface strings (keys of messages/*.json) and index page. */
export const sections: Record<Section, SectionStrings & { path: (locale: Locale) => string }> = {
  buildingBlocks: { label: 'buildingBlocks.title', title: 'buildingBlocks.title', description: 'buildingBlocks.metaDescription', path: sitePaths.buildingBlocks },
  risks: { label: 'risks.breadcrumb', title: 'risks.title', description: 'risks.metaDescription', path: sitePaths.risks },
  benefits: { label: 'benefits.breadcrumb', title: 'benefits.title', description: 'benefits.metaDescription', path: sitePaths.benefits },
}

/** The page of one document of a section. */
export const documentPath: Record<Section, (locale: Locale, slug: string) => string> = {
  buildingBlocks: sitePaths.buildingBlock,
  risks: sitePaths.risk,
  benefits: sitePaths.benefit,
}

/** The language a document's text is shown in: the visitor's, or English where it has no translation yet. */
export const contentLanguage = (locale: Locale, untranslated: boolean): Locale => (untranslated ? defaultLocale : locale)
