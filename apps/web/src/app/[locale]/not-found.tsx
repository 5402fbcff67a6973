import type { Metadata } from 'next'

import { PageNotFound } from '@/components/PageNotFound'
import { currentRequestLocale } from '@/lib/requestLocale'

export const metadata: Metadata = { title: 'Page not found' }

// Rendered inside the locale layout, so the site header and footer stay.
export default function NotFound() {
  return <PageNotFound locale={currentRequestLocale()} />
}
