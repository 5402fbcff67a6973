// Backup and restore when the files live in a bucket: `npm run db:backup` copies the bucket's
// objects into the backup, `npm run db:restore` puts them into a bucket again and checks every
// byte, beside the database (a new database and a new bucket here, so the running shape is untouched).
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { GetObjectCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3'
import { Client } from 'pg'

import { scale, signIn } from './system'

const root = path.resolve(__dirname, '../..')
const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64')

// Asynchronous: the S3 server runs in this very process (the suite's setup), and a blocking
// spawnSync would stop it from answering. A script that does not finish in two minutes is killed.
const script = (name: string, args: string[], env: Record<string, string>) =>
  new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, [path.join(root, 'scripts', name), ...args], { cwd: root, env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env } })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk) => (stdout += chunk))
    child.stderr.on('data', (chunk) => (stderr += chunk))
    const timer = setTimeout(() => child.kill('SIGKILL'), 120_000)
    child.on('close', (status) => {
      clearTimeout(timer)
      resolve({ status, stdout, stderr })
    })
  })

describe('backup and restore with the files in a bucket', () => {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'scale-backup-'))
  const restoredDatabase = new URL(scale().databaseUrl)
  restoredDatabase.pathname = `${restoredDatabase.pathname}_restored`
  afterAll(async () => {
    fs.rmSync(out, { recursive: true, force: true })
    const admin = new URL(scale().databaseUrl)
    admin.pathname = '/postgres'
    const db = new Client({ connectionString: admin.toString() })
    await db.connect()
    await db.query(`DROP DATABASE IF EXISTS "${restoredDatabase.pathname.slice(1)}" WITH (FORCE)`)
    await db.end()
  })

  jest.setTimeout(300_000)

  test('a backup holds every object of the bucket; a restore into an empty database and a new bucket gives back the same bytes', async () => {
    const { cmsUrls, s3, databaseUrl } = scale()
    const { token } = await signIn(cmsUrls[0])
    const form = new FormData()
    const name = `backed-up-${Date.now()}.png`
    form.append('file', new Blob([png], { type: 'image/png' }), name)
    form.append('_payload', JSON.stringify({ alt: 'A dot kept in the backup', public: true }))
    expect((await fetch(`${cmsUrls[0]}/api/media`, { method: 'POST', headers: { Authorization: `JWT ${token}` }, body: form })).status).toBe(201)

    const backupDir = path.join(out, 'backup')
    const backup = await script('db-backup.mjs', ['--out', backupDir], { DATABASE_URL: databaseUrl, ...s3 })
    expect({ status: backup.status, stderr: backup.status === 0 ? '' : backup.stderr }).toEqual({ status: 0, stderr: '' })
    const manifest = JSON.parse(fs.readFileSync(path.join(backupDir, 'manifest.json'), 'utf8'))
    const client = new S3Client({ region: s3.S3_REGION, endpoint: s3.S3_ENDPOINT, forcePathStyle: true, credentials: { accessKeyId: s3.S3_ACCESS_KEY_ID, secretAccessKey: s3.S3_SECRET_ACCESS_KEY } })
    const objects = ((await client.send(new ListObjectsV2Command({ Bucket: s3.S3_BUCKET }))).Contents ?? []).map((object) => object.Key).sort()
    expect(manifest.media.files.map((file: { path: string }) => file.path)).toEqual(objects)
    expect(manifest.media.files.find((file: { path: string }) => file.path === name)).toMatchObject({ bytes: png.length, contentType: 'image/png' })
    expect(manifest.media.missingReferenced).toEqual([])

    const admin = new Client({ connectionString: databaseUrl })
    await admin.connect()
    await admin.query(`CREATE DATABASE "${restoredDatabase.pathname.slice(1)}"`)
    await admin.end()
    const restoredBucket = `restored-${Date.now()}`
    const restore = await script('db-restore.mjs', [backupDir], { DATABASE_URL: restoredDatabase.toString(), ...s3, S3_BUCKET: restoredBucket })
    expect({ status: restore.status, stderr: restore.status === 0 ? '' : restore.stderr }).toEqual({ status: 0, stderr: '' })
    expect(restore.stdout).toContain('every media file match the backup')
    const restored = await client.send(new GetObjectCommand({ Bucket: restoredBucket, Key: name }))
    expect(Buffer.from(await restored.Body!.transformToByteArray()).equals(png)).toBe(true)
    expect(restored.ContentType).toBe('image/png')

    // A second restore into the same bucket and database is refused without --force, and says why.
    const again = await script('db-restore.mjs', [backupDir], { DATABASE_URL: restoredDatabase.toString(), ...s3, S3_BUCKET: restoredBucket })
    expect(again.status).toBe(1)
    expect(again.stderr).toContain(`the bucket "${restoredBucket}"`)
    client.destroy()
  })
})
