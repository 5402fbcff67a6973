import type { BuildingBlock, Locale } from '@global-ai-governance/content'

import { Breadcrumbs } from '@/components/common/Breadcrumbs'
import { LinkedTitles } from '@/components/common/LinkedTitles'
import { References } from '@/components/common/References'
import { fallbackAttrs, fallbackLang, TranslationNotice } from '@/components/common/TranslationNotice'
import { RichText } from '@/components/RichText'
import { translator } from '@/lib/i18n'
import { sitePaths } from '@global-ai-governance/content'

import { InitiativeList } from '@/components/initiatives/InitiativeList'

/** What the page shows of a block (as `getBuildingBlock` selects it). */
export type BuildingBlockPageContent = Pick<
  BuildingBlock,
  'title' | 'slug' | 'summary' | 'body' | 'initiatives' | 'gaps' | 'analogousRegimes' | 'relatedRisks' | 'relatedBenefits' | 'citations'
>

/** `untranslated`: the block's text is the English fallback (a notice says so, the text is marked lang="en"). */
export function BuildingBlockPage({ block, locale, untranslated = false }: { block: BuildingBlockPageContent; locale: Locale; untranslated?: boolean }) {
  const t = translator(locale)
  const lang = fallbackLang(untranslated)
  const gaps = block.gaps ?? []
  const regimes = block.analogousRegimes ?? []
  return (
    <>
      <Breadcrumbs
        locale={locale}
        trail={[
          { label: t('breadcrumbs.home'), href: sitePaths.home(locale) },
          { label: t('buildingBlocks.title'), href: sitePaths.buildingBlocks(locale) },
          { label: block.title, lang },
        ]}
      />
      <TranslationNotice locale={locale} untranslated={untranslated} />
      <h1 {...fallbackAttrs(lang)}>{block.title}</h1>
      <p className="lede" {...fallbackAttrs(lang)}>
        {block.summary}
      </p>
      <RichText value={block.body} locale={locale} lang={lang} />

      <InitiativeList
        id="current-efforts-heading"
        heading={t('buildingBlock.currentEfforts')}
        initiatives={block.initiatives?.docs}
        total={block.initiatives?.totalDocs}
        allHref={sitePaths.initiatives(locale, new URLSearchParams({ block: block.slug }))}
        locale={locale}
      />

      {gaps.length ? (
        <section aria-labelledby="gaps-heading">
          <h2 id="gaps-heading">{t('buildingBlock.gaps')}</h2>
          <ul className="plain-list" {...fallbackAttrs(lang)}>
            {gaps.map((row, index) => (
              <li key={row.id ?? index}>{row.gap}</li>
            ))}
          </ul>
        </section>
      ) : null}

      {regimes.length ? (
        <section aria-labelledby="analogous-regimes-heading">
          <h2 id="analogous-regimes-heading">{t('buildingBlock.analogousRegimes')}</h2>
          <dl className="regimes" {...fallbackAttrs(lang)}>
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
        heading={t('buildingBlock.risksAddressed')}
        items={block.relatedRisks}
        hrefOf={(slug) => sitePaths.risk(locale, slug)}
        emptyText={t('buildingBlock.noRisks')}
      />
      <LinkedTitles
        id="benefits-supported-heading"
        heading={t('buildingBlock.benefitsSupported')}
        items={block.relatedBenefits}
        hrefOf={(slug) => sitePaths.benefit(locale, slug)}
        emptyText={t('buildingBlock.noBenefits')}
      />
      <References citations={block.citations} locale={locale} />
    </>
  )
}
