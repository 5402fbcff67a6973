/**
 * Field validators shared by collections. Each returns `true` or a message
 * an editor can act on (Payload shows it under the field).
 */

export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
export const slugMaxLength = 120

export const validateSlug = (value: unknown): true | string => {
  if (value === null || value === undefined || value === '') return true // filled from the title
  if (typeof value !== 'string') return 'The slug must be text.'
  if (value.length > slugMaxLength) return `The slug must be ${slugMaxLength} characters or fewer.`
  if (!slugPattern.test(value)) {
    return 'Use lower-case letters, digits and single hyphens only (for example "red-lines").'
  }
  return true
}

export const validateHttpsUrl = (value: unknown): true | string => {
  if (value === null || value === undefined || value === '') return true
  if (typeof value !== 'string') return 'The link must be text.'
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return 'Enter a full web address starting with https:// (for example https://example.org/page).'
  }
  if (url.protocol !== 'https:') return 'Only secure links are allowed: the address must start with https://.'
  if (!url.hostname.includes('.')) return 'The web address needs a full domain name (for example example.org).'
  if (url.username || url.password) return 'The web address must not contain a user name or password.'
  return true
}

/** Schemes a link in rich text may use; anything else (javascript:, vbscript:, data:, file:, …) is refused. */
const linkSchemes = ['https', 'http', 'mailto', 'tel'] as const

/**
 * The address of a link in rich text: a web, email or phone address, or a
 * path, query or anchor on this site. Browsers ignore case, tabs, newlines and
 * leading control characters when they read a scheme ("JaVa\tScRiPt:"), so
 * those are dropped before looking at it; a scheme the list above does not name
 * would run script or open a document the site cannot vouch for when clicked
 * (in the admin's link preview, or any other reader of the API).
 */
export const validateLinkUrl = (value: unknown): true | string => {
  if (value === null || value === undefined || value === '') return true
  if (typeof value !== 'string') return 'The link must be text.'
  // eslint-disable-next-line no-control-regex
  const scheme = /^([a-z][a-z0-9+.-]*):/.exec(value.replace(/[\u0000-\u0020\u007f-\u00a0]/g, '').toLowerCase())?.[1]
  if (scheme === undefined || (linkSchemes as readonly string[]).includes(scheme)) return true
  return 'Links may only lead to a web address (https://…), an email address (mailto:…), a phone number (tel:…) or a page of this site (/…).'
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
