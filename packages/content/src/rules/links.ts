import type { Locale } from '../locales'
import { localizedHref } from '../paths'

/*
 * Addresses editors may save and the site will follow. One rule for both: the
 * CMS refuses what the site would not render as a link, with a message that
 * says why, and the site checks again before it renders (a value written by
 * an older version, or by someone with database access, is shown as text).
 *
 * No zod here: the site's browser code (the embed player) uses these checks, and
 * must not carry the schema library. The schema fields are in linkSchemas.ts.
 */

// Characters a browser strips or ignores inside an address, which could hide a scheme ("java\tscript:").
// eslint-disable-next-line no-control-regex
const hiddenCharacters = /[\u0000-\u0020\u007f-\u00a0\u2028\u2029\ufeff]/

export type AddressCheck = { ok: true; href: string } | { ok: false; message: string }

const refused = (message: string): AddressCheck => ({ ok: false, message })

/**
 * A full https address on a named host, without a user name or password:
 * sources, watch pages, embeds, citation links.
 */
export function checkHttpsUrl(value: unknown): AddressCheck {
  if (typeof value !== 'string') return refused('The link must be text.')
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return refused('Enter a full web address starting with https:// (for example https://example.org/page).')
  }
  if (hiddenCharacters.test(value)) return refused('The web address must not contain spaces or hidden characters.')
  if (url.protocol !== 'https:') return refused('Only secure links are allowed: the address must start with https://.')
  if (!url.hostname.includes('.')) return refused('The web address needs a full domain name (for example example.org).')
  if (url.username || url.password) return refused('The web address must not contain a user name or password.')
  return { ok: true, href: url.href }
}

const linkKinds = 'Links may only lead to a web address (https://…), an email address (mailto:…), a phone number (tel:…) or a page of this site (/…).'

/**
 * The address of a link in rich text or in the navigation: a secure web
 * address, an email address, a phone number, or a path on this site ("/risks";
 * the site puts it under the reader's language). Not http:, protocol-relative
 * ("//host") or any other scheme (javascript:, data:, …).
 */
export function checkLink(value: unknown): AddressCheck {
  if (typeof value !== 'string') return refused('The link must be text.')
  const href = value.trim()
  if (href === '') return refused('The link needs an address.')
  if (hiddenCharacters.test(href)) return refused(`${linkKinds} The address must not contain spaces or hidden characters.`)
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(href)?.[1]?.toLowerCase()
  if (scheme === 'https') return checkHttpsUrl(href)
  if (scheme === 'http') return refused('Only secure links are allowed: the address must start with https://, not http://.')
  if (scheme === 'mailto') return /^mailto:[^@/\\]+@[^@/\\]+\.[^@/\\]+$/i.test(href) ? { ok: true, href } : refused('Enter an email link such as mailto:team@example.org.')
  if (scheme === 'tel') return /^tel:\+?[0-9][0-9().-]*$/i.test(href) ? { ok: true, href } : refused('Enter a phone link such as tel:+41229171234 (digits, with + for the country code).')
  if (scheme !== undefined) return refused(linkKinds)
  // "/path", but not "//host" or "/\host", which browsers read as another site.
  if (/^\/(?![/\\])/.test(href)) return { ok: true, href }
  if (href.startsWith('//') || href.startsWith('/\\')) return refused(`${linkKinds} An address starting with // leads to another site: write it in full with https://.`)
  return refused(`${linkKinds} For a page of this site, start with / (for example /risks).`)
}

export const isHttpsUrl = (value: unknown): value is string => checkHttpsUrl(value).ok

/**
 * The href the site renders for a link an editor wrote: checked by the link
 * rule, and a site path put under the reader's language ("/matrix" → "/ar/matrix").
 * Null when the address breaks the rule: the words are then shown without a link.
 */
export function linkHref(value: unknown, locale?: Locale): string | null {
  const check = checkLink(value)
  if (!check.ok) return null
  return locale ? localizedHref(check.href, locale) : check.href
}
