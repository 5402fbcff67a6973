import type { Home } from '@global-ai-governance/content'

export function Hero({ hero }: { hero: Home['hero'] }) {
  return (
    <div className="hero">
      <h1>{hero.heading}</h1>
      <p className="lede">{hero.lede}</p>
    </div>
  )
}
