import { linkHref, localeLabels, searchLimits, sitePaths, type Locale, type Site } from '@global-ai-governance/content'

import { translator } from '@/lib/i18n'

import { LanguageSwitcher } from './LanguageSwitcher'
import { SiteBanner } from './SiteBanner'

export function SiteHeader({ site, locale }: { site: Pick<Site, 'siteName' | 'navigation'>; locale: Locale }) {
  const t = translator(locale)
  return (
    <SiteBanner siteName={site.siteName} locale={locale}>
      {site.navigation?.length ? (
        <nav className="site-nav" aria-label={t('layout.mainNavigation')}>
          <ul>
            {site.navigation.map((item) => {
              const href = linkHref(item.href, locale)
              return <li key={item.id ?? item.href}>{href ? <a href={href}>{item.label}</a> : item.label}</li>
            })}
          </ul>
        </nav>
      ) : null}
      <form role="search" aria-label={t('search.label')} method="get" action={sitePaths.search(locale)} className="site-search">
        <label className="visually-hidden" htmlFor="site-search-q">
          {t('search.label')}
        </label>
        <input id="site-search-q" name="q" type="search" maxLength={searchLimits.maxQueryLength} size={16} />
        <button type="submit">{t('layout.search')}</button>
      </form>
      <LanguageSwitcher locale={locale} label={t('layout.languages')} names={localeLabels} />
    </SiteBanner>
  )
}
