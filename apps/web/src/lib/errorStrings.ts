import type { Locale } from '@global-ai-governance/content'

import errors from '@/messages/errors.json'

/*
 * The error pages' strings, kept apart from the interface catalogue: error
 * boundaries are client components, so whatever they import goes to every
 * visitor's browser. These few strings instead of all six catalogues and
 * next-intl's ICU formatter took about 35 kB (gzip) off every page.
 */
export type ErrorStrings = (typeof errors)['en']

export const errorStrings = (locale: Locale): ErrorStrings => errors[locale]

/** "Reference: {digest}" with the digest in place (the only placeholder these strings have). */
export const errorReference = (strings: ErrorStrings, digest: string): string => strings.reference.replace('{digest}', digest)
