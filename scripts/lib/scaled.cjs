'use strict'
// The production shape on one machine (DESIGN.md, "Scale-out"), on loopback: Varnish in front
// of two web replicas that share one page cache in Redis, two CMS instances with their files in
// an S3 bucket (s3rver), and the one job worker. Used by `npm run start:scaled` and the scale
// suite (tests/scale). The database is migrated and seeded before (a one-shot step, as in
// docker-compose).
const fs = require('node:fs')
const path = require('node:path')

const { startServer, waitForHttp } = require('./processes.cjs')
const { findVarnishd, startVarnish } = require('./varnish.cjs')

const root = path.resolve(__dirname, '../..')
const cmsDir = path.join(root, 'apps/cms')
const webDir = path.join(root, 'apps/web')

const REDIS_CANDIDATES = ['/usr/bin/redis-server', '/usr/local/bin/redis-server']

/** Where redis-server is, or a sentence naming the package to install. */
function findRedisServer() {
  for (const candidate of REDIS_CANDIDATES) if (fs.existsSync(candidate)) return { path: candidate }
  return { missing: 'redis-server is not installed: apt-get install -y redis-server' }
}

/** The apt-get lines the scaled shape still needs on this machine (empty when all is there). */
function missingPackages() {
  return [findVarnishd(), findRedisServer()].filter((found) => found.missing).map((found) => found.missing)
}

/** A Redis that keeps nothing on disk and tells the cache handler about expired keys. */
async function startRedis({ port, log = () => {} }) {
  const found = findRedisServer()
  if (found.missing) throw new Error(found.missing)
  const server = startServer(
    found.path,
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--notify-keyspace-events', 'Exe', '--loglevel', 'warning'],
    { cwd: root, env: {}, label: 'redis-server' },
  )
  const url = `redis://127.0.0.1:${port}`
  await waitForPort(port, server)
  log(`Redis on ${url}`)
  return { url, port, server, stop: () => server.stop() }
}

