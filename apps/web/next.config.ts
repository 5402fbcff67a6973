import path from 'node:path'

import type { NextConfig } from 'next'

import { DRAFT_MODE_COOKIE, securityHeaders, servedOverHttps } from './src/lib/securityHeaders'

const production = process.env.NODE_ENV === 'production'
// Replicas share one page and data cache in Redis when REDIS_URL is set (DESIGN.md, "Scale-out"):
// a revalidate on any replica refreshes all of them. Without it each process keeps its own on disk.
const sharedCache = Boolean(process.env.REDIS_URL)

const nextConfig: NextConfig = {
  // Containers run the traced standalone server (the Dockerfile sets NEXT_OUTPUT);
  // `next start` on a checkout does not work with it.
  output: process.env.NEXT_OUTPUT === 'standalone' ? 'standalone' : undefined,
  poweredByHeader: false,
  ...(sharedCache ? { cacheHandler: require.resolve('@trieb.work/nextjs-turbo-redis-cache'), cacheMaxMemorySize: 0 } : {}),
  experimental: {
    // app/global-not-found.tsx: addresses that match no route get the site's own page.
    globalNotFound: true,
    // The stylesheet (about 5 kB gzip) inside each page: the first paint needs no second request,
    // so it comes before the scripts have loaded and run (docs/PERFORMANCE.md, "Largest paint").
    inlineCss: true,
  },
  // The contract package ships TypeScript source.
  transpilePackages: ['@global-ai-governance/content'],
  outputFileTracingRoot: path.resolve(__dirname, '../..'),
  // The share images read their fonts from disk (lib/seo/shareFonts.ts): the traced server needs the files.
  outputFileTracingIncludes: {
    '/**': ['noto-sans', 'noto-sans-sc'].flatMap((font) => [`../../node_modules/@fontsource/${font}/{400,700}.css`, `../../node_modules/@fontsource/${font}/files/*-{400,700}-normal.woff`]),
  },
  async headers() {
    // The build's public address; the proxy sets each page's policy again from the address where it runs.
    const https = servedOverHttps()
    return [
      { source: '/:path*', headers: securityHeaders({ production, https }) },
      // Draft previews may be framed by the CMS's Live Preview pane (the proxy sets their CSP), so no DENY for them.
      { source: '/:path*', missing: [{ type: 'cookie', key: DRAFT_MODE_COOKIE }], headers: [{ key: 'X-Frame-Options', value: 'DENY' }] },
    ]
  },
}

export default nextConfig
