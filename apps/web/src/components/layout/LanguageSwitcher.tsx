'use client'

import { usePathname } from 'next/navigation'

import { type Locale, locales, pathIn, pathWithoutLocale } from '@global-ai-governance/content'

/**
 * Links to the page the visitor is on, in each language, each named in its own
 * language. Plain links rendered on the server: they work without JavaScript.
 * A client component only to read the current address (`usePathname`).
 */
export function LanguageSwitcher({ locale, label, names }: { locale: Locale; label: string; names: Record<Locale, string> }) {
  const path = pathWithoutLocale(usePathname())
  return (
    <nav className="language-switcher" aria-label={label}>
      <ul>
        {locales.map((other) => (
          <li key={other}>
            <a href={pathIn(other, path)} lang={other} hrefLang={other} aria-current={other === locale ? 'true' : undefined}>
              {names[other]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  )
}
