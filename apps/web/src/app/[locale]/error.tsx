'use client'

import { useParams } from 'next/navigation'

import { translator } from '@/lib/i18n'
import { defaultLocale, isLocale } from '@/lib/locales'

// Shown when the CMS cannot be reached or answers with content that fails the contract.
export default function ContentError({ error }: { error: Error & { digest?: string } }) {
  const requested = useParams<{ locale?: string }>()?.locale ?? ''
  const t = translator(isLocale(requested) ? requested : defaultLocale)
  return (
    <>
      <h1>{t('error.title')}</h1>
      <p>{t('error.body')}</p>
      {error.digest ? <p>{t('error.reference', { digest: error.digest })}</p> : null}
    </>
  )
}
