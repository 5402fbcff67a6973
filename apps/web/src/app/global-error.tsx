'use client'

import { useParams } from 'next/navigation'
import { defaultLocale, directionOf, isLocale } from '@global-ai-governance/content'

import './globals.css'

import { errorReference, errorStrings } from '@/lib/errorStrings'

// Shown instead of the whole page when even the layout cannot render (the CMS
// is unreachable and the site settings are not cached): the same friendly,
// translated message as error.tsx, not Next's bare default.
export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  const requested = useParams<{ locale?: string }>()?.locale ?? ''
  const locale = isLocale(requested) ? requested : defaultLocale
  const strings = errorStrings(locale)
  return (
    <html lang={locale} dir={directionOf(locale)}>
      <head>
        <title>{strings.title}</title>
      </head>
      <body>
        <main id="main-content" className="page-width" tabIndex={-1}>
          <h1>{strings.title}</h1>
          <p>{strings.body}</p>
          {error.digest ? <p>{errorReference(strings, error.digest)}</p> : null}
          <p>
            <a href={`/${locale}`}>{strings.home}</a>
          </p>
        </main>
      </body>
    </html>
  )
}
