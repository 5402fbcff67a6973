/**
 * What the public site answers over plain HTTP, as a crawler, a link preview
 * or a browser without JavaScript sees it: security headers on every kind of
 * response, the site's own 404 for unknown addresses, share images per
 * document, and English fallback text marked as English.
 */
import { webUrl } from '../support/pages'
import { api, staffToken, uniqueSuffix } from '../support/cms'

const get = (path: string) => fetch(`${webUrl()}${path}`, { redirect: 'manual' })

describe('security headers', () => {
  test.each([
    ['a page', '/en/risks'],
    ['a document page', '/fr/building-blocks/red-lines'],
    ['the 404 page', '/en/no-such-page'],
    ['an API route', '/api/references/all.bib'],
    ['the sitemap', '/sitemap.xml'],
  ])('%s carries the CSP, frame, referrer and type headers', async (_, path) => {
    const response = await get(path)
    const csp = response.headers.get('content-security-policy') ?? ''
    expect(csp).toContain("frame-ancestors 'none'")
    expect(csp).toContain("object-src 'none'")
    expect(csp).toContain("default-src 'self'")
    expect(response.headers.get('x-frame-options')).toBe('DENY')
    expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin')
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(response.headers.get('x-powered-by')).toBeNull()
    // Not production over https here: no HSTS promise a local http server cannot keep.
    expect(response.headers.get('strict-transport-security')).toBeNull()
  })
})

describe('an address that matches no page', () => {
  test.each(['/en/no-such-page', '/fr/risks/bias/extra', '/xx/anything'])('%s: 404 with the site’s own page in the HTML itself', async (path) => {
    const response = await get(path)
    expect(response.status).toBe(404)
    const html = await response.text()
    expect(html).toMatch(/<html lang="en" dir="ltr">/)
    expect(html).toMatch(/<h1>Page not found<\/h1>/)
    expect(html).toContain('href="#main-content"')
    // A way on in every language, each marked with its own language.
    expect(html).toMatch(/<span lang="ar" dir="rtl"><a href="\/ar">/)
    expect(html).toMatch(/<span lang="zh" dir="ltr"><a href="\/zh">/)
    expect(html).toContain('<meta name="robots" content="noindex"/>')
  })
})

