import { translationStateOf, type Locale, type TranslationStatus } from '@global-ai-governance/content'
import type { ServerProps } from 'payload'

import { isStaff, translatorLanguages } from '../access/roles'
import { editedCollections, editedGlobals } from './editedDocuments'
import { reasonOf, stateLabel, translatedLanguages } from './translationLabels'

const translatedCollections = editedCollections.filter((each) => each.translated)

type Entry = { key: string; kind: string; title: string; href: string; status: TranslationStatus }

/**
 * On the dashboard: per language, the documents whose texts are missing or
 * out of date there, with why. A translator sees their own languages.
 */
export async function NeedsTranslation({ payload, user: signedIn }: ServerProps) {
  const user = signedIn ?? null
  if (!isStaff(user)) return null
  const admin = payload.config.routes.admin
  const mine = translatorLanguages(user)
  const languages = translatedLanguages.filter(({ code }) => !mine || mine.includes(code))
  const fromCollections = await Promise.all(
    translatedCollections.map(async ({ slug, label }) => {
      const { docs } = await payload.find({ collection: slug, draft: true, depth: 0, limit: 500, locale: 'en', user, overrideAccess: false })
      return docs.flatMap((doc): Entry[] => {
        const fields = doc as unknown as { id: number; title?: string | null; name?: string | null; translationStatus?: TranslationStatus | null }
        return fields.translationStatus
          ? [{ key: `${slug}-${fields.id}`, kind: label, title: fields.title || fields.name || `#${fields.id}`, href: `${admin}/collections/${slug}/${fields.id}`, status: fields.translationStatus }]
          : []
      })
    }),
  )
  const fromGlobals = await Promise.all(
    editedGlobals.map(async ({ slug, label }): Promise<Entry[]> => {
      const doc = (await payload.findGlobal({ slug, draft: true, depth: 0, locale: 'en', user, overrideAccess: false })) as { translationStatus?: TranslationStatus | null }
      return doc.translationStatus ? [{ key: slug, kind: label, title: label, href: `${admin}/globals/${slug}`, status: doc.translationStatus }] : []
    }),
  )
  const entries = [...fromGlobals.flat(), ...fromCollections.flat()]
  return (
    <section className="review-queue needs-translation" aria-labelledby="needs-translation-heading">
      <h2 id="needs-translation-heading">Needs translation</h2>
      {languages.map(({ code, label }) => {
        const waiting = entries.filter((entry) => translationStateOf(entry.status, code as Locale) !== 'up-to-date')
        return (
          <details key={code} open={waiting.length > 0 && waiting.length <= 10}>
            <summary>
              {label} ({waiting.length})
            </summary>
            {waiting.length === 0 ? (
              <p>Every document is translated and up to date.</p>
            ) : (
              <ul>
                {waiting.map((entry) => (
                  <li key={entry.key}>
                    <a href={`${entry.href}?locale=${code}`}>{entry.title}</a>{' '}
                    <span className="review-queue__meta">
                      · {entry.kind} · {stateLabel[translationStateOf(entry.status, code as Locale)]}: {reasonOf(entry.status, code as Locale)}
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </details>
        )
      })}
    </section>
  )
}
