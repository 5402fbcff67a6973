// Component tests: React server components rendered as plain components in jsdom.
export default {
  testEnvironment: 'jsdom',
  setupFilesAfterEnv: ['<rootDir>/jest.setup.ts'],
  testMatch: ['<rootDir>/src/**/*.test.ts?(x)'],
  modulePathIgnorePatterns: ['<rootDir>/.next/'],
  moduleNameMapper: {
    '^@/(.*)$': '<rootDir>/src/$1',
    '\\.(css)$': '<rootDir>/src/test/styleStub.ts',
    // citation-js loads node-fetch (ESM only) for remote inputs the site never uses.
    '^node-fetch$': '<rootDir>/src/test/nodeFetchStub.ts',
  },
  transform: {
    '^.+\\.(t|j)sx?$': [
      '@swc/jest',
      {
        jsc: { parser: { syntax: 'typescript', tsx: true }, transform: { react: { runtime: 'automatic' } }, target: 'es2022' },
        module: { type: 'commonjs' },
      },
    ],
  },
  // The content package is TypeScript source in the workspace; qs-esm, feed and Payload's live preview are ESM-only.
  transformIgnorePatterns: ['/node_modules/(?!(@global-ai-governance|@payloadcms/live-preview|qs-esm|feed|next-intl|use-intl|icu-minify|intl-messageformat|@formatjs|@schummar)/)'],
}
