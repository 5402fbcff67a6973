/**
 * The deployment description (docker-compose.yml, the Dockerfiles, .dockerignore,
 * .env.example) checked as files: nothing is built or started. When a docker CLI
 * with the compose plugin is on PATH, `docker compose config` validates the file
 * as well (it needs no engine); otherwise the parse checks below stand alone.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { parse } from 'yaml'

const root = path.resolve(__dirname, '../..')
const read = (relative: string) => fs.readFileSync(path.join(root, relative), 'utf8')
const exists = (relative: string) => fs.existsSync(path.join(root, relative))

// ---------------------------------------------------------------------------
// Compose variable interpolation (the subset compose supports that we use).
// ---------------------------------------------------------------------------

type Reference = { name: string; operator: '' | '-' | ':-' | '?' | ':?'; argument: string; raw: string }

const REFERENCE = /\$\$|\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?])([^}]*))?\}|\$([A-Za-z_][A-Za-z0-9_]*)/g

/** Every `${VAR…}` / `$VAR` in a text, ignoring `$$` escapes. */
const referencesIn = (text: string): Reference[] =>
  [...text.matchAll(REFERENCE)]
    .filter((match) => match[0] !== '$$')
    .map((match) => ({
      name: match[1] ?? match[4],
      operator: (match[2] ?? '') as Reference['operator'],
      argument: match[3] ?? '',
      raw: match[0],
    }))

class MissingVariable extends Error {}

const interpolateString = (value: string, env: Record<string, string | undefined>): string =>
  value.replace(REFERENCE, (whole, braced?: string, operator?: string, argument?: string, bare?: string) => {
    if (whole === '$$') return '$'
    const name = (braced ?? bare) as string
    const current = env[name]
    switch (operator) {
      case ':-':
        return current ? current : (argument ?? '')
      case '-':
        return current ?? argument ?? ''
      case ':?':
        if (!current) throw new MissingVariable(`${name}: ${argument}`)
        return current
      case '?':
        if (current === undefined) throw new MissingVariable(`${name}: ${argument}`)
        return current
      default:
        return current ?? ''
    }
  })

const interpolate = (node: unknown, env: Record<string, string | undefined>): unknown => {
  if (typeof node === 'string') return interpolateString(node, env)
  if (Array.isArray(node)) return node.map((item) => interpolate(item, env))
  if (node && typeof node === 'object') {
    return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, interpolate(value, env)]))
  }
  return node
}

// ---------------------------------------------------------------------------
// Dockerfile parsing: instructions (continuations joined, comments dropped) per stage.
// ---------------------------------------------------------------------------

type Instruction = { keyword: string; args: string }
type Stage = { from: string; name?: string; instructions: Instruction[] }

const parseDockerfile = (text: string) => {
  const logical: string[] = []
  let pending = ''
  for (const line of text.split('\n')) {
    const trimmed = line.trim()
    if (!pending && (trimmed === '' || trimmed.startsWith('#'))) continue
    if (pending && trimmed.startsWith('#')) continue
    if (trimmed.endsWith('\\')) {
      pending += `${trimmed.slice(0, -1).trim()} `
      continue
    }
    logical.push(`${pending}${trimmed}`.trim())
    pending = ''
  }
  if (pending) logical.push(pending.trim())

  const globalArgs: Record<string, string> = {}
  const stages: Stage[] = []
  for (const line of logical) {
    const [, keyword = '', args = ''] = line.match(/^(\S+)\s*(.*)$/) ?? []
    const upper = keyword.toUpperCase()
    if (upper === 'FROM') {
      const [image, as, name] = args.replace(/--platform=\S+\s+/, '').split(/\s+/)
      stages.push({ from: image, name: as?.toUpperCase() === 'AS' ? name : undefined, instructions: [] })
    } else if (stages.length === 0) {
      if (upper === 'ARG') {
        const [name, value = ''] = args.split('=')
        globalArgs[name.trim()] = value.trim()
      }
    } else {
      stages[stages.length - 1].instructions.push({ keyword: upper, args })
    }
  }
  const resolveImage = (image: string) => image.replace(/\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?/g, (_, name: string) => globalArgs[name] ?? '')
  return { stages, resolveImage }
}

