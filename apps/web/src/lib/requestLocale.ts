import { cache } from 'react'

import { defaultLocale, type Locale } from '@global-ai-governance/content'

/*
 * Next.js gives a not-found page no params, yet its links must keep the
 * visitor's language. The layout records the locale here for the current
 * request (React's cache is per request on the server) and the not-found page
 * reads it back.
 */
const requestLocale = cache(() => ({ locale: defaultLocale as Locale }))

export const rememberRequestLocale = (locale: Locale): void => {
  requestLocale().locale = locale
}

export const currentRequestLocale = (): Locale => requestLocale().locale
