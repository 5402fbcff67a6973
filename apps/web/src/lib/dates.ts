import type { Locale } from '@global-ai-governance/content'

/** The Intl locale for dates: British English for English pages ("2 December 2026", as GOV.UK writes them). */
export const dateLocale = (locale: Locale): string => (locale === 'en' ? 'en-GB' : locale)

/** A day, written out in the page's language, from an ISO timestamp (read in UTC, as the CMS stores it). */
export const formatDay = (locale: Locale, iso: string): string =>
  new Intl.DateTimeFormat(dateLocale(locale), { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(iso))

/** A day and time, in the page's language, from an ISO timestamp (UTC, as the CMS stores it): "2 December 2026 at 14:05". */
export const formatDayAndTime = (locale: Locale, iso: string): string =>
  new Intl.DateTimeFormat(dateLocale(locale), { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' }).format(new Date(iso))
