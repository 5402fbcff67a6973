'use client'

import { useParams } from 'next/navigation'
import { defaultLocale, isLocale } from '@global-ai-governance/content'

import { errorReference, errorStrings } from '@/lib/errorStrings'

// Shown when the CMS cannot be reached or answers with content that fails the contract.
export default function ContentError({ error }: { error: Error & { digest?: string } }) {
  const requested = useParams<{ locale?: string }>()?.locale ?? ''
  const strings = errorStrings(isLocale(requested) ? requested : defaultLocale)
  return (
    <>
      <h1>{strings.title}</h1>
      <p>{strings.body}</p>
      {error.digest ? <p>{errorReference(strings, error.digest)}</p> : null}
    </>
  )
}
