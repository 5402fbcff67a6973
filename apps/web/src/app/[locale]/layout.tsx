import type { Metadata } from 'next'
import type React from 'react'
import { directionOf } from '@global-ai-governance/content'

import '../globals.css'

import { SiteFooter } from '@/components/layout/SiteFooter'
import { SiteHeader } from '@/components/layout/SiteHeader'
import { LivePreviewRefresh } from '@/components/preview/LivePreviewRefresh'
import { PreviewBanner } from '@/components/preview/PreviewBanner'
import { getSite, isPreview } from '@/lib/cms'
import { rememberRequestLocale } from '@/lib/requestLocale'
import { defaultSiteMetadata } from '@/lib/seo/metadata'
import { cmsOrigins, siteIcons, siteUrl } from '@/lib/seo/site'
import { routeLocale } from '@/lib/routeLocale'

type Props = { children: React.ReactNode; params: Promise<{ locale: string }> }

// Pages render on first visit and are then served from cache (no CMS needed at build time).
export function generateStaticParams() {
  return []
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = routeLocale((await params).locale)
  const site = await getSite(locale)
  return {
    ...defaultSiteMetadata(siteUrl(), locale, site.siteName),
    title: { default: site.siteName, template: `%s · ${site.siteName}` },
    description: site.tagline ?? undefined,
    icons: siteIcons,
  }
}

export default async function LocaleLayout({ children, params }: Props) {
  const locale = routeLocale((await params).locale)
  rememberRequestLocale(locale)
  const [site, preview] = await Promise.all([getSite(locale), isPreview()])
  return (
    <html lang={locale} dir={directionOf(locale)}>
      <body>
        {preview ? (
          <>
            <PreviewBanner locale={locale} />
            <LivePreviewRefresh serverURLs={cmsOrigins()} />
          </>
        ) : null}
        <SiteHeader site={site} locale={locale} />
        <main id="main-content" className="page-width" tabIndex={-1}>
          {children}
        </main>
        <SiteFooter footer={site.footer} />
      </body>
    </html>
  )
}
