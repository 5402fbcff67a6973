import { checkHttpsUrl } from '@global-ai-governance/content'

/**
 * An embed address the site will load in an iframe, or null: the https rule
 * the CMS checked it against (packages/content rules/links.ts), checked again
 * here because the iframe is the site's own.
 */
export function safeEmbedUrl(value: string | null | undefined): URL | null {
  const check = checkHttpsUrl(value)
  return check.ok ? new URL(check.href) : null
}

/** A watch or listen page the visitor may follow, by the same rule. */
export function safeLinkUrl(value: string | null | undefined): string | null {
  const check = checkHttpsUrl(value)
  return check.ok ? check.href : null
}
