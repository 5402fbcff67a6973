import type { Home } from '@global-ai-governance/content'

export function WhyGlobalGovernance({ why }: { why: Home['why'] }) {
  return (
    <section aria-labelledby="why-heading">
      <h2 id="why-heading">{why.heading}</h2>
      {(why.reasons ?? []).map((reason, index) => (
        <p key={reason.id ?? index}>{reason.text}</p>
      ))}
    </section>
  )
}
