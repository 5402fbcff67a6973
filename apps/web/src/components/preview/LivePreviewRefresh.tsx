'use client'

import { isDocumentEvent, ready } from '@payloadcms/live-preview'
import { useRouter } from 'next/navigation'
import { useEffect } from 'react'

/**
 * Inside the CMS's Live Preview pane: each save (autosave while typing)
 * re-renders the page on the server with the new draft. `serverURL` is the
 * CMS's address as the browser knows it; messages from any other origin are
 * ignored. (Payload's own RefreshRouteOnSave re-subscribes on every render
 * and, with Next 16's router, missed the events; this keeps one listener.)
 */
export function LivePreviewRefresh({ serverURL }: { serverURL: string }) {
  const router = useRouter()
  useEffect(() => {
    const onMessage = (event: MessageEvent) => {
      if (isDocumentEvent(event, serverURL)) router.refresh()
    }
    window.addEventListener('message', onMessage)
    // Tells the admin the pane is ready to be told about saves.
    ready({ serverURL })
    return () => window.removeEventListener('message', onMessage)
  }, [router, serverURL])
  return null
}
