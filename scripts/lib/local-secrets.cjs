'use strict'
// Secrets for running the site on this machine: made once at random, kept in
// the git-ignored .data folder, never committed. Production takes them from
// the environment instead (see .env.example).
const crypto = require('node:crypto')
const fs = require('node:fs')
const path = require('node:path')

function loadLocalSecrets(dataRoot) {
  const file = path.join(dataRoot, 'local-secrets.json')
  let secrets = {}
  if (fs.existsSync(file)) secrets = JSON.parse(fs.readFileSync(file, 'utf8'))
  const wanted = {
    payloadSecret: () => crypto.randomBytes(32).toString('hex'),
    revalidateSecret: () => crypto.randomBytes(32).toString('hex'),
    previewSecret: () => crypto.randomBytes(32).toString('hex'),
    // The web app's read-only key for drafts (the CMS's "previewer" user).
    previewApiKey: () => crypto.randomBytes(32).toString('hex'),
    // Who may purge the cache tier (npm run start:scaled).
    cachePurgeSecret: () => crypto.randomBytes(32).toString('hex'),
    adminPassword: () => crypto.randomBytes(12).toString('base64url'),
  }
  let changed = false
  for (const [key, make] of Object.entries(wanted)) {
    if (typeof secrets[key] !== 'string') {
      secrets[key] = make()
      changed = true
    }
  }
  if (changed) {
    fs.mkdirSync(dataRoot, { recursive: true })
    fs.writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 })
  }
  return secrets
}

module.exports = { loadLocalSecrets }
