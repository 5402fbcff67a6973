/**
 * `npm run db:backup` then `npm run db:restore`, for real: files uploaded
 * through the API and a document with several versions, backed up from the
 * running system's database and media folder, restored into a new database
 * and a new folder on the same server, then compared row by row and byte by
 * byte — and served by a second CMS started on the restored copy. Also: a
 * restore over content without --force, or from a damaged backup, changes
 * nothing.
 */
import { spawn } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import zlib from 'node:zlib'

import { Client } from 'pg'

import { createDatabaseIfMissing, dropDatabase } from '../../scripts/lib/database.cjs'
import { startServer, waitForHttp as waitForHttpUntyped } from '../../scripts/lib/processes.cjs'
import { api, madeHere, staffToken, uniqueSuffix } from '../support/cms'
import { recordFigure } from '../support/figures'

const root = path.resolve(__dirname, '../..')
// processes.cjs has no types; its options include the server whose exit ends the wait.
const waitForHttp = waitForHttpUntyped as (url: string, options: { timeoutMs: number; server: unknown }) => Promise<number>
const made = madeHere()

// ---------------------------------------------------------------------------
// Helpers

type Run = { code: number | null; stdout: string; stderr: string; seconds: number }

/** Runs scripts/<script> with node, as `npm run db:…` does once the database is up. */
function runScript(script: string, args: string[], env: Record<string, string>, timeoutMs = 120_000): Promise<Run> {
  const started = Date.now()
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(root, 'scripts', script), ...args], {
      cwd: root,
      env: { ...process.env, PG_BIN_DIR: '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk) => (stdout += chunk))
    child.stderr.on('data', (chunk) => (stderr += chunk))
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs)
    child.on('error', reject)
    child.on('close', (code) => {
      clearTimeout(timer)
      resolve({ code, stdout, stderr, seconds: (Date.now() - started) / 1000 })
    })
  })
}

/**
 * Every table's row count and the md5 of its rows (ordered by id where there
 * is one), and every sequence's position: computed here, independently of the
 * checksums the scripts keep in the manifest.
 */
async function fingerprint(url: string): Promise<Record<string, string>> {
  const db = new Client({ connectionString: url })
  await db.connect()
  try {
    await db.query("SET TimeZone = 'UTC'; SET DateStyle = 'ISO, YMD'; SET extra_float_digits = 3")
    const { rows: tables } = await db.query(
      `select t.table_schema as schema, t.table_name as name,
              exists (select 1 from information_schema.columns c where c.table_schema = t.table_schema and c.table_name = t.table_name and c.column_name = 'id') as has_id
         from information_schema.tables t
        where t.table_type = 'BASE TABLE' and t.table_schema not in ('pg_catalog', 'information_schema')
        order by 1, 2`,
    )
    const result: Record<string, string> = {}
    for (const table of tables) {
      const name = `${db.escapeIdentifier(table.schema)}.${db.escapeIdentifier(table.name)}`
      const order = table.has_id ? 'fp.id, fp::text' : 'fp::text'
      const { rows } = await db.query(`select count(*)::int as n, md5(coalesce(string_agg(fp::text, E'\\n' order by ${order}), '')) as md5 from ${name} fp`)
      result[`table ${table.schema}.${table.name}`] = `${rows[0].n} rows, md5 ${rows[0].md5}`
    }
    const { rows: sequences } = await db.query(
      "select schemaname as schema, sequencename as name from pg_sequences where schemaname not in ('pg_catalog', 'information_schema')",
    )
    for (const sequence of sequences) {
      const name = `${db.escapeIdentifier(sequence.schema)}.${db.escapeIdentifier(sequence.name)}`
      const { rows } = await db.query(`select last_value, is_called from ${name}`)
      result[`sequence ${sequence.schema}.${sequence.name}`] = `${rows[0].last_value} ${rows[0].is_called}`
    }
    return result
  } finally {
    await db.end()
  }
}

/** Every file under `dir` with the sha256 of its bytes. */
function mediaFiles(dir: string): Record<string, string> {
  const files: Record<string, string> = {}
  if (!fs.existsSync(dir)) return files
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue
    const full = path.join(entry.parentPath, entry.name)
    files[path.relative(dir, full)] = crypto.createHash('sha256').update(fs.readFileSync(full)).digest('hex')
  }
  return files
}

