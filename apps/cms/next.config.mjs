import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Containers run the traced standalone server (the Dockerfile sets NEXT_OUTPUT);
  // `next start` on a checkout does not work with it.
  output: process.env.NEXT_OUTPUT === 'standalone' ? 'standalone' : undefined,
  poweredByHeader: false,
  // Traces files from the monorepo root so the standalone server finds hoisted packages.
  outputFileTracingRoot: new URL('../../', import.meta.url).pathname,
  images: { unoptimized: true },
  // src/proxy.ts checks addresses as the client sent them (bad percent-encoding is refused there,
  // not mended into text or U+FFFD); it changes no address itself.
  skipProxyUrlNormalize: true,
  // The signed-in admin must not be shown inside another site's page, where a decoy could get its
  // buttons clicked (the session cookie is SameSite=Lax, so a page on the same site, such as another
  // port of this host or another subdomain, would frame it signed in). Uploads are served as the
  // type they were checked as, never sniffed into something else.
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
          { key: 'Content-Security-Policy', value: "frame-ancestors 'self'" },
          { key: 'X-Content-Type-Options', value: 'nosniff' },
        ],
      },
    ]
  },
  experimental: {
    // Unminified server code keeps Payload's error class names, which its loggingLevels match:
    // refused requests (Forbidden, ValidationError: 403/400) then log one info line instead of
    // an ERROR with a stack each, and real errors keep readable stacks for whoever is on call.
    serverMinification: false,
    // The site's draft-preview cookie is host-wide: where the CMS and the site share a host
    // (localhost:3001 and :3000), the CMS must not clear it as a stale preview of its own,
    // or the Live Preview pane falls back to the published page after the first save.
    multiZoneDraftMode: true,
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