const allInstructions = (stage: Stage, keyword: string) => stage.instructions.filter((instruction) => instruction.keyword === keyword)

// ---------------------------------------------------------------------------
// Fixtures
// ---------------------------------------------------------------------------

type Service = {
  image?: string
  build?: { context?: string; dockerfile?: string; target?: string; args?: Record<string, string> } | string
  command?: string | string[]
  ports?: Array<string | { target: number; published?: number | string }>
  environment?: Record<string, string | number | boolean | null> | string[]
  volumes?: Array<string | { type?: string; source?: string; target: string }>
  depends_on?: Record<string, { condition?: string }> | string[]
  healthcheck?: { test?: string | string[]; disable?: boolean; start_period?: string }
  restart?: string
}
type Compose = { services: Record<string, Service>; volumes?: Record<string, unknown> }

const composeText = read('docker-compose.yml')
const compose = parse(composeText) as Compose
const services = compose.services ?? {}

const environmentOf = (service: Service): Record<string, string> => {
  const env = service.environment ?? {}
  if (Array.isArray(env)) {
    return Object.fromEntries(env.map((entry) => {
      const index = entry.indexOf('=')
      return index === -1 ? [entry, ''] : [entry.slice(0, index), entry.slice(index + 1)]
    }))
  }
  return Object.fromEntries(Object.entries(env).map(([key, value]) => [key, value == null ? '' : String(value)]))
}

const containerPorts = (service: Service) =>
  (service.ports ?? []).map((port) => {
    if (typeof port === 'object') return { published: Number(port.published), target: Number(port.target) }
    const parts = String(port).split('/')[0].split(':')
    return { published: Number(parts[parts.length - 2]), target: Number(parts[parts.length - 1]) }
  })

/** Variables whose values are secrets: they must be required (`${VAR:?…}`), never defaulted or literal. */
const SECRET_NAME = /(SECRET|PASSWORD|PASSWD|TOKEN|API_?KEY|PRIVATE_?KEY|CREDENTIAL)/i
const REQUIRED_SECRETS = ['POSTGRES_PASSWORD', 'PAYLOAD_SECRET', 'REVALIDATE_SECRET', 'PREVIEW_SECRET', 'PREVIEW_API_KEY', 'MINIO_ROOT_PASSWORD', 'CACHE_PURGE_SECRET']

