/**
 * TypeScript sources are compiled by SWC. qs-esm is ESM-only, so it is
 * transformed too (to CommonJS, like the sources) instead of being ignored
 * with the rest of node_modules.
 */
const swc = (syntax) => [
  '@swc/jest',
  {
    jsc: {
      target: 'es2022',
      parser: syntax === 'typescript' ? { syntax: 'typescript' } : { syntax: 'ecmascript' },
    },
  },
]

/** @type {import('jest').Config} */
const config = {
  testEnvironment: 'node',
  roots: ['<rootDir>/src'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.tsx?$': swc('typescript'),
    '^.+\\.m?js$': swc('ecmascript'),
  },
  transformIgnorePatterns: ['/node_modules/(?!qs-esm/)'],
}

export default config