async function waitForPort(port, server, timeoutMs = 20_000) {
  const net = require('node:net')
  const started = Date.now()
  while (Date.now() - started < timeoutMs) {
    if (!server.running) throw new Error(`${server.label} exited before listening on ${port}`)
    const open = await new Promise((resolve) => {
      const socket = net.connect(port, '127.0.0.1')
      socket.once('connect', () => resolve(socket.end() || true))
      socket.once('error', () => resolve(false))
    })
    if (open) return
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(`${server.label} did not listen on ${port} within ${timeoutMs / 1000} s`)
}

/**
 * An S3-compatible server (s3rver, from npm), its objects in `dir`.
 * Its fixed development keys are S3RVER / S3RVER.
 */
async function startS3({ port, dir, bucket = 'media', log = () => {} }) {
  const S3rver = require('s3rver')
  fs.mkdirSync(dir, { recursive: true })
  // No bucket yet: the CMS creates it as it starts (lib/mediaStorage.ts ensureMediaBucket), as on a new MinIO.
  const s3 = new S3rver({ port, address: '127.0.0.1', directory: dir, silent: true })
  await s3.run()
  const url = `http://127.0.0.1:${port}`
  log(`S3 (s3rver) on ${url}, bucket "${bucket}", objects in ${dir}`)
  return {
    url,
    bucket,
    env: { S3_BUCKET: bucket, S3_ENDPOINT: url, S3_REGION: 'us-east-1', S3_ACCESS_KEY_ID: 'S3RVER', S3_SECRET_ACCESS_KEY: 'S3RVER' },
    stop: () => s3.close(),
  }
}

const nextStart = (dir, port, env, label) => startServer('npx', ['next', 'start', '-p', String(port), '-H', '127.0.0.1'], { cwd: dir, env, label })

/** One web replica (`next start` of apps/web) on a loopback port, with a replica's settings. */
const startWebReplica = ({ port, env, label }) => nextStart(webDir, port, env, label)

/**
 * Starts every part on the given ports and resolves once each answers. `secrets` holds
 * PAYLOAD_SECRET, REVALIDATE_SECRET, PREVIEW_SECRET, PREVIEW_API_KEY and CACHE_PURGE_SECRET.
 * `stop()` stops everything it started, the last started first.
 */
async function startScaled({ databaseUrl, secrets, ports, s3Dir, publicCmsHost = '127.0.0.1', jobsCron = '* * * * *', extraEnv = {}, log = () => {} }) {
  const missing = missingPackages()
  if (missing.length > 0) throw new Error(`The scaled shape needs packages this machine does not have:\n  ${missing.join('\n  ')}`)
  const started = []
  const keep = (part) => {
    started.push(part)
    return part
  }
  const stop = async () => {
    for (const part of started.reverse()) await part.stop().catch((error) => console.error(`Could not stop ${part.label ?? 'a part'}: ${error.message}`))
  }
  try {
    const cacheUrl = `http://127.0.0.1:${ports.varnish}`
    const webUrls = ports.web.map((port) => `http://127.0.0.1:${port}`)
    const cmsUrls = ports.cms.map((port) => `http://127.0.0.1:${port}`)
    const redis = keep(await startRedis({ port: ports.redis, log }))
    const s3 = keep(await startS3({ port: ports.s3, dir: s3Dir, log }))

    const common = {
      NEXT_TELEMETRY_DISABLED: '1',
      NODE_ENV: 'production',
      REVALIDATE_SECRET: secrets.REVALIDATE_SECRET,
      PREVIEW_SECRET: secrets.PREVIEW_SECRET,
      PREVIEW_API_KEY: secrets.PREVIEW_API_KEY,
      ...extraEnv,
    }
    const publicCms = (url) => url.replace('127.0.0.1', publicCmsHost)
    const cmsEnv = (cmsUrl) => ({
      ...common,
      ...s3.env,
      DATABASE_URL: databaseUrl,
      PAYLOAD_SECRET: secrets.PAYLOAD_SECRET,
      COOKIE_SECURE: 'false',
      CMS_PUBLIC_URL: publicCms(cmsUrl),
      // An editor may open either instance's admin: each trusts the other's address.
      CMS_EXTRA_ORIGINS: cmsUrls.filter((other) => other !== cmsUrl).map(publicCms).join(','),
      WEB_PUBLIC_URL: cacheUrl,
      // A refresh goes through the cache tier (which passes /api/) to a healthy replica; Redis shares
      // it with the others. Then every cache node is purged.
      WEB_URL: cacheUrl,
      CACHE_PURGE_URLS: cacheUrl,
      CACHE_PURGE_SECRET: secrets.CACHE_PURGE_SECRET,
      // Scheduled publishing runs only in the worker.
      JOBS_AUTORUN: 'false',
    })
    const cmses = cmsUrls.map((url, index) => keep(nextStart(cmsDir, ports.cms[index], cmsEnv(url), `CMS ${index + 1}`)))
    await Promise.all(cmses.map((cms, index) => waitForHttp(`${cmsUrls[index]}/api/health`, { server: cms, timeoutMs: 120_000 })))
    log(`CMS instances on ${cmsUrls.join(', ')} (files in the bucket, no job clock)`)

    const worker = keep(
      startServer('npm', ['run', '--silent', 'worker'], { cwd: cmsDir, env: { ...cmsEnv(cmsUrls[0]), JOBS_AUTORUN_CRON: jobsCron }, label: 'job worker' }),
    )
    // Loading Payload may stall and start over (apps/cms/src/lib/payloadRun.ts): wait until it takes jobs.
    await worker.waitForLine(/\[worker\] ready/)
    log(`Job worker ready (scheduled publishing, cron "${jobsCron}")`)

    // Each replica reads its own CMS instance: round-robin by replica.
    const webEnv = (index) => ({ ...common, CMS_URL: cmsUrls[index % cmsUrls.length], CMS_PUBLIC_URL: publicCms(cmsUrls[0]), WEB_PUBLIC_URL: cacheUrl, REDIS_URL: redis.url })
    const webs = webUrls.map((url, index) => keep(startWebReplica({ port: ports.web[index], env: webEnv(index), label: `web ${index + 1}` })))
    await Promise.all(webs.map((web, index) => waitForHttp(`${webUrls[index]}/robots.txt`, { server: web, timeoutMs: 120_000 })))
    log(`Web replicas on ${webUrls.join(', ')} (one page cache in Redis)`)

    const varnish = keep(
      await startVarnish({ port: ports.varnish, backends: ports.web.map((port) => ({ host: '127.0.0.1', port })), secret: secrets.CACHE_PURGE_SECRET, log }),
    )
    // What one more replica needs (a replica added later, as a deployment scales up).
    return { cacheUrl, webUrls, cmsUrls, redis, s3, cmses, webs, worker, varnish, webReplicaEnv: webEnv(webUrls.length), stop }
  } catch (error) {
    await stop()
    throw error
  }
}

module.exports = { findRedisServer, missingPackages, startRedis, startS3, startScaled, startWebReplica }