const parseEnvExample = () => {
  const lines = read('.env.example').split('\n')
  const entries: Array<{ name: string; value: string; commented: boolean }> = []
  let comment = false
  for (const line of lines) {
    const trimmed = line.trim()
    if (trimmed.startsWith('#')) {
      comment = true
      continue
    }
    const match = trimmed.match(/^(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)=(.*)$/)
    if (match) {
      entries.push({ name: match[1], value: match[2].trim().replace(/^(['"])(.*)\1$/, '$2'), commented: comment })
      // A comment documents the variables right below it; a blank line ends that block.
      continue
    }
    if (trimmed === '') comment = false
  }
  return entries
}

/** Stand-ins for the required settings, clearly not real. */
const DUMMY_ENV: Record<string, string> = {
  POSTGRES_PASSWORD: 'dummy-postgres-password',
  PAYLOAD_SECRET: 'dummy-payload-secret-'.repeat(2),
  REVALIDATE_SECRET: 'dummy-revalidate-secret',
  PREVIEW_SECRET: 'dummy-preview-secret-'.repeat(2),
  PREVIEW_API_KEY: 'dummy-preview-api-key-'.repeat(2),
  MINIO_ROOT_PASSWORD: 'dummy-minio-password',
  CACHE_PURGE_SECRET: 'dummy-cache-purge-secret',
}

const apps = [
  { service: 'cms', app: 'cms', port: 3001, healthPath: '/api/health', upstream: 'postgres' },
  { service: 'web', app: 'web', port: 3000, healthPath: '/', upstream: 'cms' },
] as const

// ---------------------------------------------------------------------------
// docker-compose.yml
// ---------------------------------------------------------------------------

describe('docker-compose.yml', () => {
  it('describes the scaled shape: postgres, a one-shot migrate, MinIO, Redis, two CMS instances, the job worker, two web replicas and Varnish', () => {
    expect(Object.keys(services).sort()).toEqual(['cms', 'cms-2', 'migrate', 'minio', 'postgres', 'redis', 'varnish', 'web', 'web-2', 'worker'])
    expect(services.postgres.image).toMatch(/^postgres:15(\b|$)/)
    expect(services.redis.image).toMatch(/^redis:7\.0(\b|$)/)
    expect(services.minio.image).toMatch(/^minio\/minio:RELEASE\./)
  })

  it('publishes the site through the cache tier on 3000 and the CMS instances on 3001 and 3002; nothing else', () => {
    expect(containerPorts(services.varnish)).toEqual([{ published: 3000, target: 8080 }])
    expect(containerPorts(services.cms)).toEqual([{ published: 3001, target: 3001 }])
    expect(containerPorts(services['cms-2'])).toEqual([{ published: 3002, target: 3001 }])
    for (const name of ['postgres', 'web', 'web-2', 'redis', 'minio', 'worker', 'migrate']) expect({ name, ports: services[name].ports ?? [] }).toEqual({ name, ports: [] })
  })

  it('runs the second CMS instance and web replica as the first, apart from their addresses', () => {
    const without = (env: Record<string, string>, names: string[]) => Object.fromEntries(Object.entries(env).filter(([name]) => !names.includes(name)))
    const addresses = ['CMS_PUBLIC_URL', 'CMS_EXTRA_ORIGINS']
    expect(without(environmentOf(services['cms-2']), addresses)).toEqual(without(environmentOf(services.cms), addresses))
    expect(services['cms-2'].build).toEqual(services.cms.build)
    expect(services['cms-2'].healthcheck).toEqual(services.cms.healthcheck)
    // Each instance trusts the other's public address, so a session made on one works on the other.
    expect(environmentOf(services.cms).CMS_EXTRA_ORIGINS).toContain('CMS_2_PUBLIC_URL')
    expect(environmentOf(services['cms-2']).CMS_EXTRA_ORIGINS).toContain('CMS_PUBLIC_URL')
    expect(without(environmentOf(services['web-2']), ['CMS_URL'])).toEqual(without(environmentOf(services.web), ['CMS_URL']))
    expect(environmentOf(services['web-2']).CMS_URL).toBe('http://cms-2:3001')
    expect(services['web-2'].build).toEqual(services.web.build)
  })

  it('shares one page cache (Redis) between the web replicas and one bucket (MinIO) between the CMS instances and the worker', () => {
    for (const name of ['web', 'web-2']) {
      expect(environmentOf(services[name]).REDIS_URL).toBe('redis://redis:6379')
      expect((services[name].depends_on as Record<string, { condition?: string }>).redis).toEqual({ condition: 'service_healthy' })
    }
    expect([services.redis.command].flat().join(' ')).toContain('--notify-keyspace-events Exe')
    for (const name of ['cms', 'cms-2', 'worker']) {
      const env = environmentOf(services[name])
      expect({ name, endpoint: env.S3_ENDPOINT, bucket: env.S3_BUCKET }).toEqual({ name, endpoint: 'http://minio:9000', bucket: expect.stringContaining('S3_BUCKET') })
      expect(env.S3_SECRET_ACCESS_KEY).toMatch(/^\$\{MINIO_ROOT_PASSWORD:\?/)
      expect(env.MEDIA_DIR).toBeUndefined()
    }
  })

  it('puts Varnish in front of both web replicas; the CMS instances and the worker refresh through it and purge it with the shared secret', () => {
    const cache = environmentOf(services.varnish)
    expect(cache.VARNISH_BACKENDS.split(/\s+/).sort()).toEqual(['web-2:3000', 'web:3000'])
    expect(cache.CACHE_PURGE_SECRET).toMatch(/^\$\{CACHE_PURGE_SECRET:\?/)
    expect(services.varnish.build).toEqual({ context: '.', dockerfile: 'deploy/varnish/Dockerfile' })
    for (const name of ['cms', 'cms-2', 'worker']) {
      const env = environmentOf(services[name])
      expect({ name, web: env.WEB_URL, purge: env.CACHE_PURGE_URLS, secret: env.CACHE_PURGE_SECRET }).toEqual({
        name,
        web: 'http://varnish:8080',
        purge: 'http://varnish:8080',
        secret: cache.CACHE_PURGE_SECRET,
      })
    }
    const dockerfile = read('deploy/varnish/Dockerfile')
    expect(dockerfile).toMatch(/apt-get install[^\n]*varnish varnish-modules/)
    expect(dockerfile).toContain('COPY deploy/varnish/default.vcl')
  })

  it('gives every long-running service a healthcheck and a restart policy; the one-shot migrate is never restarted', () => {
    expect(services.migrate.restart).toBe('no')
    for (const [name, service] of Object.entries(services).filter(([candidate]) => candidate !== 'migrate')) {
      const test = service.healthcheck?.test
      expect({ name, disabled: service.healthcheck?.disable ?? false }).toEqual({ name, disabled: false })
      expect({ name, test: Array.isArray(test) ? test.join(' ') : (test ?? '') }).toEqual({ name, test: expect.stringMatching(/\S/) })
      expect({ name, test: Array.isArray(test) ? test[0] : test }).not.toEqual({ name, test: 'NONE' })
      expect({ name, restart: service.restart }).toEqual({ name, restart: 'unless-stopped' })
    }
    expect(JSON.stringify(services.postgres.healthcheck?.test)).toContain('pg_isready')
  })

  it.each(apps)('$service health-checks its own port and path with node fetch (no curl in slim images)', ({ service, port, healthPath }) => {
    const test = services[service].healthcheck?.test
    const command = Array.isArray(test) ? test.join(' ') : String(test)
    expect(command).toContain('fetch(')
    expect(command).not.toMatch(/\b(curl|wget)\b/)
    expect(command).toContain(`:${port}${healthPath}'`)
  })

  it.each(apps)('$service starts only once $upstream is healthy', ({ service, upstream }) => {
    const dependsOn = services[service].depends_on
    expect(Array.isArray(dependsOn)).toBe(false)
    expect((dependsOn as Record<string, { condition?: string }>)[upstream]).toEqual(expect.objectContaining({ condition: 'service_healthy' }))
  })

  it.each(apps)('$service is built from the repository root with apps/$app/Dockerfile', ({ service, app }) => {
    const build = services[service].build
    expect(typeof build).toBe('object')
    const { context, dockerfile } = build as { context?: string; dockerfile?: string }
    expect(path.resolve(root, context ?? '.')).toBe(root)
    expect(dockerfile).toBe(`apps/${app}/Dockerfile`)
    expect(exists(dockerfile as string)).toBe(true)
  })

  it('requires every secret with ${VAR:?message} and never gives one a value', () => {
    const references = referencesIn(composeText)
    for (const name of REQUIRED_SECRETS) {
      const uses = references.filter((reference) => reference.name === name)
      expect({ name, used: uses.length > 0 }).toEqual({ name, used: true })
      for (const use of uses) {
        expect({ name, form: use.operator, message: use.argument.trim().length > 0 }).toEqual({ name, form: ':?', message: true })
      }
    }
    // Any secret-looking variable, wherever used, is required rather than defaulted.
    for (const reference of references.filter((candidate) => SECRET_NAME.test(candidate.name))) {
      expect({ name: reference.name, form: reference.operator }).toEqual({ name: reference.name, form: ':?' })
    }
    // Secret-looking settings consist of nothing but one required reference.
    for (const [serviceName, service] of Object.entries(services)) {
      for (const [key, value] of Object.entries(environmentOf(service))) {
        if (!SECRET_NAME.test(key)) continue
        expect({ service: serviceName, key, value }).toEqual({
          service: serviceName,
          key,
          value: expect.stringMatching(/^\$\{[A-Za-z_][A-Za-z0-9_]*:\?[^}]+\}$/),
        })
      }
    }
  })

  it('contains no literal secret: without the variables nothing secret is left', () => {
    const blankSecrets = Object.fromEntries(REQUIRED_SECRETS.map((name) => [name, '\u0000']))
    const resolved = interpolate(compose, { ...blankSecrets }) as Compose
    for (const [serviceName, service] of Object.entries(resolved.services)) {
      for (const [key, value] of Object.entries(environmentOf(service))) {
        if (SECRET_NAME.test(key)) expect({ service: serviceName, key, value }).toEqual({ service: serviceName, key, value: '\u0000' })
      }
      const url = environmentOf(service).DATABASE_URL
      if (url) expect(decodeURIComponent(new URL(url).password)).toBe('\u0000')
    }
    // And nothing that looks like a generated key sits anywhere in the file.
    const withoutReferences = composeText.replace(REFERENCE, '')
    expect(withoutReferences).not.toMatch(/\b[0-9a-f]{32,}\b/i)
    expect(withoutReferences).not.toMatch(/\b[A-Za-z0-9+/_-]{40,}={0,2}/)
  })

  it('points DATABASE_URL at the postgres service with its credentials', () => {
    const raw = environmentOf(services.cms).DATABASE_URL
    expect(raw).toContain('${POSTGRES_PASSWORD:?')
    const env = { ...DUMMY_ENV, POSTGRES_USER: 'someone', POSTGRES_DB: 'somedb' }
    const resolved = interpolate(compose, env) as Compose
    const url = new URL(environmentOf(resolved.services.cms).DATABASE_URL)
    const postgresEnv = environmentOf(resolved.services.postgres)
    expect(url.protocol).toMatch(/^postgres(ql)?:$/)
    expect(url.hostname).toBe('postgres')
    expect(url.port === '' || url.port === '5432').toBe(true)
    expect(decodeURIComponent(url.username)).toBe(postgresEnv.POSTGRES_USER)
    expect(decodeURIComponent(url.password)).toBe(DUMMY_ENV.POSTGRES_PASSWORD)
    expect(postgresEnv.POSTGRES_PASSWORD).toBe(DUMMY_ENV.POSTGRES_PASSWORD)
    expect(url.pathname.slice(1)).toBe(postgresEnv.POSTGRES_DB || postgresEnv.POSTGRES_USER)
  })

  it('migrates once, before the CMS and the worker start; only the worker runs scheduled jobs', () => {
    expect([services.migrate.command].flat().join(' ')).toBe('npm run migrate -w @global-ai-governance/cms')
    expect([services.worker.command].flat().join(' ')).toBe('npm run worker -w @global-ai-governance/cms')
    for (const name of ['cms', 'cms-2', 'worker'] as const) {
      expect((services[name].depends_on as Record<string, { condition?: string }>).migrate).toEqual({ condition: 'service_completed_successfully' })
    }
    for (const name of ['cms', 'cms-2']) {
      const cms = environmentOf(services[name])
      expect({ name, autorun: cms.JOBS_AUTORUN, migrate: cms.MIGRATE_ON_START }).toEqual({ name, autorun: 'false', migrate: undefined })
    }
    expect(environmentOf(services.worker).JOBS_AUTORUN).toBeUndefined()
    // A scheduled publish refreshes the site like any publish.
    expect(environmentOf(services.worker).WEB_URL).toBe('http://varnish:8080')
    for (const name of ['migrate', 'worker'] as const) {
      expect(services[name].build).toEqual({ context: '.', dockerfile: 'apps/cms/Dockerfile', target: 'tools' })
    }
    const { stages } = parseDockerfile(read('apps/cms/Dockerfile'))
    expect(stages.map((stage) => stage.name)).toContain('tools')
    // The server stays the image's default target.
    expect(stages[stages.length - 1].name).toBe('runner')
    // `exec`: the shell npm runs the script in gives way, so the container's SIGTERM reaches the worker
    // (it finishes its pass and closes its connections) instead of the shell.
    const worker = JSON.parse(read('apps/cms/package.json')).scripts.worker as string
    expect(worker).toMatch(/^exec cross-env .*payload run (src\/jobs\/worker\.ts)$/)
    expect(exists(path.join('apps/cms', /payload run (\S+)$/.exec(worker)![1]))).toBe(true)
  })

  it('configures the CMS for production: secrets, public URLs, and the files and the database on volumes', () => {
    const env = environmentOf(services.cms)
    expect(env.PAYLOAD_SECRET).toMatch(/^\$\{PAYLOAD_SECRET:\?/)
    expect(env.REVALIDATE_SECRET).toMatch(/^\$\{REVALIDATE_SECRET:\?/)
    expect(env).toHaveProperty('CMS_PUBLIC_URL')
    expect(env).toHaveProperty('WEB_PUBLIC_URL')

    const volumes = compose.volumes ?? {}
    const mounts = (service: Service) =>
      (service.volumes ?? []).map((volume) =>
        typeof volume === 'string' ? { source: volume.split(':')[0], target: volume.split(':')[1] } : { source: volume.source, target: volume.target },
      )
    const media = mounts(services.minio).find((mount) => mount.target === '/data')
    expect(media).toBeDefined()
    expect(Object.keys(volumes)).toContain(media?.source)
    const data = mounts(services.postgres).find((mount) => mount.target === '/var/lib/postgresql/data')
    expect(data).toBeDefined()
    expect(Object.keys(volumes)).toContain(data?.source)
  })

  it('lets the website reach the CMS over the compose network and share the revalidation secret', () => {
    const env = environmentOf(services.web)
    expect(env.CMS_URL).toBe('http://cms:3001')
    expect(env.REVALIDATE_SECRET).toMatch(/^\$\{REVALIDATE_SECRET:\?/)
  })

  it('refuses to resolve while a required secret is missing, and resolves with all of them', () => {
    expect(() => interpolate(compose, DUMMY_ENV)).not.toThrow()
    for (const name of REQUIRED_SECRETS) {
      const env: Record<string, string> = { ...DUMMY_ENV }
      delete env[name]
      expect(() => interpolate(compose, env)).toThrow(new RegExp(`^${name}: `))
    }
  })

  it('passes `docker compose config` when the compose CLI is available', () => {
    const candidates: Array<[string, string[]]> = [
      ['docker', ['compose']],
      ['docker-compose', []],
    ]
    const cli = candidates.find(([command, prefix]) => spawnSync(command, [...prefix, 'version'], { encoding: 'utf8' }).status === 0)
    if (!cli) {
      // The docker CLI here may lack the compose plugin; the parse checks above cover the file.
      console.info('docker compose is not available: relying on the YAML and interpolation checks')
      return
    }
    const [command, prefix] = cli
    // An empty env file, so a developer's own .env cannot make the checks pass or fail.
    const emptyEnvFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'compose-env-')), 'empty.env')
    fs.writeFileSync(emptyEnvFile, '')
    const baseEnv = Object.fromEntries(
      Object.entries(process.env).filter(([name]) => !referencesIn(composeText).some((reference) => reference.name === name)),
    )
    const config = (env: Record<string, string | undefined>) =>
      spawnSync(command, [...prefix, '--env-file', emptyEnvFile, '-f', 'docker-compose.yml', 'config', '--quiet'], {
        cwd: root,
        encoding: 'utf8',
        env: { ...baseEnv, ...env },
      })

    const valid = config(DUMMY_ENV)
    expect({ status: valid.status, stderr: valid.stderr }).toEqual({ status: 0, stderr: expect.anything() })

    const withoutSecret: Record<string, string> = { ...DUMMY_ENV }
    delete withoutSecret.PAYLOAD_SECRET
    const invalid = config(withoutSecret)
    expect(invalid.status).not.toBe(0)
    expect(invalid.stderr).toContain('PAYLOAD_SECRET')
  })
})

// ---------------------------------------------------------------------------
// .env.example
// ---------------------------------------------------------------------------

describe('.env.example', () => {
  const entries = parseEnvExample()
  const names = entries.map((entry) => entry.name)

  it('documents every variable docker-compose.yml uses, and only those', () => {
    const used = [...new Set(referencesIn(composeText).map((reference) => reference.name))].sort()
    expect(used.length).toBeGreaterThan(0)
    expect([...new Set(names)].sort()).toEqual(used)
  })

  it('explains every variable with a comment', () => {
    for (const entry of entries) expect({ name: entry.name, commented: entry.commented }).toEqual({ name: entry.name, commented: true })
  })

  it('holds no secret: secret variables are empty or an obvious placeholder', () => {
    for (const entry of entries.filter((candidate) => SECRET_NAME.test(candidate.name))) {
      expect({ name: entry.name, value: entry.value }).toEqual({
        name: entry.name,
        value: expect.stringMatching(/^(|change-?me[\w-]*|<[^>]*>|replace[\w-]*)$/i),
      })
    }
  })

  it('is not ignored by git while .env is', () => {
    const gitignore = read('.gitignore').split('\n').map((line) => line.trim())
    expect(gitignore).toContain('.env')
    expect(gitignore).toContain('!.env.example')
  })
})

// ---------------------------------------------------------------------------
// Dockerfiles and .dockerignore
// ---------------------------------------------------------------------------

describe.each(apps)('apps/$app/Dockerfile', ({ app, port, healthPath }) => {
  const dockerfilePath = `apps/${app}/Dockerfile`
  const text = read(dockerfilePath)
  const { stages, resolveImage } = parseDockerfile(text)
  const final = stages[stages.length - 1]
  const stageNames = new Set(stages.map((stage) => stage.name).filter(Boolean))

  it('builds in several stages, all on node:20-bookworm-slim', () => {
    expect(stages.length).toBeGreaterThanOrEqual(3)
    for (const stage of stages) {
      if (stageNames.has(stage.from)) continue
      expect(resolveImage(stage.from)).toBe('node:20-bookworm-slim')
    }
  })

  it('installs with `npm ci` under the npm of "packageManager", keeping the allowScripts policy', () => {
    const runs = stages.flatMap((stage) => allInstructions(stage, 'RUN').map((instruction) => instruction.args))
    const install = runs.find((args) => /\bnpm ci\b/.test(args))
    expect(install).toBeDefined()
    expect(install).not.toMatch(/--ignore-scripts|--dangerously|--allow-scripts|--force/)
    const packageManager = JSON.parse(read('package.json')).packageManager as string
    expect(packageManager).toMatch(/^npm@/)
    expect(runs.some((args) => args.includes(`npm install -g ${packageManager}`))).toBe(true)
  })

  it('copies every workspace manifest and the lockfile before `npm ci`', () => {
    const rootPackage = JSON.parse(read('package.json')) as { workspaces: string[] }
    const manifests = rootPackage.workspaces.flatMap((pattern) => {
      if (!pattern.endsWith('/*')) return [`${pattern}/package.json`]
      const dir = pattern.slice(0, -2)
      return fs
        .readdirSync(path.join(root, dir), { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => `${dir}/${entry.name}/package.json`)
    }).filter(exists)
    const stage = stages.find((candidate) => allInstructions(candidate, 'RUN').some((instruction) => /\bnpm ci\b/.test(instruction.args)))
    expect(stage).toBeDefined()
    const beforeInstall = (stage as Stage).instructions.slice(
      0,
      (stage as Stage).instructions.findIndex((instruction) => /\bnpm ci\b/.test(instruction.args)),
    )
    const copied = beforeInstall.filter((instruction) => instruction.keyword === 'COPY').map((instruction) => instruction.args).join(' ')
    for (const file of ['package.json', 'package-lock.json', ...manifests]) {
      expect({ file, copied: new RegExp(`(^|\\s)(\\./)?${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(\\s|$)`).test(copied) }).toEqual({ file, copied: true })
    }
  })

  it(`builds with turbo, filtered to @global-ai-governance/${app}`, () => {
    expect(text).toMatch(new RegExp(`npx turbo run build --filter=@global-ai-governance/${app}(\\s|$)`))
  })

  it('runs the Next standalone server with its static files', () => {
    const copies = allInstructions(final, 'COPY').map((instruction) => instruction.args)
    expect(copies).toContainEqual(expect.stringMatching(new RegExp(`--from=\\S+ .*apps/${app}/\\.next/standalone/? +\\./?$`)))
    expect(copies).toContainEqual(expect.stringMatching(new RegExp(`--from=\\S+ .*apps/${app}/\\.next/static +\\.?/?apps/${app}/\\.next/static/?$`)))
    expect(copies).toContainEqual(expect.stringMatching(new RegExp(`--from=\\S+ .*apps/${app}/public +\\.?/?apps/${app}/public/?$`)))
    // outputFileTracingRoot is the repository root, so the server sits at apps/<app>/server.js.
    const cmd = allInstructions(final, 'CMD').map((instruction) => instruction.args).pop()
    expect(cmd).toMatch(new RegExp(`node.*apps/${app}/server\\.js`))
  })

  it('runs in production as a non-root user', () => {
    const env = allInstructions(final, 'ENV').map((instruction) => instruction.args).join(' ')
    expect(env).toMatch(/\bNODE_ENV=production\b/)
    // Next's standalone server binds to HOSTNAME; docker sets it to the container id.
    expect(env).toMatch(/\bHOSTNAME=0\.0\.0\.0\b/)
    expect(env).toMatch(new RegExp(`\\bPORT=${port}\\b`))
    const user = allInstructions(final, 'USER').pop()
    expect(user).toBeDefined()
    expect((user as Instruction).args.split(':')[0]).not.toMatch(/^(root|0)$/)
    const userIndex = final.instructions.indexOf(user as Instruction)
    const cmdIndex = final.instructions.findIndex((instruction) => instruction.keyword === 'CMD')
    expect(userIndex).toBeLessThan(cmdIndex)
  })

  it(`exposes ${port} and health-checks ${healthPath} with node fetch`, () => {
    expect(allInstructions(final, 'EXPOSE').map((instruction) => instruction.args)).toContain(String(port))
    const healthcheck = allInstructions(final, 'HEALTHCHECK').pop()
    expect(healthcheck).toBeDefined()
    const args = (healthcheck as Instruction).args
    expect(args).toMatch(/CMD/)
    expect(args).toContain('fetch(')
    expect(args).toContain(`${healthPath}'`)
    expect(args).toContain(String(port))
    expect(args).not.toMatch(/\b(curl|wget)\b/)
  })

  it('matches a Next config that produces standalone output traced from the repository root', () => {
    const configFile = ['next.config.mjs', 'next.config.js', 'next.config.ts'].map((name) => `apps/${app}/${name}`).find(exists)
    expect({ app, nextConfig: configFile ?? 'missing' }).toEqual({ app, nextConfig: expect.stringMatching(/next\.config/) })
    const config = read(configFile as string)
    expect(config).toMatch(/output:\s*process\.env\.NEXT_OUTPUT === ['"]standalone['"] \? ['"]standalone['"]/)
    expect(read(`apps/${app}/Dockerfile`)).toMatch(/ENV NEXT_OUTPUT=standalone\s+RUN npx turbo run build/)
    expect(config).toMatch(/outputFileTracingRoot:/)
  })
})

describe('CMS image', () => {
  const text = read('apps/cms/Dockerfile')
  const { stages } = parseDockerfile(text)
  const final = stages[stages.length - 1]

  it('keeps uploads in MEDIA_DIR, writable by the runtime user', () => {
    const env = allInstructions(final, 'ENV').map((instruction) => instruction.args).join(' ')
    expect(env).toMatch(/\bMEDIA_DIR=\/data\/media\b/)
    const runs = allInstructions(final, 'RUN').map((instruction) => instruction.args).join(' ')
    const user = (allInstructions(final, 'USER').pop() as Instruction).args.split(':')[0]
    expect(runs).toMatch(/mkdir -p [^&]*\/data\/media/)
    expect(runs).toMatch(new RegExp(`chown (-R )?${user}(:\\S+)? [^&]*/data/media`))
  })

  it('can apply migrations at start for a single instance (MIGRATE_ON_START → prodMigrations); compose uses the migrate step', () => {
    const config = read('apps/cms/src/payload.config.ts')
    expect(config).toMatch(/prodMigrations:\s*process\.env\.MIGRATE_ON_START === 'true'/)
  })
})

describe('.dockerignore', () => {
  const entries = read('.dockerignore')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'))

  it.each(['node_modules', '.next', '.turbo', '.data', 'media', '.git', 'tests/.artifacts', '.env'])('keeps %s out of the build context', (name) => {
    expect(entries.some((entry) => entry === name || entry === `**/${name}` || entry === `/${name}`)).toBe(true)
  })

  it('does not exclude what the build needs', () => {
    for (const needed of ['package.json', 'package-lock.json', 'apps', 'packages', 'turbo.json', 'tsconfig.base.json']) {
      expect(entries).not.toContain(needed)
    }
  })
})
