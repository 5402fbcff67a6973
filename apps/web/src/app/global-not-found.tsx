import type { Metadata } from 'next'

import './globals.css'

import { AddressNotFound } from '@/components/AddressNotFound'
import { siteIcons, siteTitle, siteUrl } from '@/lib/seo/site'

export const metadata: Metadata = {
  metadataBase: new URL(`${siteUrl()}/`),
  title: `Page not found · ${siteTitle}`,
  robots: { index: false },
  icons: siteIcons,
}

// Addresses that match no route: a whole document, rendered once at build time, so it
// needs neither the CMS nor JavaScript. Missing pages under a language use [locale]/not-found.
export default function GlobalNotFound() {
  return (
    <html lang="en" dir="ltr">
      <body>
        <AddressNotFound />
      </body>
    </html>
  )
}
