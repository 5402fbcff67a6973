'use client'

import { useParams } from 'next/navigation'

import './globals.css'

import { translator } from '@/lib/i18n'
import { defaultLocale, directionOf, isLocale } from '@/lib/locales'

// Shown instead of the whole page when even the layout cannot render (the CMS
// is unreachable and the site settings are not cached): the same friendly,
// translated message as error.tsx, not Next's bare default.
export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  const requested = useParams<{ locale?: string }>()?.locale ?? ''
  const locale = isLocale(requested) ? requested : defaultLocale
  const t = translator(locale)
  return (
    <html lang={locale} dir={directionOf(locale)}>
      <head>
        <title>{t('error.title')}</title>
      </head>
      <body>
        <main id="main-content" className="page-width" tabIndex={-1}>
          <h1>{t('error.title')}</h1>
          <p>{t('error.body')}</p>
          {error.digest ? <p>{t('error.reference', { digest: error.digest })}</p> : null}
          <p>
            <a href={`/${locale}`}>{t('breadcrumbs.home')}</a>
          </p>
        </main>
      </body>
    </html>
  )
}
