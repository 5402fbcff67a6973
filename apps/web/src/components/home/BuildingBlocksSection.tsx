import type { Home, Locale } from '@global-ai-governance/content'

import { fallbackAttrs } from '@/components/common/TranslationNotice'
import { shortCitation } from '@/lib/citations'
import { translator } from '@/lib/i18n'
import { sitePaths } from '@global-ai-governance/content'

type Block = { id: number; title: string; slug: string; summary: string; lang?: 'en' | undefined }

/** `lang`: "en" when the section's own text is the English fallback. */
export function BuildingBlocksSection({ section, blocks, locale, lang }: { section: Home['buildingBlocks']; blocks: Block[]; locale: Locale; lang?: 'en' | undefined }) {
  const citations = (section.citations ?? []).filter((c) => typeof c === 'object')
  return (
    <section aria-labelledby="building-blocks-heading">
      <h2 id="building-blocks-heading" {...fallbackAttrs(lang)}>{section.heading}</h2>
      <p {...fallbackAttrs(lang)}>{section.intro}</p>
      {section.basis ? <p {...fallbackAttrs(lang)}>{section.basis}</p> : null}
      {citations.length ? (
        <div className="inset">
          <p>{translator(locale)('home.analyses')}</p>
          <ul className="plain-list">
            {citations.map((citation) => (
              <li key={citation.id}>
                {shortCitation(citation)}
                {citation.title ? (
                  <>
                    : <cite>{citation.title}</cite>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <ul className="card-list">
        {blocks.map((block) => (
          <li key={block.id} {...fallbackAttrs(block.lang)}>
            <h3>
              <a href={sitePaths.buildingBlock(locale, block.slug)}>{block.title}</a>
            </h3>
            <p>{block.summary}</p>
          </li>
        ))}
      </ul>
      <p>
        <a href={sitePaths.initiatives(locale)}>{translator(locale)('initiatives.homeLink')}</a>
      </p>
    </section>
  )
}
