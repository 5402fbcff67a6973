import { buildRobots } from './robots'
import { siteUrl } from './site'

describe('buildRobots', () => {
  const robots = buildRobots('https://example.org')
  const rules = [robots.rules].flat()

  it('keeps crawlers out of the API only and points to the sitemap', () => {
    expect(rules).toEqual([{ userAgent: '*', disallow: '/api/' }])
    expect(robots.sitemap).toBe('https://example.org/sitemap.xml')
  })

  it('has no Allow that overlaps a Disallow, so first-match and longest-match parsers read it alike', () => {
    const overlapping = rules.flatMap((rule) =>
      [rule.allow ?? []].flat().flatMap((allow) => [rule.disallow ?? []].flat().filter((disallow) => disallow.startsWith(allow) || allow.startsWith(disallow)).map((disallow) => [allow, disallow])),
    )
    expect(overlapping).toEqual([])
  })
})

describe('siteUrl', () => {
  it('uses WEB_PUBLIC_URL without a trailing slash, or the local default', () => {
    expect(siteUrl('https://governance.example/')).toBe('https://governance.example')
    expect(siteUrl(undefined)).toBe('http://localhost:3000')
    expect(siteUrl('')).toBe('http://localhost:3000')
    expect(siteUrl('not a url')).toBe('http://localhost:3000')
    expect(siteUrl('javascript:alert(1)')).toBe('http://localhost:3000')
  })
})
