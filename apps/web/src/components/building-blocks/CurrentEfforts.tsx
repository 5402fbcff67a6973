import type { CurrentEffort, EffortStatus } from '@global-ai-governance/content'

import { safeHref } from '@/components/RichText'

// The words editors choose from in the CMS (BuildingBlocks effortStatuses), shortened for readers.
export const effortStatusLabel: Record<EffortStatus, string> = {
  proposed: 'Proposed',
  'in-negotiation': 'Under negotiation',
  adopted: 'Adopted or signed',
  'in-force': 'In force or applying',
  operating: 'Operating',
}

/** Only https links leave the site; the CMS checks this too, the page does not rely on it. */
const httpsOnly = (link: string | null | undefined): string | null => {
  const href = safeHref(link)
  return href?.toLowerCase().startsWith('https://') ? href : null
}

/** Initiatives under way: each with who leads it, when, how far it has got, and a note. */
export function CurrentEfforts({ efforts }: { efforts: readonly CurrentEffort[] | null | undefined }) {
  return (
    <section aria-labelledby="current-efforts-heading">
      <h2 id="current-efforts-heading">Current efforts</h2>
      {efforts?.length ? (
        <ul className="effort-list">
          {efforts.map((effort, index) => {
            const href = httpsOnly(effort.link)
            return (
              <li key={effort.id ?? index}>
                <h3>{href ? <a href={href}>{effort.initiative}</a> : effort.initiative}</h3>
                <dl className="facts">
                  {effort.actors ? (
                    <div>
                      <dt>Who</dt>
                      <dd>{effort.actors}</dd>
                    </div>
                  ) : null}
                  {effort.year ? (
                    <div>
                      <dt>Year</dt>
                      <dd>{effort.year}</dd>
                    </div>
                  ) : null}
                  {effort.status ? (
                    <div>
                      <dt>Status</dt>
                      <dd>{effortStatusLabel[effort.status]}</dd>
                    </div>
                  ) : null}
                </dl>
                {effort.note ? <p>{effort.note}</p> : null}
              </li>
            )
          })}
        </ul>
      ) : (
        <p>No current efforts are recorded for this building block yet.</p>
      )}
    </section>
  )
}
