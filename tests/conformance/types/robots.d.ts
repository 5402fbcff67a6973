// npm `robots` 0.10.1 (ekalinin/robots.js) ships no types: what the robots.txt test uses of it.
declare module 'robots' {
  export class RobotsParser {
    constructor()
    /** Reads robots.txt given as its lines. */
    parse(lines: string[]): this
    /** The first group that names the agent (else `*`), then its first rule matching the path. */
    canFetchSync(userAgent: string, path: string): boolean
    getSitemaps(callback: (sitemaps: string[]) => void): void
  }
}
