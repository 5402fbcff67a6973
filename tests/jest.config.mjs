// System tests. "deploy" checks files only; "integration" and "contract" run
// against a real PostgreSQL and the built CMS over HTTP, started once in
// globalSetup (see support/global-setup.mjs) and stopped in globalTeardown.
// "resilience" (npm run test:resilience) attacks and breaks the same system on
// a PostgreSQL server of its own (support/resilience-setup.mjs). "scale" (npm run test:scale)
// runs the production shape of `npm run start:scaled` (support/scale-setup.mjs).
const transform = {
  '^.+\\.(t|j)sx?$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'commonjs' } }],
}

// packages/content is TypeScript source; qs-esm (its query-string library) is ESM-only.
const transformIgnorePatterns = ['/node_modules/(?!(@global-ai-governance|qs-esm)/)']

export default {
  testTimeout: 60_000,
  // zz-*.test.ts files stop the CMS or its database: they run after every other test.
  testSequencer: '<rootDir>/support/sequencer.cjs',
  projects: [
    {
      displayName: 'deploy',
      testEnvironment: 'node',
      transform,
      transformIgnorePatterns,
      testMatch: ['<rootDir>/deploy/**/*.test.ts'],
    },
    {
      displayName: 'integration',
      testEnvironment: 'node',
      transform,
      transformIgnorePatterns,
      // conformance: machine-readable surfaces checked with their standards' own validators.
      testMatch: ['<rootDir>/integration/**/*.test.ts', '<rootDir>/contract/**/*.test.ts', '<rootDir>/conformance/**/*.test.ts', '<rootDir>/browser/**/*.test.ts'],
      globalSetup: '<rootDir>/support/global-setup.mjs',
      globalTeardown: '<rootDir>/support/global-teardown.mjs',
    },
    {
      displayName: 'resilience',
      testEnvironment: 'node',
      transform,
      transformIgnorePatterns,
      testMatch: ['<rootDir>/resilience/**/*.test.ts'],
      globalSetup: '<rootDir>/support/resilience-setup.mjs',
      globalTeardown: '<rootDir>/support/resilience-teardown.mjs',
    },
    {
      // npm run test:scale: the production shape (cache tier, replicas, Redis, S3, worker).
      displayName: 'scale',
      testEnvironment: 'node',
      transform,
      transformIgnorePatterns,
      testMatch: ['<rootDir>/scale/**/*.test.ts'],
      globalSetup: '<rootDir>/support/scale-setup.mjs',
      globalTeardown: '<rootDir>/support/global-teardown.mjs',
    },
  ],
}