/** Keys whose values differ between two records (or that only one has). */
function differences(expected: Record<string, string>, actual: Record<string, string>): string[] {
  const keys = new Set([...Object.keys(expected), ...Object.keys(actual)])
  return [...keys].filter((key) => expected[key] !== actual[key]).map((key) => `${key}: ${expected[key] ?? '(absent)'} → ${actual[key] ?? '(absent)'}`)
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})
const crc32 = (buffer: Buffer) => {
  let crc = 0xffffffff
  for (const byte of buffer) crc = crcTable[(crc ^ byte) & 0xff] ^ (crc >>> 8)
  return (crc ^ 0xffffffff) >>> 0
}

/** A unique RGB PNG large enough for the CMS to make resized copies of it. */
function makePng(width: number, height: number): Buffer {
  const noise = crypto.randomBytes(width * 3)
  const raw = Buffer.alloc((width * 3 + 1) * height)
  for (let y = 0; y < height; y += 1) {
    const row = y * (width * 3 + 1)
    for (let x = 0; x < width; x += 1) {
      raw[row + 1 + x * 3] = (x * 255) / width
      raw[row + 2 + x * 3] = (y * 255) / height
      raw[row + 3 + x * 3] = noise[x * 3] ^ y
    }
  }
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4)
    length.writeUInt32BE(data.length)
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data])
    const crc = Buffer.alloc(4)
    crc.writeUInt32BE(crc32(body))
    return Buffer.concat([length, body, crc])
  }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header[8] = 8 // bit depth
  header[9] = 2 // RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

