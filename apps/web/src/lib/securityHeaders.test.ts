import { contentSecurityPolicy, previewContentSecurityPolicy, securityHeaders, servedOverHttps } from './securityHeaders'
import { cmsOrigins } from './seo/site'

const byName = (headers: { key: string; value: string }[]) => Object.fromEntries(headers.map((h) => [h.key, h.value]))

describe('security headers', () => {
  test('forbid framing, sniffing and plugins, and keep referrers to the origin', () => {
    const headers = byName(securityHeaders({ production: true, https: true }))
    expect(headers['Content-Security-Policy']).toContain("frame-ancestors 'none'")
    expect(headers['Content-Security-Policy']).toContain("object-src 'none'")
    expect(headers['X-Content-Type-Options']).toBe('nosniff')
    expect(headers['Referrer-Policy']).toBe('strict-origin-when-cross-origin')
  })

  test('a draft preview may be framed by the CMS, and by nothing else', () => {
    const policy = previewContentSecurityPolicy({ production: true, https: true, cmsOrigins: ['https://cms.example.org'] })
    expect(policy).toContain("frame-ancestors 'self' https://cms.example.org;")
    expect(policy).toContain("object-src 'none'")
    expect(policy).not.toContain("frame-ancestors 'none'")
  })

  test('HSTS only in production over https', () => {
    expect(byName(securityHeaders({ production: true, https: true }))['Strict-Transport-Security']).toMatch(/max-age=\d{8}/)
    expect(byName(securityHeaders({ production: true, https: false }))['Strict-Transport-Security']).toBeUndefined()
    expect(byName(securityHeaders({ production: false, https: true }))['Strict-Transport-Security']).toBeUndefined()
  })

  test('no script origin other than the site itself, and eval only in development', () => {
    const production = contentSecurityPolicy({ production: true, https: true })
    const scripts = production.split('; ').find((d) => d.startsWith('script-src'))
    expect(scripts).toBe("script-src 'self' 'unsafe-inline'")
    expect(contentSecurityPolicy({ production: false, https: false })).toContain("'unsafe-eval'")
  })

  const directives = (policy: string) => policy.split('; ').map((d) => d.split(' ')[0])

  test('over https every page, preview or not, upgrades insecure requests', () => {
    expect(directives(byName(securityHeaders({ production: true, https: true }))['Content-Security-Policy']!)).toContain('upgrade-insecure-requests')
    expect(directives(previewContentSecurityPolicy({ production: true, https: true, cmsOrigins: ['https://cms.example.org'] }))).toContain('upgrade-insecure-requests')
  })

  test('over plain http nothing is upgraded, in production too (a staging host would lose its styles and scripts)', () => {
    expect(directives(byName(securityHeaders({ production: true, https: false }))['Content-Security-Policy']!)).not.toContain('upgrade-insecure-requests')
    expect(directives(previewContentSecurityPolicy({ production: true, https: false, cmsOrigins: ['http://cms.staging.example'] }))).not.toContain('upgrade-insecure-requests')
    expect(directives(contentSecurityPolicy({ production: false, https: false }))).not.toContain('upgrade-insecure-requests')
  })

  test.each([
    ['https://www.example.org', true],
    ['HTTPS://example.org/', true],
    [' https://example.org', true],
    ['http://staging.example:3000', false],
    ['http://192.168.1.20:3000', false],
    ['', false],
    [undefined, false],
  ])('WEB_PUBLIC_URL %p is served over https: %p', (value, expected) => {
    expect(servedOverHttps(value)).toBe(expected)
  })
})

describe('the CMS addresses Live Preview trusts', () => {
  it('the admin at localhost or at 127.0.0.1: both, and any listed in CMS_PUBLIC_URLS', () => {
    expect(cmsOrigins('http://localhost:3001', undefined)).toEqual(['http://localhost:3001', 'http://127.0.0.1:3001'])
    expect(cmsOrigins('http://127.0.0.1:3001/', '')).toEqual(['http://127.0.0.1:3001', 'http://localhost:3001'])
    expect(cmsOrigins('https://cms.example.org', 'https://admin.example.org, not an address, data:text/html,x')).toEqual(['https://cms.example.org', 'https://admin.example.org'])
    const policy = previewContentSecurityPolicy({ production: false, https: false, cmsOrigins: cmsOrigins('http://localhost:3001', undefined) })
    expect(policy).toContain("frame-ancestors 'self' http://localhost:3001 http://127.0.0.1:3001")
  })
})
