import { checkHttpsUrl, checkLink, slugProblem } from '@global-ai-governance/content'

/**
 * Field validators shared by collections. Each returns `true` or a message
 * an editor can act on (Payload shows it under the field).
 */

/** Slugs: the shared rule (packages/content rules/slug.ts). Empty is allowed here: the slug field fills it from the title. */
export const validateSlug = (value: unknown): true | string => {
  if (value === null || value === undefined || value === '') return true
  return slugProblem(value) ?? true
}

/** Source, watch, embed and citation links: the shared https rule (rules/links.ts). */
export const validateHttpsUrl = (value: unknown): true | string => {
  if (value === null || value === undefined || value === '') return true
  const check = checkHttpsUrl(value)
  return check.ok ? true : check.message
}

/**
 * The address of a link in rich text or the menu: the shared link rule
 * (rules/links.ts), the same the site applies before it renders a link, so an
 * editor can save exactly the links the site will show.
 */
export const validateLinkUrl = (value: unknown): true | string => {
  if (value === null || value === undefined || value === '') return true
  const check = checkLink(value)
  return check.ok ? true : check.message
}

export const earliestYear = 1900
export const latestYear = (now: Date = new Date()): number => now.getUTCFullYear() + 5

export const validateYear = (value: unknown, now: Date = new Date()): true | string => {
  if (value === null || value === undefined || value === '') return true
  const year = typeof value === 'number' ? value : Number(value)
  if (!Number.isInteger(year)) return 'Enter the year as four digits, for example 2024.'
  const last = latestYear(now)
  if (year < earliestYear || year > last) return `Enter a year between ${earliestYear} and ${last}.`
  return true
}

// Crossref's recommended pattern for modern DOIs.
const doiPattern = /^10\.\d{4,9}\/[-._;()/:a-z0-9<>]+$/i

export const normalizeDoi = (value: string): string =>
  value.trim().replace(/^(?:https?:\/\/(?:dx\.)?doi\.org\/|doi:\s*)/i, '')

export const validateDoi = (value: unknown): true | string => {
  if (value === null || value === undefined || value === '') return true
  if (typeof value !== 'string') return 'The DOI must be text.'
  if (!doiPattern.test(normalizeDoi(value))) {
    return 'Enter a DOI such as 10.2139/ssrn.4579773 (without "https://doi.org/").'
  }
  return true
}

export const validateSdgs = (value: unknown): true | string => {
  if (value === null || value === undefined) return true
  const list = Array.isArray(value) ? value : [value]
  for (const item of list) {
    const goal = Number(item)
    if (!Number.isInteger(goal) || goal < 1 || goal > 17) {
      return 'Sustainable Development Goals are numbered 1 to 17.'
    }
  }
  if (new Set(list.map(Number)).size !== list.length) return 'List each goal only once.'
  return true
}

export const validateEmail = (value: unknown): true | string => {
  if (value === null || value === undefined || value === '') return true
  if (typeof value !== 'string' || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value)) {
    return 'Enter an email address such as team@example.org.'
  }
  return true
}
