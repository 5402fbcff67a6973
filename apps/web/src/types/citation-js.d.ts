// citation-js ships no type declarations; these cover the part of its API the site uses.
declare module '@citation-js/core' {
  export interface FormatOptions {
    format?: 'text' | 'html' | 'string' | 'object'
    template?: string
    lang?: string
    type?: 'string' | 'object' | 'json' | 'html'
    asEntryArray?: boolean
  }
  export class Cite {
    constructor(data?: unknown, options?: Record<string, unknown>)
    data: Array<Record<string, unknown>>
    /** `format: 'object'`: the output format's own records (for RIS, one object of tags per item). */
    format(style: string, options: FormatOptions & { format: 'object' }): unknown
    format(style: string, options?: FormatOptions): string
  }
}
declare module '@citation-js/plugin-csl'
declare module '@citation-js/plugin-bibtex'
declare module '@citation-js/plugin-ris'
