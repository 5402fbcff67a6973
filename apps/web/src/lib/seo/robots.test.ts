import { buildRobots } from './robots'
import { siteUrl } from './site'

describe('buildRobots', () => {
  it('allows every page, keeps crawlers out of the API and points to the sitemap', () => {
    expect(buildRobots('https://example.org')).toEqual({
      rules: [{ userAgent: '*', allow: '/', disallow: '/api/' }],
      sitemap: 'https://example.org/sitemap.xml',
    })
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
