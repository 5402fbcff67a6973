import { contentSecurityPolicy, previewContentSecurityPolicy, securityHeaders } from './securityHeaders'

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
    const policy = previewContentSecurityPolicy({ production: true, cmsOrigin: 'https://cms.example.org' })
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
    const production = contentSecurityPolicy({ production: true })
    const scripts = production.split('; ').find((d) => d.startsWith('script-src'))
    expect(scripts).toBe("script-src 'self' 'unsafe-inline'")
    expect(contentSecurityPolicy({ production: false })).toContain("'unsafe-eval'")
  })
})
