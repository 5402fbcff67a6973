// Public page throughput and latency with autocannon, against the web app and
// against the same HTML saved to disk and served by nginx (the static baseline).
import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import zlib from 'node:zlib'

import autocannon from 'autocannon'

export async function load(url, { connections, duration, headers = {} }) {
  const result = await autocannon({ url, connections, duration, timeout: 30, headers })
  return {
    requestsPerSecond: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requests: result.requests.total,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    command: `npx autocannon -c ${connections} -d ${duration}${Object.entries(headers).map(([name, value]) => ` -H '${name}: ${value}'`).join('')} ${url}`,
  }
}

/**
 * nginx (Debian's package) serving `pages` ({ path: html }) from a folder of its own; to a client
 * that accepts gzip, a gzip copy made beforehand (gzip_static), as a cache delivers a stored one.
 */
export async function startNginx(pages, port) {
  const findNginx = () => ['/usr/sbin/nginx', '/usr/bin/nginx'].find((candidate) => fs.existsSync(candidate))
  if (!findNginx() && process.getuid?.() === 0 && fs.existsSync('/usr/bin/apt-get')) {
    console.log('  installing nginx-light (Debian) for the static baseline')
    spawnSync('apt-get', ['install', '-y', '-qq', 'nginx-light'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } })
  }
  const nginx = findNginx()
  if (!nginx) throw new Error('The static baseline needs nginx: apt-get install -y nginx-light (or nginx).')
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gaig-bench-nginx-'))
  fs.chmodSync(dir, 0o755) // nginx's workers run as nobody when started as root
  for (const [pagePath, html] of Object.entries(pages)) {
    const file = path.join(dir, 'html', pagePath, 'index.html')
    fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o755 })
    fs.writeFileSync(file, html)
    fs.writeFileSync(`${file}.gz`, zlib.gzipSync(html, { level: 6 }))
  }
  for (const sub of ['logs', 'temp']) fs.mkdirSync(path.join(dir, sub))
  fs.writeFileSync(
    path.join(dir, 'nginx.conf'),
    `worker_processes auto;
pid ${dir}/nginx.pid;
error_log ${dir}/logs/error.log;
events { worker_connections 1024; }
http {
  access_log off;
  default_type text/html;
  gzip_static on;
  gzip_vary on;
  client_body_temp_path ${dir}/temp/body;
  proxy_temp_path ${dir}/temp/proxy;
  fastcgi_temp_path ${dir}/temp/fastcgi;
  uwsgi_temp_path ${dir}/temp/uwsgi;
  scgi_temp_path ${dir}/temp/scgi;
  server {
    listen 127.0.0.1:${port};
    root ${dir}/html;
    location / { try_files $uri $uri/index.html =404; }
  }
}
`,
  )
  const check = spawnSync(nginx, ['-t', '-p', dir, '-c', path.join(dir, 'nginx.conf')], { encoding: 'utf8' })
  if (check.status !== 0) throw new Error(`nginx refused its configuration: ${check.stderr}`)
  const child = spawn(nginx, ['-p', dir, '-c', path.join(dir, 'nginx.conf'), '-g', 'daemon off;'], { stdio: 'inherit' })
  // Ready once it answers at all.
  for (let tries = 0; ; tries += 1) {
    try {
      await fetch(`http://127.0.0.1:${port}/`)
      break
    } catch (error) {
      if (tries > 100) throw new Error(`nginx did not answer on port ${port}: ${error.message}`)
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
  }
  return {
    url: `http://127.0.0.1:${port}`,
    stop: async () => {
      child.kill('SIGQUIT')
      await new Promise((resolve) => child.once('exit', resolve))
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}
