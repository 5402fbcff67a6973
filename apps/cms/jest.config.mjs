/**
 * Unit tests of the CMS: pure modules (field validators, slugs, seed data…)
 * under src/, compiled by SWC to CommonJS. They must not need a database or
 * Payload at runtime; anything that does belongs in the integration tests.
 */

/** @type {import('jest').Config} */
const config = {
  testEnvironment: 'node',
  roots: ['<rootDir>/src'],
  testMatch: ['**/*.test.ts'],
  modulePathIgnorePatterns: ['<rootDir>/.next/'],
  moduleNameMapper: { '^@payload-config$': '<rootDir>/src/payload.config.ts' },
  // The shared kernel is TypeScript source in the workspace, and its client uses qs-esm (ESM only).
  transformIgnorePatterns: ['/node_modules/(?!(@global-ai-governance|qs-esm)/)'],
  transform: {
    '^.+\\.(t|j)sx?$': [
      '@swc/jest',
      {
        jsc: { parser: { syntax: 'typescript', tsx: true }, target: 'es2022' },
        module: { type: 'commonjs' },
      },
    ],
  },
}

export default config
