import { CreateBucketCommand, HeadBucketCommand, S3Client } from '@aws-sdk/client-s3'
import { s3Storage } from '@payloadcms/storage-s3'
import type { Payload, Plugin } from 'payload'

import { mediaBucket, type MediaBucket } from './mediaBucket'

/**
 * Payload's S3 storage for the media collection. Its fields (prefix, _objectKey) are in the
 * schema either way, so one database and one set of migrations serve both kinds of storage.
 */
export function mediaStoragePlugin(bucket: MediaBucket | null = mediaBucket()): Plugin {
  return s3Storage({
    enabled: bucket !== null,
    alwaysInsertFields: true,
    collections: { media: true },
    bucket: bucket?.bucket ?? 'unused',
    config: bucket ? { region: bucket.region, endpoint: bucket.endpoint, forcePathStyle: bucket.forcePathStyle, credentials: bucket.credentials } : {},
  })
}

/**
 * Creates the bucket when it is not there yet (a new MinIO, a fresh test server), as the CMS
 * starts. A store that cannot be reached, or refuses these keys, stops the start with what it said.
 */
export async function ensureMediaBucket(bucket: MediaBucket, logger: Pick<Payload['logger'], 'info'>): Promise<void> {
  const client = new S3Client({ region: bucket.region, endpoint: bucket.endpoint, forcePathStyle: bucket.forcePathStyle, credentials: bucket.credentials })
  const where = `the media bucket "${bucket.bucket}"${bucket.endpoint ? ` at ${bucket.endpoint}` : ''}`
  try {
    try {
      await client.send(new HeadBucketCommand({ Bucket: bucket.bucket }))
      return
    } catch (error) {
      const status = (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode
      if (status !== 404) throw new Error(`Cannot use ${where}: ${status ? `it answered ${status}` : (error as Error).message}. Check S3_ENDPOINT and the S3_* keys.`)
    }
    try {
      await client.send(new CreateBucketCommand({ Bucket: bucket.bucket }))
      logger.info(`Created ${where}.`)
    } catch (error) {
      // Another instance, starting at the same moment, made it first.
      if (!['BucketAlreadyOwnedByYou', 'BucketAlreadyExists'].includes((error as Error).name)) throw new Error(`Cannot create ${where}: ${(error as Error).message}`)
    }
  } finally {
    client.destroy()
  }
}
