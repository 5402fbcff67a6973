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
    format(style: string, options?: FormatOptions): string
  }
  export const plugins: {
    config: { get(name: string): unknown }
  }
}
declare module '@citation-js/plugin-csl'
declare module '@citation-js/plugin-bibtex'
declare module '@citation-js/plugin-ris'
