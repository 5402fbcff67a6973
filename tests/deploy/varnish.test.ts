/**
 * The cache tier's container (deploy/varnish): the files configure.cjs writes from the
 * environment compile with Debian's varnishd (`varnishd -C`, no server started), and a bad
 * setting stops the container with what is wrong. .ci/run installs varnish and varnish-modules.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { backendsVcl, findVarnishd, purgeVcl } from '../../scripts/lib/varnish.cjs'

const root = path.resolve(__dirname, '../..')

describe('the cache tier’s VCL', () => {
  test('compiles for a deployment: two replicas, networks and addresses allowed to purge', () => {
    const varnishd = findVarnishd()
    expect(varnishd).toEqual({ path: expect.any(String) })
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vcl-'))
    fs.chmodSync(dir, 0o755)
    fs.copyFileSync(path.join(root, 'deploy/varnish/default.vcl'), path.join(dir, 'default.vcl'))
    fs.writeFileSync(path.join(dir, 'backends.vcl'), backendsVcl([{ host: '127.0.0.1', port: 3100 }, { host: '127.0.0.1', port: 3101 }]))
    const purge = purgeVcl({ purgers: ['127.0.0.1', '172.16.0.0/12', '::1'], secret: 'a-secret-of-enough-length' })
    // A network in VCL's own notation; a quoted "172.16.0.0/12" would be looked up as a host name.
    expect(purge).toContain('"172.16.0.0"/12;')
    fs.writeFileSync(path.join(dir, 'purge.vcl'), purge)
    for (const file of fs.readdirSync(dir)) fs.chmodSync(path.join(dir, file), 0o644)
    const compiled = spawnSync(varnishd.path as string, ['-C', '-f', path.join(dir, 'default.vcl'), '-p', `vcl_path=${dir}`, '-n', path.join(dir, 'work')], { encoding: 'utf8' })
    fs.rmSync(dir, { recursive: true, force: true })
    expect({ status: compiled.status, errors: compiled.status === 0 ? '' : compiled.stderr }).toEqual({ status: 0, errors: '' })
  })

  test.each([
    [{ VARNISH_BACKENDS: '', CACHE_PURGE_ALLOW: '10.0.0.0/8', CACHE_PURGE_SECRET: 'a-secret-of-enough-length' }, 'VARNISH_BACKENDS is not set'],
    [{ VARNISH_BACKENDS: 'web', CACHE_PURGE_ALLOW: '10.0.0.0/8', CACHE_PURGE_SECRET: 'a-secret-of-enough-length' }, '"web" is not one'],
    [{ VARNISH_BACKENDS: 'web:3000', CACHE_PURGE_ALLOW: 'everyone', CACHE_PURGE_SECRET: 'a-secret-of-enough-length' }, '"everyone" is not an address or network'],
    [{ VARNISH_BACKENDS: 'web:3000', CACHE_PURGE_ALLOW: '10.0.0.0/8', CACHE_PURGE_SECRET: 'short' }, 'purge secret must be 16 to 200'],
  ])('a bad setting stops the container and says what is wrong: %j', (env, message) => {
    const run = spawnSync(process.execPath, [path.join(root, 'deploy/varnish/configure.cjs')], { encoding: 'utf8', env: { PATH: process.env.PATH, ...env } })
    expect(run.status).toBe(1)
    expect(run.stderr).toContain(message)
  })
})
