'use client'

import { usePathname } from 'next/navigation'

/**
 * Leaves draft preview and returns to the published version of this page.
 * A plain form: it works without JavaScript (the path is rendered on the server).
 */
export function ExitPreviewForm({ label }: { label: string }) {
  const path = usePathname()
  return (
    <form method="post" action="/api/preview/exit" className="preview-banner__exit">
      <input type="hidden" name="path" value={path ?? '/'} />
      <button type="submit">{label}</button>
    </form>
  )
}
