import type { Benefit, Locale } from '@global-ai-governance/content'

import { Breadcrumbs } from '@/components/common/Breadcrumbs'
import { LinkedTitles } from '@/components/common/LinkedTitles'
import { References } from '@/components/common/References'
import { fallbackAttrs, fallbackLang, TranslationNotice } from '@/components/common/TranslationNotice'
import { RichText } from '@/components/RichText'
import { translator } from '@/lib/i18n'
import { sitePaths } from '@global-ai-governance/content'

/** What the page shows of a benefit (as `getBenefit` selects it). */
export type BenefitPageContent = Pick<Benefit, 'title' | 'summary' | 'body' | 'sdgs' | 'buildingBlocks' | 'citations'>

/** `untranslated`: the benefit's text is the English fallback (a notice says so, the text is marked lang="en"). */
export function BenefitPage({ benefit, locale, untranslated = false }: { benefit: BenefitPageContent; locale: Locale; untranslated?: boolean }) {
  const t = translator(locale)
  const lang = fallbackLang(untranslated)
  const sdgs = benefit.sdgs ?? []
  return (
    <>
      <Breadcrumbs
        locale={locale}
        trail={[{ label: t('breadcrumbs.home'), href: sitePaths.home(locale) }, { label: t('benefits.breadcrumb'), href: sitePaths.benefits(locale) }, { label: benefit.title, lang }]}
      />
      <TranslationNotice locale={locale} untranslated={untranslated} />
      <h1 {...fallbackAttrs(lang)}>{benefit.title}</h1>
      <p className="lede" {...fallbackAttrs(lang)}>
        {benefit.summary}
      </p>
      {sdgs.length ? (
        <section aria-labelledby="sdgs-heading">
          <h2 id="sdgs-heading">{t('benefit.sdgs')}</h2>
          <ul className="tag-list">
            {sdgs.map((goal) => (
              <li key={goal}>{t('benefit.sdg', { goal })}</li>
            ))}
          </ul>
        </section>
      ) : null}
      <RichText value={benefit.body} locale={locale} lang={lang} />
      <LinkedTitles
        id="supported-by-heading"
        heading={t('benefit.supportedBy')}
        items={benefit.buildingBlocks?.docs}
        hrefOf={(slug) => sitePaths.buildingBlock(locale, slug)}
        emptyText={t('benefit.noBlocks')}
      />
      <References citations={benefit.citations} locale={locale} />
    </>
  )
}