describe('share images', () => {
  test('a risk page names its own image, which is a PNG of 1200 × 630', async () => {
    const html = await (await get('/en/risks/bias')).text()
    const image = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1]
    expect(image).toMatch(/\/en\/risks\/bias\/opengraph-image/)
    expect(html).toContain('<meta property="og:image:width" content="1200"/>')
    const response = await get(new URL(image!).pathname + new URL(image!).search)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('image/png')
    const bytes = new Uint8Array(await response.arrayBuffer())
    // PNG signature, then the IHDR's width and height.
    expect(Array.from(bytes.slice(1, 4))).toEqual([0x50, 0x4e, 0x47])
    const view = new DataView(bytes.buffer)
    expect([view.getUint32(16), view.getUint32(20)]).toEqual([1200, 630])
  })

  test.each(['/en/initiatives/eu-ai-act', '/en/actors/oecd', '/en/media/can-diplomats-save-the-world-again'])('%s, a content page without an image of its own, is an article with the site’s image', async (path) => {
    const html = await (await get(path)).text()
    expect(html).toContain('<meta property="og:type" content="article"/>')
    const image = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1]
    expect(image).toMatch(/\/opengraph-image(\?[^"]*)?$/)
    expect((await get(new URL(image!).pathname + new URL(image!).search)).headers.get('content-type')).toBe('image/png')
  })

  test.each([
    ['/fr/building-blocks/red-lines', 'Gouvernance mondiale de l’IA'],
    ['/zh/initiatives/eu-ai-act', '全球人工智能治理'],
    ['/ar/actors/oecd', 'الحوكمة العالمية للذكاء الاصطناعي'],
    ['/en/media/can-diplomats-save-the-world-again', 'Global AI Governance'],
  ])('%s names the site in its language for Open Graph, as every page does', async (path, siteName) => {
    const html = await (await get(path)).text()
    expect(html).toContain(`<meta property="og:site_name" content="${siteName}"/>`)
  })

  test('share images speak the page’s language: Chinese and Russian drawn as written, Arabic (which the renderer cannot join) in English', async () => {
    const png = async (path: string) => {
      const response = await get(path)
      expect(response.status).toBe(200)
      expect(response.headers.get('content-type')).toBe('image/png')
      return Buffer.from(await response.arrayBuffer())
    }
    const english = await png('/en/risks/bias/opengraph-image')
    expect((await png('/zh/risks/bias/opengraph-image')).equals(english)).toBe(false)
    expect((await png('/ru/risks/bias/opengraph-image')).equals(english)).toBe(false)
    expect((await png('/ar/risks/bias/opengraph-image')).equals(english)).toBe(true)
    // Index pages name their language's image of the site.
    expect(await (await get('/zh/risks')).text()).toMatch(/<meta property="og:image" content="[^"]+\/zh\/opengraph-image(\?[^"]*)?"/)
    expect((await png('/zh/opengraph-image')).equals(await png('/en/opengraph-image'))).toBe(false)
  })

  test('an index page keeps the site’s image', async () => {
    const html = await (await get('/en/risks')).text()
    expect(html).toMatch(/<meta property="og:image" content="[^"]+\/opengraph-image(\?[^"]*)?"/)
    expect(html).not.toMatch(/risks\/[a-z-]+\/opengraph-image/)
  })
})

describe('English text on a page in another language', () => {
  test('the Arabic home page is Arabic: the seeded text in Arabic, no part marked as English', async () => {
    const html = await (await get('/ar')).text()
    expect(html).toMatch(/<html lang="ar" dir="rtl">/)
    expect(html).toContain('أكبر مخاطر الذكاء الاصطناعي ستطال البشرية جمعاء.')
    expect(html).toMatch(/<div class="hero">/)
    expect(html).not.toMatch(/<(div|section|h2) [^>]*lang="en"/)
    expect(html).not.toContain('class="translation-notice"')
    expect(html).toContain('انتقل إلى المحتوى الرئيسي')
  })

  test('what an editor adds in English only is marked as English on the Arabic pages, with the notice on its own page', async () => {
    const { token } = await staffToken('editor')
    const created = await api('/api/risks', { method: 'POST', token, body: { title: `English-only risk ${uniqueSuffix()}`, order: 990, summary: 'Not translated yet.', _status: 'published' } })
    expect(created.status).toBe(201)
    const risk = created.body.doc
    try {
      const deadline = Date.now() + 10_000
      let index = ''
      // The publish refreshes the list at once; wait for that refresh to land.
      while (!index.includes(risk.slug) && Date.now() < deadline) index = await (await get('/ar/risks')).text()
      expect(index).toMatch(new RegExp(`<li lang="en" dir="ltr"><h2><a href="/ar/risks/${risk.slug}">`))
      const page = await (await get(`/ar/risks/${risk.slug}`)).text()
      expect(page).toContain('class="translation-notice"')
      expect(page).toMatch(/<h1 lang="en" dir="ltr">/)
    } finally {
      await api(`/api/risks/${risk.id}`, { method: 'DELETE', token })
    }
  })

  test.each([
    ['/fr/references', 'Références', 'Télécharger toutes les références'],
    ['/es/media', 'Películas y pódcasts', 'Los reproductores de otros sitios'],
    ['/ru/contact', '', 'Как связаться с командой'],
  ])('%s has its labels and description in its language, and hreflang alternates', async (path, heading, text) => {
    const html = await (await get(path)).text()
    if (heading) expect(html).toContain(heading)
    expect(html).toContain(text)
    for (const locale of ['en', 'fr', 'es', 'ar', 'zh', 'ru']) expect(html).toContain(`hrefLang="${locale}"`)
  })
})
