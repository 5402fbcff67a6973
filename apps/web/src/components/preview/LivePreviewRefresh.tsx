'use client'

import { isDocumentEvent, ready } from '@payloadcms/live-preview'
import { useRouter } from 'next/navigation'
import { useEffect } from 'react'

/**
 * Inside the CMS's Live Preview pane: each save (autosave while typing)
 * re-renders the page on the server with the new draft. `serverURLs` are the
 * addresses the admin may be opened at (localhost and 127.0.0.1 both, in
 * development); messages from any other origin are ignored. (Payload's own
 * RefreshRouteOnSave re-subscribes on every render and, with Next 16's
 * router, missed the events; this keeps one listener.)
 */
export function LivePreviewRefresh({ serverURLs }: { serverURLs: readonly string[] }) {
  const router = useRouter()
  const key = serverURLs.join(' ')
  useEffect(() => {
    const origins = key.split(' ')
    const onMessage = (event: MessageEvent) => {
      if (origins.some((serverURL) => isDocumentEvent(event, serverURL))) router.refresh()
    }
    window.addEventListener('message', onMessage)
    // Tells the admin the pane is ready to be told about saves; the browser delivers it only to the origin the admin is at.
    for (const serverURL of origins) ready({ serverURL })
    return () => window.removeEventListener('message', onMessage)
  }, [router, key])
  return null
}
