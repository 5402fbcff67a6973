import type { Locale, Site } from '@global-ai-governance/content'

import { Breadcrumbs } from '@/components/common/Breadcrumbs'
import { translator } from '@/lib/i18n'
import { sitePaths } from '@global-ai-governance/content'

// Only a plausible address becomes a mailto link.
const isEmail = (value: string): boolean => /^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/.test(value)

/** Who runs the project: the people, team and organisation from the site settings; the email only when set. */
export function ContactPage({ contact, locale }: { contact: Site['contact']; locale: Locale }) {
  const people = (contact.people ?? []).map((person) => person.name)
  const email = contact.email?.trim()
  return (
    <>
      <Breadcrumbs trail={[{ label: translator(locale)('breadcrumbs.home'), href: sitePaths.home(locale) }, { label: contact.heading }]} locale={locale} />
      <h1>{contact.heading}</h1>
      {people.length ? (
        <ul className="plain-list">
          {people.map((name, index) => (
            <li key={`${index}-${name}`}>{name}</li>
          ))}
        </ul>
      ) : null}
      {contact.team || contact.organisation ? (
        <p>
          {contact.team ? (
            <>
              {contact.team}
              {contact.organisation ? <br /> : null}
            </>
          ) : null}
          {contact.organisation}
        </p>
      ) : null}
      {email && isEmail(email) ? (
        <p>
          {translator(locale)('contact.email')} <a href={`mailto:${email}`}>{email}</a>
        </p>
      ) : null}
    </>
  )
}
