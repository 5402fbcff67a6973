/** @type {import('next').NextConfig} */
const nextConfig = {
  // Containers run the traced standalone server (the Dockerfile sets NEXT_OUTPUT);
  // `next start` on a checkout does not work with it.
  output: process.env.NEXT_OUTPUT === 'standalone' ? 'standalone' : undefined,
  poweredByHeader: false,
  // The contract package ships TypeScript source.
  transpilePackages: ['@global-ai-governance/content'],
  outputFileTracingRoot: new URL('../../', import.meta.url).pathname,
}

export default nextConfig
