import { s3Storage } from '@payloadcms/storage-s3'
import type { Plugin } from 'payload'

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
