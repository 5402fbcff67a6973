import type { Locale, Risk } from '@global-ai-governance/content'

import { Breadcrumbs } from '@/components/common/Breadcrumbs'
import { LinkedTitles } from '@/components/common/LinkedTitles'
import { References } from '@/components/common/References'
import { InitiativeList } from '@/components/initiatives/InitiativeList'
import { fallbackAttrs, fallbackLang, TranslationNotice } from '@/components/common/TranslationNotice'
import { RichText } from '@/components/RichText'
import { translator } from '@/lib/i18n'
import { sitePaths } from '@global-ai-governance/content'

/** What the page shows of a risk (as `getRisk` selects it). */
export type RiskPageContent = Pick<Risk, 'title' | 'slug' | 'summary' | 'body' | 'buildingBlocks' | 'initiatives' | 'citations'>

/** `untranslated`: the risk's text is the English fallback (a notice says so, the text is marked lang="en"). */
export function RiskPage({ risk, locale, untranslated = false }: { risk: RiskPageContent; locale: Locale; untranslated?: boolean }) {
  const t = translator(locale)
  const lang = fallbackLang(untranslated)
  return (
    <>
      <Breadcrumbs
        locale={locale}
        trail={[{ label: t('breadcrumbs.home'), href: sitePaths.home(locale) }, { label: t('risks.breadcrumb'), href: sitePaths.risks(locale) }, { label: risk.title, lang }]}
      />
      <TranslationNotice locale={locale} untranslated={untranslated} />
      <h1 {...fallbackAttrs(lang)}>{risk.title}</h1>
      <p className="lede" {...fallbackAttrs(lang)}>
        {risk.summary}
      </p>
      <RichText value={risk.body} locale={locale} lang={lang} />
      <LinkedTitles
        id="addressed-by-heading"
        heading={t('risk.addressedBy')}
        items={risk.buildingBlocks?.docs}
        hrefOf={(slug) => sitePaths.buildingBlock(locale, slug)}
        emptyText={t('risk.noBlocks')}
      />
      <InitiativeList
        id="initiatives-heading"
        heading={t('risk.initiatives')}
        initiatives={risk.initiatives?.docs}
        total={risk.initiatives?.totalDocs}
        allHref={sitePaths.initiatives(locale, new URLSearchParams({ risk: risk.slug }))}
        locale={locale}
      />
      <References citations={risk.citations} locale={locale} />
    </>
  )
}
