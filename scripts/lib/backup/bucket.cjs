'use strict'
// The CMS's files when they live in an S3 bucket (S3_BUCKET, as apps/cms/src/lib/mediaBucket.ts
// reads it): listing, downloading with a checksum, uploading. Backups copy the bucket's objects
// into their media folder, restores put them back, so a backup is the same whichever store the
// CMS uses.
const fs = require('node:fs')
const path = require('node:path')
const { Writable } = require('node:stream')
const { pipeline } = require('node:stream/promises')

const { hashingTap } = require('./files.cjs')

/** The bucket the CMS uses, from the same variables, or null when its files are on disk. */
function bucketFromEnv(env = process.env) {
  const bucket = env.S3_BUCKET?.trim()
  if (!bucket) return null
  const { S3Client } = require('@aws-sdk/client-s3')
  const endpoint = env.S3_ENDPOINT?.trim() || undefined
  const credentials = env.S3_ACCESS_KEY_ID && env.S3_SECRET_ACCESS_KEY ? { accessKeyId: env.S3_ACCESS_KEY_ID, secretAccessKey: env.S3_SECRET_ACCESS_KEY } : undefined
  const forcePathStyle = env.S3_FORCE_PATH_STYLE ? env.S3_FORCE_PATH_STYLE === 'true' : Boolean(endpoint)
  const client = new S3Client({ region: env.S3_REGION?.trim() || 'us-east-1', endpoint, forcePathStyle, credentials })
  // close(): its kept-alive connections would otherwise hold the script open after its work.
  return { bucket, client, label: `the bucket "${bucket}"${endpoint ? ` at ${endpoint}` : ''}`, close: () => client.destroy() }
}

/** Every object's key, sorted; an empty list when the bucket does not exist yet. */
async function listObjects(store) {
  const { ListObjectsV2Command } = require('@aws-sdk/client-s3')
  const keys = []
  let token
  try {
    do {
      const page = await store.client.send(new ListObjectsV2Command({ Bucket: store.bucket, ContinuationToken: token }))
      for (const object of page.Contents ?? []) if (object.Key) keys.push(object.Key)
      token = page.IsTruncated ? page.NextContinuationToken : undefined
    } while (token)
  } catch (error) {
    if (error.name === 'NoSuchBucket') return []
    throw new Error(`Cannot list ${store.label}: ${error.message}`)
  }
  return keys.sort()
}

/** Downloads one object to `to` (or only hashes it, without `to`); its size, sha256 and content type. */
async function downloadWithHash(store, key, to, mode) {
  const { GetObjectCommand } = require('@aws-sdk/client-s3')
  const object = await store.client.send(new GetObjectCommand({ Bucket: store.bucket, Key: key }))
  const { tap, result } = hashingTap()
  if (to) {
    fs.mkdirSync(path.dirname(to), { recursive: true })
    await pipeline(object.Body, tap, fs.createWriteStream(to, { mode }))
  } else {
    await pipeline(object.Body, tap, new Writable({ write: (_chunk, _encoding, done) => done() }))
  }
  return { ...result(), contentType: object.ContentType }
}

/**
 * Creates the bucket when it is missing, then uploads `from` as `key`. The CMS serves a file with
 * its object's content type: the one the backup recorded, or (from a folder backup) its name's.
 */
async function upload(store, key, from, contentType) {
  const { CreateBucketCommand, HeadBucketCommand, PutObjectCommand } = require('@aws-sdk/client-s3')
  if (!store.checked) {
    try {
      await store.client.send(new HeadBucketCommand({ Bucket: store.bucket }))
    } catch (error) {
      if (error.$metadata?.httpStatusCode !== 404) throw new Error(`Cannot use ${store.label}: ${error.message}`)
      await store.client.send(new CreateBucketCommand({ Bucket: store.bucket }))
    }
    store.checked = true
  }
  const type = contentType || require('mime-types').lookup(key) || 'application/octet-stream'
  await store.client.send(new PutObjectCommand({ Bucket: store.bucket, Key: key, Body: fs.readFileSync(from), ContentType: type }))
}

/** Differences between the manifest's media files and the bucket's objects (`keys`: its listing). */
async function compareBucket(expected, store, keys) {
  const mismatches = []
  const present = new Set(keys)
  for (const file of expected) {
    if (!present.has(file.path)) {
      mismatches.push(`media ${file.path}: missing from ${store.label} after the restore`)
      continue
    }
    const found = await downloadWithHash(store, file.path)
    if (found.bytes !== file.bytes || found.sha256 !== file.sha256) mismatches.push(`media ${file.path}: different bytes in ${store.label}`)
  }
  return mismatches
}

module.exports = { bucketFromEnv, listObjects, downloadWithHash, upload, compareBucket }
