import { directionOf, locales, sitePaths } from '@global-ai-governance/content'

import { SiteBanner } from '@/components/layout/SiteBanner'
import { translator } from '@/lib/i18n'
import { siteTitle } from '@/lib/seo/site'

/**
 * The page for an address that matches no route at all (say /xx/page). Nothing in
 * the address names a language, so it says so in all six, each marked with its
 * own `lang` and direction, and links to each language's home page.
 */
export function AddressNotFound() {
  const t = translator('en')
  return (
    <>
      <SiteBanner siteName={siteTitle} locale="en" />
      <main id="main-content" className="page-width" tabIndex={-1}>
        <h1>{t('notFound.title')}</h1>
        <p>{t('notFound.typed')}</p>
        <p>{t('notFound.pasted')}</p>
        <ul className="plain-list">
          {locales.map((locale) => {
            const other = translator(locale)
            return (
              <li key={locale}>
                {/* Language on the text, not the item: every bullet stays on the page's side. */}
                <span lang={locale} dir={directionOf(locale)}>
                  <a href={sitePaths.home(locale)}>{other('notFound.home')}</a>
                  {locale === 'en' ? null : <> ({other('notFound.title')})</>}
                </span>
              </li>
            )
          })}
        </ul>
      </main>
    </>
  )
}
