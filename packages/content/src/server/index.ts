// Server-only facts (they use node:crypto): import from '@global-ai-governance/content/server'.
export * from './preview'
export * from './secrets'