/** A minimal valid PDF (one empty page, with the xref table the CMS checks for). */
function makePdf(title: string): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>',
    `<< /Title (${title}) >>`,
  ]
  let body = '%PDF-1.4\n'
  const offsets: number[] = []
  objects.forEach((object, index) => {
    offsets.push(Buffer.byteLength(body))
    body += `${index + 1} 0 obj\n${object}\nendobj\n`
  })
  const xref = Buffer.byteLength(body)
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('')}`
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info 4 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  return Buffer.from(body, 'latin1')
}

// ---------------------------------------------------------------------------

const sourceUrl = () => {
  const url = process.env.TEST_DATABASE_URL
  if (!url) throw new Error('TEST_DATABASE_URL is not set: run through jest so that global-setup starts the system.')
  return url
}
const sourceMedia = () => {
  const dir = process.env.TEST_MEDIA_DIR
  if (!dir) throw new Error('TEST_MEDIA_DIR is not set: run through jest so that global-setup starts the system.')
  return dir
}

describe('db:backup then db:restore', () => {
  const suffix = uniqueSuffix()
  let work: string
  let backupDir: string
  let restoredMedia: string
  let restoredUrl: string
  let editor: Awaited<ReturnType<typeof staffToken>>
  let image: { id: number; filename: string; sizes: Record<string, { filename: string | null }> }
  let pdf: { id: number; filename: string }
  let benefitId: number
  let expected: { database: Record<string, string>; media: Record<string, string> }
  const timings: string[] = []
  let compared = 0
  let mismatches = -1 // until the comparison runs

  beforeAll(async () => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'gaig-backup-test-'))
    backupDir = path.join(work, 'backup')
    restoredMedia = path.join(work, 'media-restored')
    const url = new URL(sourceUrl())
    url.pathname = `/gaig_restore_${suffix}`
    restoredUrl = url.toString()
    editor = await staffToken('editor')

    // Two uploads through the API as an editor: an image (with the resized copies the CMS makes) and a PDF.
    const imageForm = new FormData()
    imageForm.append('file', new Blob([new Uint8Array(makePng(480, 360))], { type: 'image/png' }), `backup-${suffix}.png`)
    imageForm.append('_payload', JSON.stringify({ alt: 'A gradient to back up', caption: 'Backed up and restored' }))
    const uploaded = await api('/api/media', { method: 'POST', token: editor.token, body: imageForm })
    expect(uploaded.status).toBe(201)
    image = made.add('media', uploaded.body.doc)
    expect(Object.values(image.sizes).some((size) => size.filename)).toBe(true)

    const pdfForm = new FormData()
    const pdfBytes = makePdf(`Backed up ${suffix}`)
    pdfForm.append('file', new Blob([new Uint8Array(pdfBytes)], { type: 'application/pdf' }), `backup-${suffix}.pdf`)
    pdfForm.append('_payload', JSON.stringify({ caption: 'A PDF to back up' }))
    const uploadedPdf = await api('/api/media', { method: 'POST', token: editor.token, body: pdfForm })
    expect([uploadedPdf.status, uploadedPdf.status === 201 ? '' : JSON.stringify(uploadedPdf.body)]).toEqual([201, ''])
    pdf = made.add('media', uploadedPdf.body.doc)

    // A document published once, then edited twice as drafts: three versions, live and draft differing.
    const created = await api('/api/benefits', {
      method: 'POST',
      token: editor.token,
      body: { title: `Backed up ${suffix}`, slug: `backed-up-${suffix}`, order: 970, summary: 'Published first.', seo: { image: image.id }, _status: 'published' },
    })
    expect(created.status).toBe(201)
    benefitId = made.add('benefits', created.body.doc).id
    for (const draft of ['First draft after publishing.', 'Second draft after publishing.']) {
      const saved = await api(`/api/benefits/${benefitId}?draft=true`, { method: 'PATCH', token: editor.token, body: { summary: draft, _status: 'draft' } })
      expect(saved.status).toBe(200)
    }
    const versions = await api(`/api/benefits/versions?where[parent][equals]=${benefitId}&depth=0&limit=50`, { token: editor.token })
    expect(versions.body.totalDocs).toBeGreaterThanOrEqual(3)
  }, 60_000)

  afterAll(async () => {
    if (mismatches < 0) recordFigure('Backup: db:backup then db:restore round trip', 0, 1, 'the round trip failed before the comparison')
    else recordFigure('Backup: db:backup then db:restore round trip', compared, mismatches, timings.join(', '))
    try {
      await made.removeAll()
    } finally {
      try {
        if (restoredUrl) await dropDatabase(restoredUrl)
      } finally {
        if (work) fs.rmSync(work, { recursive: true, force: true })
      }
    }
  }, 60_000)

  test('the backup holds every table, row and media file, and a restore into a new database and folder matches them exactly', async () => {
    // The CMS may write between two reads (its job runner): back up until the database did not change during the backup (3 tries).
    let backedUp: Run | undefined
    for (let attempt = 1; attempt <= 3 && !backedUp; attempt += 1) {
      fs.rmSync(backupDir, { recursive: true, force: true })
      const before = { database: await fingerprint(sourceUrl()), media: mediaFiles(sourceMedia()) }
      const run = await runScript('db-backup.mjs', ['--out', backupDir], { DATABASE_URL: sourceUrl(), MEDIA_DIR: sourceMedia() })
      expect(`${run.stdout}${run.stderr}`).toMatch(/Backup written to/)
      expect(run.code).toBe(0)
      const after = { database: await fingerprint(sourceUrl()), media: mediaFiles(sourceMedia()) }
      if (!differences(before.database, after.database).length && !differences(before.media, after.media).length) {
        backedUp = run
        expected = after
      }
    }
    expect(backedUp).toBeDefined()
    timings.push(`backup ${backedUp!.seconds.toFixed(1)} s`)
    // The password of the server never shows.
    const password = new URL(sourceUrl()).password
    if (password) expect(backedUp!.stdout + backedUp!.stderr).not.toContain(password)

    const manifest = JSON.parse(fs.readFileSync(path.join(backupDir, 'manifest.json'), 'utf8'))
    expect(manifest.database.name).toBe(decodeURIComponent(new URL(sourceUrl()).pathname.slice(1)))
    expect(manifest.pgDump.major).toBeGreaterThanOrEqual(manifest.database.major)
    expect(manifest.tables.length).toBe(Object.keys(expected.database).filter((key) => key.startsWith('table ')).length)
    const inManifest = Object.fromEntries(manifest.media.files.map((file: { path: string; sha256: string }) => [file.path, file.sha256]))
    expect(inManifest).toEqual(expected.media)
    for (const name of [image.filename, ...Object.values(image.sizes).map((size) => size.filename), pdf.filename].filter(Boolean)) {
      expect(Object.keys(inManifest)).toContain(name)
    }

    await createDatabaseIfMissing(restoredUrl)
    const restored = await runScript('db-restore.mjs', [backupDir], { DATABASE_URL: restoredUrl, MEDIA_DIR: restoredMedia })
    expect(`${restored.stdout}${restored.stderr}`).toMatch(/Restored and verified/)
    expect(restored.code).toBe(0)
    timings.push(`restore ${restored.seconds.toFixed(1)} s`)

    const actual = { database: await fingerprint(restoredUrl), media: mediaFiles(restoredMedia) }
    const found = [...differences(expected.database, actual.database), ...differences(expected.media, actual.media)]
    compared = Object.keys(expected.database).length + Object.keys(expected.media).length
    const kinds = (prefix: string) => Object.keys(expected.database).filter((key) => key.startsWith(prefix)).length
    timings.unshift(`${kinds('table ')} tables, ${kinds('sequence ')} sequences, ${Object.keys(expected.media).length} files`)
    mismatches = found.length
    expect(found).toEqual([])
    // And byte for byte, not only by hash.
    for (const file of Object.keys(expected.media)) {
      expect(fs.readFileSync(path.join(restoredMedia, file)).equals(fs.readFileSync(path.join(sourceMedia(), file)))).toBe(true)
    }
    // The document and each of its versions, row for row.
    const db = new Client({ connectionString: restoredUrl })
    await db.connect()
    try {
      const versions = await db.query('select count(*)::int as n from _benefits_v where parent_id = $1', [benefitId])
      expect(versions.rows[0].n).toBeGreaterThanOrEqual(3)
    } finally {
      await db.end()
    }
  }, 240_000)

  test('a CMS started on the restored copy serves the document, its versions and the files', async () => {
    expect(expected).toBeDefined()
    const port = await new Promise<number>((resolve, reject) => {
      const server = net.createServer()
      server.on('error', reject)
      server.listen(0, '127.0.0.1', () => {
        const { port: free } = server.address() as net.AddressInfo
        server.close(() => resolve(free))
      })
    })
    const url = `http://127.0.0.1:${port}`
    const cms = startServer('npx', ['next', 'start', '-p', String(port), '-H', '127.0.0.1'], {
      cwd: path.join(root, 'apps/cms'),
      env: {
        DATABASE_URL: restoredUrl,
        MEDIA_DIR: restoredMedia,
        PAYLOAD_SECRET: process.env.TEST_PAYLOAD_SECRET,
        CMS_PUBLIC_URL: url,
        NEXT_TELEMETRY_DISABLED: '1',
        COOKIE_SECURE: 'false',
        WEB_URL: '',
        REVALIDATE_SECRET: '',
        PREVIEW_SECRET: '',
        PREVIEW_API_KEY: '',
      },
      label: 'restored CMS',
    })
    try {
      await waitForHttp(`${url}/api/health`, { server: cms, timeoutMs: 90_000 })
      const get = async (pathname: string, token?: string) => {
        const response = await fetch(`${url}${pathname}`, { headers: token ? { Authorization: `JWT ${token}` } : {} })
        return { status: response.status, bytes: Buffer.from(await response.arrayBuffer()) }
      }
      const json = async (pathname: string, token?: string) => JSON.parse((await get(pathname, token)).bytes.toString('utf8'))
      // The editor's session (same secret, same user row) still works against the copy.
      const published = await json(`/api/benefits/${benefitId}?depth=0`)
      expect(published.summary).toBe('Published first.')
      const draft = await json(`/api/benefits/${benefitId}?draft=true&depth=0`, editor.token)
      expect(draft.summary).toBe('Second draft after publishing.')
      const versions = await json(`/api/benefits/versions?where[parent][equals]=${benefitId}&depth=0&limit=50&sort=createdAt`, editor.token)
      const original = await api(`/api/benefits/versions?where[parent][equals]=${benefitId}&depth=0&limit=50&sort=createdAt`, { token: editor.token })
      expect(versions.docs.map((version: any) => [version.id, version.version.summary, version.version._status])).toEqual(
        original.body.docs.map((version: any) => [version.id, version.version.summary, version.version._status]),
      )
      for (const file of [image.filename, pdf.filename]) {
        const served = await get(`/api/media/file/${encodeURIComponent(file)}`, editor.token)
        expect(served.status).toBe(200)
        expect(served.bytes.equals(fs.readFileSync(path.join(sourceMedia(), file)))).toBe(true)
      }
    } finally {
      await cms.stop()
    }
  }, 150_000)

  test('a restore over a database with content is refused without --force and changes nothing; with --force it replaces it', async () => {
    expect(expected).toBeDefined()
    const before = { database: await fingerprint(restoredUrl), media: mediaFiles(restoredMedia) }
    const refused = await runScript('db-restore.mjs', [backupDir], { DATABASE_URL: restoredUrl, MEDIA_DIR: restoredMedia })
    expect(refused.code).toBe(1)
    expect(refused.stderr).toMatch(/Refusing to restore: the database "gaig_restore_\w+" already has content .*--force/)
    expect(refused.stderr).toMatch(/Nothing was changed/)
    expect({ database: await fingerprint(restoredUrl), media: mediaFiles(restoredMedia) }).toEqual(before)

    // Someone still connected (a CMS left running): refused even with --force.
    const connected = new Client({ connectionString: restoredUrl, application_name: 'a-running-cms' })
    await connected.connect()
    try {
      const busy = await runScript('db-restore.mjs', [backupDir, '--force'], { DATABASE_URL: restoredUrl, MEDIA_DIR: restoredMedia })
      expect(busy.code).toBe(1)
      expect(busy.stderr).toMatch(/other session\(s\) are connected .*a-running-cms.*Stop the CMS/)
    } finally {
      await connected.end()
    }
    expect({ database: await fingerprint(restoredUrl), media: mediaFiles(restoredMedia) }).toEqual(before)

    // Damage the copy — a version gone, a table the backup lacks, a file changed — and --force puts it all back.
    const db = new Client({ connectionString: restoredUrl })
    await db.connect()
    try {
      await db.query('delete from _benefits_v where parent_id = $1 and latest is not true', [benefitId])
      await db.query('create table not_in_the_backup (id int)')
    } finally {
      await db.end()
    }
    fs.writeFileSync(path.join(restoredMedia, image.filename), 'overwritten')
    const forced = await runScript('db-restore.mjs', [backupDir, '--force'], { DATABASE_URL: restoredUrl, MEDIA_DIR: restoredMedia })
    expect(`${forced.stdout}${forced.stderr}`).toMatch(/Restored and verified/)
    expect(forced.code).toBe(0)
    timings.push(`restore --force ${forced.seconds.toFixed(1)} s`)
    expect(differences(expected.database, await fingerprint(restoredUrl))).toEqual([])
    expect(differences(expected.media, mediaFiles(restoredMedia))).toEqual([])
  }, 240_000)

  test('a missing or damaged backup gives a clear error and changes nothing, even with --force', async () => {
    expect(expected).toBeDefined()
    const damaged = (name: string, damage: (dir: string) => void) => {
      const dir = path.join(work, name)
      fs.cpSync(backupDir, dir, { recursive: true })
      damage(dir)
      return dir
    }
    const cases: Array<[string, string, RegExp]> = [
      ['no folder', path.join(work, 'no-such-backup'), /No backup at .*no-such-backup: the folder does not exist/],
      ['empty folder', fs.mkdtempSync(path.join(work, 'empty-')), /holds no manifest\.json: it is not a backup/],
      ['corrupt manifest', damaged('corrupt-manifest', (dir) => fs.writeFileSync(path.join(dir, 'manifest.json'), '{"format": "global-ai-gov')), /manifest\.json is damaged \(not valid JSON/],
      ['foreign manifest', damaged('foreign-manifest', (dir) => fs.writeFileSync(path.join(dir, 'manifest.json'), '{"hello": "world"}')), /is not a valid backup manifest/],
      ['missing dump', damaged('missing-dump', (dir) => fs.rmSync(path.join(dir, 'database.dump'))), /incomplete: database\.dump is missing/],
      ['truncated dump', damaged('truncated-dump', (dir) => fs.truncateSync(path.join(dir, 'database.dump'), 1000)), /damaged: database\.dump .* does not match/],
      ['changed media file', damaged('changed-media', (dir) => fs.appendFileSync(path.join(dir, 'media', pdf.filename), 'x')), /damaged: 1 media file\(s\) do not match/],
    ]
    const before = { database: await fingerprint(restoredUrl), media: mediaFiles(restoredMedia) }
    for (const [what, dir, message] of cases) {
      const run = await runScript('db-restore.mjs', [dir, '--force'], { DATABASE_URL: restoredUrl, MEDIA_DIR: restoredMedia })
      expect({ what, code: run.code, stderr: run.stderr }).toEqual({ what, code: 1, stderr: expect.stringMatching(message) })
    }
    expect({ database: await fingerprint(restoredUrl), media: mediaFiles(restoredMedia) }).toEqual(before)
  }, 240_000)
})
