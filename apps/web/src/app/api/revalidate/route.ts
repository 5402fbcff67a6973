// POST /api/revalidate — the CMS names the cache tags a publish changed
// (`risks`, `risks:ai-bias`, `global:home`) and the pages that fetched with
// them are rendered afresh on their next request. Bearer REVALIDATE_SECRET only.
import { revalidateTag } from 'next/cache'
import { MAX_TAGS_PER_REQUEST, revalidateRequestSchema } from '@global-ai-governance/content'
import { secretsMatch } from '@global-ai-governance/content/server'
import { NextResponse } from 'next/server'

export const dynamic = 'force-dynamic'

let reportedMissingSecret = false

export async function POST(request: Request): Promise<Response> {
  const secret = process.env.REVALIDATE_SECRET
  if (!secret) {
    if (!reportedMissingSecret) {
      reportedMissingSecret = true
      console.error('POST /api/revalidate refused: REVALIDATE_SECRET is not set, so publishes cannot refresh the site.')
    }
    return NextResponse.json({ error: 'Revalidation is not configured on this server (REVALIDATE_SECRET is not set).' }, { status: 503 })
  }

  const header = request.headers.get('authorization') ?? ''
  const given = /^Bearer (.+)$/.exec(header)?.[1]
  if (!given || !secretsMatch(given, secret)) {
    return NextResponse.json({ error: 'Unauthorized' }, { status: 401, headers: { 'WWW-Authenticate': 'Bearer' } })
  }

  let json: unknown
  try {
    json = await request.json()
  } catch {
    return NextResponse.json({ error: 'The body must be JSON: { "tags": ["…"] }', issues: [] }, { status: 400 })
  }
  const parsed = revalidateRequestSchema.safeParse(json)
  if (!parsed.success) {
    return NextResponse.json({ error: `Invalid body: expected { "tags": ["…"] } with 1 to ${MAX_TAGS_PER_REQUEST} tags`, issues: parsed.error.issues }, { status: 400 })
  }

  const { tags } = parsed.data
  // `{ expire: 0 }` expires at once: the next request renders with fresh data
  // (the "max" profile would serve the stale page once more). `updateTag` is for
  // Server Actions only and throws in a route handler.
  for (const tag of tags) revalidateTag(tag, { expire: 0 })
  return NextResponse.json({ revalidated: tags, now: Date.now() })
}
