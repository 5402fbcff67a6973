import { serializeJsonLd } from '@/lib/seo/jsonLd'

/** Structured data for search engines (schema.org), escaped so no value can end the script element. */
export function JsonLd({ data }: { data: Record<string, unknown> }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />
}
