/** One failing field of a document: where (`currentEfforts[0].initiative`) and what. */
export interface ContentIssue {
  path: string
  message: string
}

export type ContentParseKind = 'collection' | 'global' | 'list'

export interface ContentParseErrorOptions {
  /** REST slug of the collection or global, e.g. 'building-blocks' or 'home'. */
  typeName: string
  /** The document's slug or id, when the answer carried one. */
  document?: string | number | undefined
  issues: ContentIssue[]
  /** What was parsed: a collection document (default), a global, or a list envelope. */
  kind?: ContentParseKind
  url?: string | undefined
}

const describeDocument = (document: string | number | undefined): string => {
  if (document === undefined || document === '') return ''
  return typeof document === 'number' ? ` #${document}` : ` "${document}"`
}

/**
 * A CMS answer that does not match the contract. The message names the type,
 * the document and every failing field, e.g.
 * `Invalid building-blocks "red-lines": summary: expected string, received undefined`.
 */
export class ContentParseError extends Error {
  readonly typeName: string
  readonly document: string | number | undefined
  readonly issues: ContentIssue[]
  readonly kind: ContentParseKind
  readonly url: string | undefined

  constructor({ typeName, document, issues, kind = 'collection', url }: ContentParseErrorOptions) {
    const subject =
      kind === 'global'
        ? `global ${typeName}`
        : kind === 'list'
          ? `${typeName} list response`
          : `${typeName}${describeDocument(document)}`
    const detail = issues.map((issue) => `${issue.path}: ${issue.message}`).join('; ')
    super(`Invalid ${subject}: ${detail || 'does not match its schema'}`)
    this.name = 'ContentParseError'
    this.typeName = typeName
    this.document = document
    this.issues = issues
    this.kind = kind
    this.url = url
  }
}

export interface ContentRequestErrorOptions {
  url: string
  /** HTTP status; undefined when no answer came (network failure, timeout). */
  status?: number | undefined
  statusText?: string | undefined
  /** The start of the answer's body, for logs. */
  bodyExcerpt?: string | undefined
  /** What went wrong, when it is not the status (e.g. "network error: fetch failed"). */
  reason?: string | undefined
  cause?: unknown
}

export const bodyExcerptLength = 500

export const excerpt = (text: string, length = bodyExcerptLength): string =>
  text.length > length ? `${text.slice(0, length)}…` : text

/** The CMS did not answer, or answered with something other than 2xx JSON. */
export class ContentRequestError extends Error {
  readonly url: string
  readonly status: number | undefined
  readonly statusText: string | undefined
  readonly bodyExcerpt: string | undefined

  constructor({ url, status, statusText, bodyExcerpt, reason, cause }: ContentRequestErrorOptions) {
    const what =
      reason ?? (status !== undefined ? `HTTP ${status}${statusText ? ` ${statusText}` : ''}` : 'request failed')
    const body = bodyExcerpt ? `: ${bodyExcerpt}` : ''
    super(`GET ${url} failed: ${what}${body}`, cause === undefined ? undefined : { cause })
    this.name = 'ContentRequestError'
    this.url = url
    this.status = status
    this.statusText = statusText
    this.bodyExcerpt = bodyExcerpt
  }
}

/** No published document (visible to this reader) has that slug or id. */
export class ContentNotFoundError extends Error {
  readonly typeName: string
  readonly document: string | number

  constructor({ typeName, document }: { typeName: string; document: string | number }) {
    super(`No ${typeName}${describeDocument(document)} found`)
    this.name = 'ContentNotFoundError'
    this.typeName = typeName
    this.document = document
  }
}

export const isContentNotFoundError = (error: unknown): error is ContentNotFoundError =>
  error instanceof ContentNotFoundError
