import type React from 'react'
import type { Locale } from '@global-ai-governance/content'

import { translator } from '@/lib/i18n'

/** The skip link and the header bar with the site's name; the full header adds navigation, search and languages. */
export function SiteBanner({ siteName, locale, children }: { siteName: string; locale: Locale; children?: React.ReactNode }) {
  return (
    <>
      <a className="skip-link" href="#main-content">
        {translator(locale)('layout.skipToContent')}
      </a>
      <header className="site-header">
        <div className="page-width site-header__inner">
          <a className="site-header__name" href={`/${locale}`}>
            {siteName}
          </a>
          {children}
        </div>
      </header>
    </>
  )
}
