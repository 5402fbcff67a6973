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
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
