import type { Site } from '@global-ai-governance/content'

import { languageNames, translator } from '@/lib/i18n'
import type { Locale } from '@/lib/locales'

import { LanguageSwitcher } from './LanguageSwitcher'
import { SiteBanner } from './SiteBanner'

/** Prefixes site-relative navigation paths with the visitor's language. */
export const localizedHref = (href: string, locale: Locale): string =>
  href.startsWith('/') && !href.startsWith('//') ? `/${locale}${href === '/' ? '' : href}` : href

export function SiteHeader({ site, locale }: { site: Pick<Site, 'siteName' | 'navigation'>; locale: Locale }) {
  const t = translator(locale)
  return (
    <SiteBanner siteName={site.siteName} locale={locale}>
      {site.navigation?.length ? (
        <nav className="site-nav" aria-label={t('layout.mainNavigation')}>
          <ul>
            {site.navigation.map((item) => (
              <li key={item.id ?? item.href}>
                <a href={localizedHref(item.href, locale)}>{item.label}</a>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      <form role="search" aria-label={t('search.label')} method="get" action={localizedHref('/search', locale)} className="site-search">
        <label className="visually-hidden" htmlFor="site-search-q">
          {t('search.label')}
        </label>
        <input id="site-search-q" name="q" type="search" maxLength={200} size={16} />
        <button type="submit">{t('layout.search')}</button>
      </form>
      <LanguageSwitcher locale={locale} label={t('layout.languages')} names={languageNames} />
    </SiteBanner>
  )
}
