'use client'

// Shown when the CMS cannot be reached or answers with content that fails the contract.
export default function ContentError({ error }: { error: Error & { digest?: string } }) {
  return (
    <>
      <h1>Sorry, there is a problem with this page</h1>
      <p>We could not load this page just now. Please try again in a few minutes.</p>
      {error.digest ? <p>Reference: {error.digest}</p> : null}
    </>
  )
}
