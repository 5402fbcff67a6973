import { createHmac } from 'node:crypto'

import { publicPathOf } from './paths'
import { PREVIEW_LINK_LIFETIME_SECONDS, previewLink } from './signing'

describe('where a document is previewed', () => {
  test('each kind of document opens on its public page, in the editor’s language', () => {
    expect(publicPathOf({ collection: 'risks', slug: 'bias' }, 'fr')).toBe('/fr/risks/bias')
    expect(publicPathOf({ collection: 'building-blocks', slug: 'red-lines' }, 'ar')).toBe('/ar/building-blocks/red-lines')
    expect(publicPathOf({ collection: 'benefits', slug: 'health' }, 'en')).toBe('/en/benefits/health')
    expect(publicPathOf({ collection: 'media-entries', slug: 'the-film' }, 'es')).toBe('/es/media#the-film')
    expect(publicPathOf({ collection: 'citations', slug: 'maas-2023' }, 'zh')).toBe('/zh/references#maas-2023')
    expect(publicPathOf({ global: 'home' }, 'ru')).toBe('/ru')
    expect(publicPathOf({ global: 'site' }, 'en')).toBe('/en/contact')
  })

  test('a document without a slug yet has no page to preview', () => {
    expect(publicPathOf({ collection: 'risks', slug: '' }, 'en')).toBeNull()
    expect(publicPathOf({ collection: 'risks', slug: null }, 'en')).toBeNull()
  })
})

describe('preview links', () => {
  const secret = 's'.repeat(40)
  const now = Date.UTC(2026, 10, 27, 10, 20, 0)

  test('carry the path, an expiry and an HMAC of both, never the secret', () => {
    const link = new URL(previewLink('https://example.org', secret, '/en/risks/bias', now))
    expect(link.origin + link.pathname).toBe('https://example.org/api/preview')
    const expires = Number(link.searchParams.get('expires'))
    expect(link.searchParams.get('signature')).toBe(createHmac('sha256', secret).update(`/en/risks/bias\n${expires}`).digest('hex'))
    expect(link.toString()).not.toContain(secret)
    // At least the lifetime, at most an hour more (rounded so the link stays the same while typing).
    expect(expires - now / 1000).toBeGreaterThanOrEqual(PREVIEW_LINK_LIFETIME_SECONDS)
    expect(expires - now / 1000).toBeLessThanOrEqual(PREVIEW_LINK_LIFETIME_SECONDS + 3600)
  })

  test('stay the same within the hour, so the Live Preview pane is not reloaded on every autosave', () => {
    expect(previewLink('https://example.org', secret, '/en', now)).toBe(previewLink('https://example.org', secret, '/en', now + 30 * 60 * 1000))
  })
})
