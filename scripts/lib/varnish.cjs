'use strict'
// Starts Debian's varnishd with deploy/varnish/default.vcl in front of web replicas on
// loopback: writes the two files the VCL includes (backends.vcl, purge.vcl) into a folder
// of its own, and stops the whole process group. Used by the tests and `npm run start:scaled`.
const fs = require('node:fs')
const os = require('node:os')
const path = require('node:path')

const { startServer, waitForHttp } = require('./processes.cjs')

const root = path.resolve(__dirname, '../..')
const mainVcl = path.join(root, 'deploy/varnish/default.vcl')
const SECRET_PATTERN = /^[A-Za-z0-9_-]{16,200}$/

/** Where varnishd is, or a sentence naming the packages to install. */
function findVarnishd() {
  for (const candidate of ['/usr/sbin/varnishd', '/usr/local/sbin/varnishd']) if (fs.existsSync(candidate)) return { path: candidate }
  return { missing: 'varnishd is not installed: apt-get install -y varnish varnish-modules' }
}

/** Whether the xkey vmod (varnish-modules) is installed where Debian puts vmods. */
const hasXkey = () =>
  ['/usr/lib/x86_64-linux-gnu/varnish/vmods', '/usr/lib/aarch64-linux-gnu/varnish/vmods', '/usr/lib/varnish/vmods'].some((dir) => fs.existsSync(path.join(dir, 'libvmod_xkey.so')))

/** The VCL a deployment writes beside default.vcl: its web replicas, probed, behind a round-robin director. */
function backendsVcl(backends, { probePath = '/en' } = {}) {
  const probe = `probe web_health {\n  .url = "${probePath}";\n  .interval = 1s;\n  .timeout = 3s;\n  .window = 3;\n  .threshold = 2;\n}\n`
  const defined = backends
    .map(({ host, port }, index) => `backend web${index + 1} {\n  .host = "${host}";\n  .port = "${port}";\n  .probe = web_health;\n  .first_byte_timeout = 30s;\n}\n`)
    .join('')
  const added = backends.map((_, index) => `  web.add_backend(web${index + 1});`).join('\n')
  return `${probe}${defined}sub vcl_init {\n  new web = directors.round_robin();\n${added}\n}\n`
}

/** Who may purge (addresses or networks) and the shared secret a purge must carry. */
function purgeVcl({ purgers, secret }) {
  if (!SECRET_PATTERN.test(secret)) throw new Error('The purge secret must be 16 to 200 letters, digits, "-" or "_" (openssl rand -hex 32).')
  // A network is written "172.16.0.0"/12 in VCL; an address "127.0.0.1".
  const acl = purgers.map((entry) => entry.replace(/^([^/]+)(?:\/(\d{1,3}))?$/, (_, address, bits) => `  "${address}"${bits ? `/${bits}` : ''};`)).join('\n')
  return `acl purgers {\n${acl}\n}\nsub purge_secret_ok {\n  if (req.http.X-Purge-Secret != "${secret}") {\n    return (synth(403, "A purge needs the cache tier's secret."));\n  }\n}\n`
}

/**
 * Starts varnishd on 127.0.0.1:`port`. Resolves once it answers; `stop()` ends it and
 * removes its folder. Throws with the apt-get line when varnishd or the xkey vmod is missing.
 */
async function startVarnish({ port, backends, secret, purgers = ['127.0.0.1'], memory = '128m', log = () => {} }) {
  const varnishd = findVarnishd()
  if (varnishd.missing) throw new Error(varnishd.missing)
  if (!hasXkey()) throw new Error('The xkey vmod is not installed: apt-get install -y varnish-modules')
  // World-readable: varnishd compiles and loads the VCL as its own unprivileged user.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gag-varnish-'))
  fs.chmodSync(dir, 0o755)
  fs.copyFileSync(mainVcl, path.join(dir, 'default.vcl'))
  fs.writeFileSync(path.join(dir, 'backends.vcl'), backendsVcl(backends))
  fs.writeFileSync(path.join(dir, 'purge.vcl'), purgeVcl({ purgers, secret }))
  for (const file of fs.readdirSync(dir)) fs.chmodSync(path.join(dir, file), 0o644)
  const workDir = path.join(dir, 'work')
  const server = startServer(
    varnishd.path,
    ['-F', '-a', `127.0.0.1:${port}`, '-T', 'none', '-f', path.join(dir, 'default.vcl'), '-n', workDir, '-s', `malloc,${memory}`, '-p', `vcl_path=${dir}`, '-p', 'default_grace=0'],
    { cwd: dir, env: {}, label: 'varnishd' },
  )
  try {
    await waitForHttp(`http://127.0.0.1:${port}/en`, { timeoutMs: 60_000, server })
  } catch (error) {
    await server.stop()
    throw error
  }
  log(`Varnish on http://127.0.0.1:${port} in front of ${backends.map(({ host, port: p }) => `${host}:${p}`).join(', ')}`)
  return {
    url: `http://127.0.0.1:${port}`,
    stop: async () => {
      await server.stop()
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}

module.exports = { backendsVcl, findVarnishd, purgeVcl, startVarnish }
