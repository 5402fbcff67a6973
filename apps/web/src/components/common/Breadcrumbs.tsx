import { defaultLocale, type Locale } from '@global-ai-governance/content'

import { fallbackAttrs } from '@/components/common/TranslationNotice'
import { translator } from '@/lib/i18n'

export type Crumb = { label: string; href?: string; lang?: string | undefined }

/** Where the page sits: every step but the last is a link; the last is the page itself. */
export function Breadcrumbs({ trail, locale = defaultLocale }: { trail: Crumb[]; locale?: Locale }) {
  return (
    <nav className="breadcrumbs" aria-label={translator(locale)('breadcrumbs.label')}>
      <ol>
        {trail.map((crumb, index) => (
          <li key={`${index}-${crumb.label}`}>
            {crumb.href && index < trail.length - 1 ? (
              <a href={crumb.href} {...fallbackAttrs(crumb.lang)}>
                {crumb.label}
              </a>
            ) : (
              <span aria-current="page" {...fallbackAttrs(crumb.lang)}>
                {crumb.label}
              </span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  )
}
