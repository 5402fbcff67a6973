'use strict'
// The cache tier's container start: writes backends.vcl and purge.vcl beside default.vcl from
// the environment (the same files scripts/lib/varnish.cjs writes for the tests), then runs
// varnishd in the foreground.
//   VARNISH_BACKENDS   "host:port host:port" of the web replicas
//   CACHE_PURGE_ALLOW  addresses or networks that may purge, separated by spaces or commas
//   CACHE_PURGE_SECRET the secret every purge must carry (X-Purge-Secret)
//   VARNISH_MEMORY     the cache's size (malloc), 512m by default
const { execFileSync } = require('node:child_process')
const fs = require('node:fs')
const path = require('node:path')

// Beside this file in the image; in the repository, where the tests use it.
const { backendsVcl, purgeVcl } = require(fs.existsSync(path.join(__dirname, 'varnish.cjs')) ? './varnish.cjs' : '../../scripts/lib/varnish.cjs')

const dir = '/etc/varnish/site'
const list = (value) => (value ?? '').split(/[\s,]+/).filter(Boolean)

function fail(message) {
  console.error(`cache tier: ${message}`)
  process.exit(1)
}

const backends = list(process.env.VARNISH_BACKENDS).map((entry) => {
  const match = /^([A-Za-z0-9.-]+):(\d{1,5})$/.exec(entry)
  if (!match) fail(`VARNISH_BACKENDS must list host:port pairs separated by spaces ("${entry}" is not one).`)
  return { host: match[1], port: Number(match[2]) }
})
if (backends.length === 0) fail('VARNISH_BACKENDS is not set: list the web replicas, e.g. "web:3000 web-2:3000".')
const purgers = list(process.env.CACHE_PURGE_ALLOW)
if (purgers.length === 0) fail('CACHE_PURGE_ALLOW is not set: list who may purge (addresses or networks such as 172.16.0.0/12).')
for (const entry of purgers) if (!/^[0-9a-fA-F.:]+(\/\d{1,3})?$/.test(entry)) fail(`CACHE_PURGE_ALLOW: "${entry}" is not an address or network.`)

let purge
try {
  purge = purgeVcl({ purgers, secret: process.env.CACHE_PURGE_SECRET ?? '' })
} catch (error) {
  fail(error.message)
}
fs.mkdirSync(dir, { recursive: true })
fs.copyFileSync(path.join(__dirname, 'default.vcl'), path.join(dir, 'default.vcl'))
fs.writeFileSync(path.join(dir, 'backends.vcl'), backendsVcl(backends))
fs.writeFileSync(path.join(dir, 'purge.vcl'), purge)
console.log(`cache tier: ${backends.length} web replica(s), purges from ${purgers.join(', ')}`)
execFileSync('varnishd', ['-F', '-a', ':8080', '-T', 'none', '-f', path.join(dir, 'default.vcl'), '-p', `vcl_path=${dir}`, '-p', 'default_grace=0', '-s', `malloc,${process.env.VARNISH_MEMORY || '512m'}`], { stdio: 'inherit' })
