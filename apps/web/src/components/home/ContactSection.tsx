import type { Site } from '@global-ai-governance/content'

export function ContactSection({ contact }: { contact: Site['contact'] }) {
  const people = (contact.people ?? []).map((person) => person.name)
  return (
    <section aria-labelledby="contact-heading">
      <h2 id="contact-heading">{contact.heading}</h2>
      {people.length ? <p>{people.join(' | ')}</p> : null}
      <p>
        {contact.team ? (
          <>
            {contact.team}
            <br />
          </>
        ) : null}
        {contact.organisation}
      </p>
      {contact.email ? (
        <p>
          <a href={`mailto:${contact.email}`}>{contact.email}</a>
        </p>
      ) : null}
    </section>
  )
}
