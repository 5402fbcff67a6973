import { ImageResponse } from 'next/og'

import { siteTitle } from '@/lib/seo/site'

// One static image for every page: the site's name on a plain background, in next/og's
// bundled font (no font files or other requests).
export const alt = siteTitle
export const size = { width: 1200, height: 630 }
export const contentType = 'image/png'

export default function OpenGraphImage() {
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
        <div style={{ fontSize: 88, fontWeight: 700, lineHeight: 1.1 }}>{siteTitle}</div>
        <div style={{ marginTop: 32, fontSize: 36, color: '#c9d6e8' }}>Building blocks of an international AI governance regime</div>
      </div>
    ),
    size,
  )
}
