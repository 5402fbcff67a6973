import type { ServerProps } from 'payload'

import { canPublish, isStaff } from '../access/roles'
import type { ReviewState } from '../fields/review'
import { editedCollections, editedGlobals } from './editedDocuments'

type Waiting = { key: string; kind: string; title: string; href: string; updatedAt?: string; note?: string | null }

const formatTime = (iso?: string) => (iso ? new Date(iso).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }) + ' UTC' : '')

/**
 * On the dashboard: editors see the drafts contributors marked ready for
 * review; contributors see the drafts sent back to them. Read with the
 * user's own access rights, latest draft of each document.
 */
export async function ReviewQueue({ payload, user: signedIn }: ServerProps) {
  const user = signedIn ?? null
  if (!isStaff(user)) return null
  const publisher = canPublish(user)
  const wanted: ReviewState = publisher ? 'ready' : 'changes-requested'
  const admin = payload.config.routes.admin
  const fromCollections = await Promise.all(
    editedCollections.map(async ({ slug, label }) => {
      const { docs } = await payload.find({
        collection: slug,
        draft: true,
        where: { reviewStatus: { equals: wanted } },
        depth: 0,
        limit: 50,
        sort: '-updatedAt',
        user,
        overrideAccess: false,
      })
      return docs.map((doc): Waiting => {
        const fields = doc as unknown as { id: number; title?: string | null; name?: string | null; slug?: string | null; updatedAt?: string; reviewNote?: string | null }
        return {
          key: `${slug}-${fields.id}`,
          kind: label,
          title: fields.title || fields.name || fields.slug || `#${fields.id}`,
          href: `${admin}/collections/${slug}/${fields.id}`,
          updatedAt: fields.updatedAt,
          note: fields.reviewNote,
        }
      })
    }),
  )
  const fromGlobals = await Promise.all(
    editedGlobals.map(async ({ slug, label }): Promise<Waiting[]> => {
      const doc = (await payload.findGlobal({ slug, draft: true, depth: 0, user, overrideAccess: false })) as { reviewStatus?: string; updatedAt?: string; reviewNote?: string | null }
      return doc.reviewStatus === wanted ? [{ key: slug, kind: label, title: label, href: `${admin}/globals/${slug}`, updatedAt: doc.updatedAt, note: doc.reviewNote }] : []
    }),
  )
  const waiting = [...fromCollections.flat(), ...fromGlobals.flat()]
  const heading = publisher ? 'Waiting for review' : 'Sent back to you'
  return (
    <section className="review-queue" aria-labelledby="review-queue-heading">
      <h2 id="review-queue-heading">
        {heading} ({waiting.length})
      </h2>
      {waiting.length === 0 ? (
        <p>{publisher ? 'No draft is waiting for review.' : 'No draft has been sent back.'}</p>
      ) : (
        <ul>
          {waiting.map((item) => (
            <li key={item.key}>
              <a href={item.href}>{item.title}</a> <span className="review-queue__meta">· {item.kind} · saved {formatTime(item.updatedAt)}</span>
              {item.note ? <p className="review-queue__note">{item.note}</p> : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
