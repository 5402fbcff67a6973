import { defaultLocale, isLocale, loopbackTwin, publicPathOf, type DocumentPageCollection, type Locale, type PageGlobal, type PageTarget } from '@global-ai-governance/content'
import { previewLink } from '@global-ai-governance/content/server'
import type { CollectionConfig, GeneratePreviewURL, GlobalConfig, LivePreviewConfig } from 'payload'

import { previewSecret, webPublicUrl } from '../lib/environment'

const localeOf = (code: unknown): Locale => (isLocale(code) ? code : defaultLocale)

let reportedMissingSecret = false

/**
 * The site's address as an admin opened at `adminHost` should frame it. In development both
 * run on loopback under either name; a pane at the other name is another site to the browser,
 * which then refuses the preview cookie inside the frame. So the site is named as the admin is.
 */
export function webUrlSeenFrom(web: string, adminHost: string | null | undefined): string {
  const twin = loopbackTwin(web)
  if (!twin || !adminHost) return web
  try {
    const admin = new URL(`http://${adminHost}`).hostname
    return new URL(twin).hostname === admin ? twin : web
  } catch {
    return web
  }
}

type Request = { headers?: { get(name: string): string | null } } | undefined

const linkTo = (target: PageTarget, locale: Locale, req?: Request): string | null => {
  const secret = previewSecret()
  if (!secret) {
    if (!reportedMissingSecret) {
      reportedMissingSecret = true
      console.warn('Preview is off: PREVIEW_SECRET is not set (it must be the same in the CMS and the web app).')
    }
    return null
  }
  // The page that shows the document on the public site (packages/content paths.ts), signed for that page only.
  const path = publicPathOf(target, locale)
  return path ? previewLink(webUrlSeenFrom(webPublicUrl(), req?.headers?.get('host')), secret, path) : null
}

/**
 * The admin's Preview button and Live Preview pane for a collection: both open
 * the draft on the public site through its signed enable-preview link.
 */
export function collectionPreview(collection: DocumentPageCollection): Pick<NonNullable<CollectionConfig['admin']>, 'preview' | 'livePreview'> {
  const preview: GeneratePreviewURL = (doc, { locale, req }) => linkTo({ collection, slug: doc.slug as string | undefined }, localeOf(locale), req)
  const livePreview: LivePreviewConfig = {
    url: ({ data, locale, req }) => linkTo({ collection, slug: data?.slug as string | undefined }, localeOf(locale?.code), req),
  }
  return { preview, livePreview }
}

export function globalPreview(global: PageGlobal): Pick<NonNullable<GlobalConfig['admin']>, 'preview' | 'livePreview'> {
  return {
    preview: (_doc, { locale, req }) => linkTo({ global }, localeOf(locale), req),
    livePreview: { url: ({ locale, req }) => linkTo({ global }, localeOf(locale?.code), req) },
  }
}

/** The Live Preview pane's sizes: a phone and a desktop, as visitors see the site. */
export const livePreviewBreakpoints: NonNullable<LivePreviewConfig['breakpoints']> = [
  { label: 'Phone', name: 'phone', width: 390, height: 844 },
  { label: 'Desktop', name: 'desktop', width: 1280, height: 800 },
]
