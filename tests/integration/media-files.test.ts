// GET /api/media/file/<name>: a file that is not there is a 404 that says so, for the
// public and for staff alike (Payload answered staff 500 "Something went wrong."),
// and a private file looks to the public exactly like a missing one.
import fs from 'node:fs'
import path from 'node:path'

import { adminToken, api, cmsUrl, uniqueSuffix } from '../support/cms'

// A 1×1 PNG.
const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64')

type Upload = { id: number; filename: string }

async function upload(token: string, isPublic: boolean): Promise<Upload> {
  const form = new FormData()
  form.append('file', new Blob([png], { type: 'image/png' }), `media-files-${uniqueSuffix()}.png`)
  form.append('_payload', JSON.stringify({ alt: 'A grey pixel', public: isPublic }))
  const created = await api('/api/media', { method: 'POST', token, body: form })
  if (created.status !== 201) throw new Error(`upload failed: ${created.status} ${JSON.stringify(created.body)}`)
  return { id: created.body.doc.id, filename: created.body.doc.filename }
}

async function file(name: string, token?: string) {
  const response = await fetch(`${cmsUrl()}/api/media/file/${encodeURIComponent(name)}`, { headers: token ? { Authorization: `JWT ${token}` } : {} })
  const type = response.headers.get('content-type') ?? ''
  const body = type.includes('json') ? ((await response.json()) as { errors?: Array<{ message: string }> }) : await response.arrayBuffer()
  return { status: response.status, type, message: 'errors' in body ? (body.errors?.[0]?.message ?? '') : '' }
}

describe('media file addresses', () => {
  let token: string
  const left: number[] = []

  beforeAll(async () => {
    token = await adminToken()
  })
  afterAll(async () => {
    for (const id of left) await api(`/api/media/${id}`, { method: 'DELETE', token })
  })

  test('a file that never existed: 404 with a message, for the public and for staff', async () => {
    for (const who of [undefined, token]) {
      const answer = await file('does-not-exist.png', who)
      expect({ status: answer.status, message: answer.message }).toEqual({ status: 404, message: expect.stringContaining('does-not-exist.png') })
    }
  })

  test('the file of a deleted document: served before, 404 with a message after', async () => {
    const { id, filename } = await upload(token, true)
    expect(await file(filename)).toMatchObject({ status: 200, type: 'image/png' })
    expect((await api(`/api/media/${id}`, { method: 'DELETE', token })).status).toBe(200)
    for (const who of [undefined, token]) {
      const answer = await file(filename, who)
      expect({ status: answer.status, message: answer.message }).toEqual({ status: 404, message: expect.stringContaining(filename) })
    }
  })

  test('a document whose file is gone from the disk: 404, not 500', async () => {
    const { id, filename } = await upload(token, true)
    left.push(id)
    fs.rmSync(path.join(process.env.TEST_MEDIA_DIR!, filename))
    for (const who of [undefined, token]) expect(await file(filename, who)).toMatchObject({ status: 404, message: expect.stringContaining(filename) })
  })

  test('a private file: served to staff; to the public the same 404 as a missing one', async () => {
    const { id, filename } = await upload(token, false)
    left.push(id)
    expect(await file(filename, token)).toMatchObject({ status: 200, type: 'image/png' })
    const hidden = await file(filename)
    const missing = await file(filename.replace(/\.png$/, '-none.png'))
    expect(hidden.status).toBe(404)
    expect(hidden.message.replace(filename, '<name>')).toBe(missing.message.replace(filename.replace(/\.png$/, '-none.png'), '<name>'))
  })

  test('a storage prefix for a file that is not there is a 404 that says so (not a 500)', async () => {
    const response = await fetch(`${cmsUrl()}/api/media/file/does-not-exist.png?prefix=images`)
    expect(response.status).toBe(404)
    expect(((await response.json()) as { errors: Array<{ message: string }> }).errors[0]?.message).toContain('does-not-exist.png')
  })
})
