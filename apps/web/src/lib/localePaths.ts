// No server-only imports: the language switcher (a client component) uses these.
import { locales, type Locale } from './locales'

/**
 * The same page in another language: `/fr/risks` for ("/risks", "fr").
 * `path` is the page's address without a language prefix, "/" for home.
 */
export const pathIn = (locale: Locale, path: string): string => `/${locale}${path === '/' || path === '' ? '' : path}`

/**
 * A page's address without its language prefix ("/fr/risks" → "/risks"); addresses
 * without a prefix (served in English by the proxy) come back unchanged.
 */
export const pathWithoutLocale = (pathname: string | null | undefined): string => {
  if (!pathname || !pathname.startsWith('/')) return '/'
  const [, first = '', ...rest] = pathname.split('/')
  if (!(locales as readonly string[]).includes(first)) return pathname
  const remainder = rest.join('/')
  return remainder ? `/${remainder}` : '/'
}
