'use client'

import { useState } from 'react'

import { safeEmbedUrl } from '@/lib/embed'

/**
 * A third-party player loaded only when the visitor asks for it: until the
 * click there is no iframe and no request to the other site. Without
 * JavaScript the button does nothing, and the page's plain link remains.
 */
export function ClickToLoadEmbed({ src, title, label }: { src: string; title: string; label: string }) {
  const [loaded, setLoaded] = useState(false)
  const url = safeEmbedUrl(src)
  if (!url) return null
  if (!loaded) {
    return (
      <button type="button" className="embed-consent" onClick={() => setLoaded(true)}>
        {label}
      </button>
    )
  }
  return (
    <div className="embed">
      <iframe
        src={url.href}
        title={title}
        allow="autoplay; encrypted-media; fullscreen; picture-in-picture"
        allowFullScreen
        referrerPolicy="strict-origin-when-cross-origin"
        sandbox="allow-scripts allow-same-origin allow-presentation allow-popups allow-popups-to-escape-sandbox"
        loading="lazy"
        width={560}
        height={315}
      />
    </div>
  )
}
