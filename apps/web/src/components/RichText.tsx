import { linkHref, type LexicalNode, type Locale, type RichText as RichTextValue } from '@global-ai-governance/content'
import { Fragment } from 'react'
import type React from 'react'

import { fallbackAttrs } from '@/components/common/TranslationNotice'

/*
 * Renders the Lexical JSON that Payload stores as React elements. Only a small,
 * known set of nodes becomes markup; the text is always a React text child, so
 * nothing an editor types can become HTML. Unknown nodes (a future editor
 * feature, a block) fall back to their children so no words are lost.
 */

// Lexical's text format bit flags (lexical/LexicalConstants: IS_BOLD, IS_ITALIC, …).
const IS_BOLD = 1
const IS_ITALIC = 1 << 1
const IS_UNDERLINE = 1 << 3
const IS_CODE = 1 << 4

const headingTags = new Set(['h2', 'h3', 'h4', 'h5', 'h6'])

/**
 * The href a link in rich text may have, or null to show its words as plain
 * text: the link rule every editor's save was checked against
 * (packages/content rules/links.ts), with site paths in the reader's language.
 */
export const safeHref = (raw: unknown, locale?: Locale): string | null => linkHref(raw, locale)

const formatBits = (node: LexicalNode): number => (typeof node.format === 'number' ? node.format : 0)

function renderText(node: LexicalNode, key: React.Key): React.ReactNode {
  const text = typeof node.text === 'string' ? node.text : ''
  if (text === '') return null
  const format = formatBits(node)
  let element: React.ReactNode = text
  if (format & IS_CODE) element = <code>{element}</code>
  if (format & IS_UNDERLINE) element = <u>{element}</u>
  if (format & IS_ITALIC) element = <em>{element}</em>
  if (format & IS_BOLD) element = <strong>{element}</strong>
  return <Fragment key={key}>{element}</Fragment>
}

function renderChildren(node: LexicalNode, locale: Locale | undefined): React.ReactNode[] {
  return (node.children ?? []).map((child, index) => renderNode(child, index, locale))
}

function renderNode(node: LexicalNode, key: React.Key, locale: Locale | undefined): React.ReactNode {
  switch (node.type) {
    case 'text':
      return renderText(node, key)
    case 'linebreak':
      return <br key={key} />
    case 'tab':
      return ' '
    case 'paragraph': {
      // The editor keeps empty paragraphs as spacing; the page's own spacing does that job.
      if (!node.children?.length) return null
      return <p key={key}>{renderChildren(node, locale)}</p>
    }
    case 'heading': {
      // The page title is the only h1, so an h1 in the body becomes an h2.
      const tag = typeof node.tag === 'string' && headingTags.has(node.tag) ? node.tag : 'h2'
      const Heading = tag as 'h2'
      return <Heading key={key}>{renderChildren(node, locale)}</Heading>
    }
    case 'list': {
      const ordered = node.listType === 'number' || node.tag === 'ol'
      const start = typeof node.start === 'number' && node.start !== 1 ? node.start : undefined
      return ordered ? (
        <ol key={key} start={start}>
          {renderChildren(node, locale)}
        </ol>
      ) : (
        <ul key={key}>{renderChildren(node, locale)}</ul>
      )
    }
    case 'listitem':
      return <li key={key}>{renderChildren(node, locale)}</li>
    case 'quote':
      return <blockquote key={key}>{renderChildren(node, locale)}</blockquote>
    case 'link':
    case 'autolink': {
      const fields = (node.fields ?? {}) as { url?: unknown; linkType?: unknown }
      // Internal links point at a document id, not an address: show their words only.
      const href = fields.linkType === 'internal' ? null : safeHref(fields.url ?? node.url, locale)
      const children = renderChildren(node, locale)
      return href ? (
        <a key={key} href={href}>
          {children}
        </a>
      ) : (
        <Fragment key={key}>{children}</Fragment>
      )
    }
    default:
      return node.children?.length ? <Fragment key={key}>{renderChildren(node, locale)}</Fragment> : null
  }
}

/** Rich text from the CMS; renders nothing for an empty or missing value. */
export function RichText({ value, locale, lang }: { value: RichTextValue | null | undefined; locale?: Locale; lang?: string | undefined }) {
  const blocks = value?.root?.children ?? []
  if (blocks.length === 0) return null
  return <div className="rich-text" {...fallbackAttrs(lang)}>{blocks.map((node, index) => renderNode(node, index, locale))}</div>
}
