import { defaultLocale, isLocale, publicPathOf, type DocumentPageCollection, type Locale, type PageGlobal, type PageTarget } from '@global-ai-governance/content'
import { previewLink } from '@global-ai-governance/content/server'
import type { CollectionConfig, GeneratePreviewURL, GlobalConfig, LivePreviewConfig } from 'payload'

import { previewSecret, webPublicUrl } from '../lib/environment'

const localeOf = (code: unknown): Locale => (isLocale(code) ? code : defaultLocale)

let reportedMissingSecret = false

const linkTo = (target: PageTarget, locale: Locale): string | null => {
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
  return path ? previewLink(webPublicUrl(), secret, path) : null
}

/**
 * The admin's Preview button and Live Preview pane for a collection: both open
 * the draft on the public site through its signed enable-preview link.
 */
export function collectionPreview(collection: DocumentPageCollection): Pick<NonNullable<CollectionConfig['admin']>, 'preview' | 'livePreview'> {
  const preview: GeneratePreviewURL = (doc, { locale }) => linkTo({ collection, slug: doc.slug as string | undefined }, localeOf(locale))
  const livePreview: LivePreviewConfig = {
    url: ({ data, locale }) => linkTo({ collection, slug: data?.slug as string | undefined }, localeOf(locale?.code)),
  }
  return { preview, livePreview }
}

export function globalPreview(global: PageGlobal): Pick<NonNullable<GlobalConfig['admin']>, 'preview' | 'livePreview'> {
  return {
    preview: (_doc, { locale }) => linkTo({ global }, localeOf(locale)),
    livePreview: { url: ({ locale }) => linkTo({ global }, localeOf(locale?.code)) },
  }
}

/** The Live Preview pane's sizes: a phone and a desktop, as visitors see the site. */
export const livePreviewBreakpoints: NonNullable<LivePreviewConfig['breakpoints']> = [
  { label: 'Phone', name: 'phone', width: 390, height: 844 },
  { label: 'Desktop', name: 'desktop', width: 1280, height: 800 },
]
