import { ImageResponse } from 'next/og'

import { siteTitle } from './site'

export const shareImageSize = { width: 1200, height: 630 }

/**
 * The picture a link preview shows: a page's title (or the site's name) on the
 * site's colours, in next/og's bundled font. That font covers Latin script only
 * and any other glyph would make next/og fetch a font from the internet, so
 * documents' images use their English titles.
 */
export function shareImage({ kicker, title, subtitle }: { kicker?: string; title: string; subtitle?: string }) {
  return new ImageResponse(
    (
      <div
        style={{
          width: '100%',
          height: '100%',
          display: 'flex',
          flexDirection: 'column',
          justifyContent: 'center',
          padding: '80px',
          background: '#0b2545',
          color: '#ffffff',
        }}
      >
        {kicker ? <div style={{ fontSize: 34, color: '#c9d6e8', marginBottom: 24 }}>{kicker}</div> : null}
        <div style={{ fontSize: title.length > 60 ? 64 : 88, fontWeight: 700, lineHeight: 1.1 }}>{title}</div>
        {subtitle ? <div style={{ marginTop: 32, fontSize: 36, color: '#c9d6e8' }}>{subtitle}</div> : null}
      </div>
    ),
    shareImageSize,
  )
}

/** The image of one building block, risk or benefit, or the site's own when the document is gone. */
export function documentShareImage(kicker: string, title: string | undefined) {
  return title ? shareImage({ kicker: `${siteTitle} · ${kicker}`, title }) : shareImage({ title: siteTitle })
}
