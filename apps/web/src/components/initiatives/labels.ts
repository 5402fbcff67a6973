import { datePrecision, yearOf, type InitiativeKind, type InitiativeStatus, type Locale } from '@global-ai-governance/content'

import { dateLocale } from '@/lib/dates'
import type { Translator } from '@/lib/i18n'

/*
 * Words shared by the initiatives index, the timeline and the page of one
 * initiative. The kernel's vocabularies hold the editors' (English) labels;
 * readers get these, in their language (messages: initiatives.kinds,
 * initiatives.statuses).
 */

/** What kind of instrument an initiative is, in the page's language ("Treaty or convention"). */
export const initiativeKindLabel = (t: Translator, kind: InitiativeKind): string => t(`initiatives.kinds.${kind}`)

/** Where an initiative stands, in the page's language ("In force or applying"). */
export const initiativeStatusLabel = (t: Translator, status: InitiativeStatus): string => t(`initiatives.statuses.${status}`)

const formatOptions = {
  year: { year: 'numeric' },
  month: { year: 'numeric', month: 'long' },
  day: { year: 'numeric', month: 'long', day: 'numeric' },
} as const satisfies Record<ReturnType<typeof datePrecision>, Intl.DateTimeFormatOptions>

/**
 * A key date ("2024", "2024-05" or "2024-05-21") written out in the page's
 * language at the precision it has: "2024", "May 2024", "21 May 2024" — never
 * a day or month that is not known. Read in UTC so no time zone moves it.
 * The value itself is a valid HTML `<time datetime>`.
 */
export const formatKeyDate = (locale: Locale, partialDate: string): string => {
  const precision = datePrecision(partialDate)
  const [, month = '01', day = '01'] = partialDate.split('-')
  const date = new Date(Date.UTC(yearOf(partialDate), Number(month) - 1, Number(day)))
  if (Number.isNaN(date.getTime())) return partialDate
  return new Intl.DateTimeFormat(dateLocale(locale), { ...formatOptions[precision], timeZone: 'UTC' }).format(date)
}
