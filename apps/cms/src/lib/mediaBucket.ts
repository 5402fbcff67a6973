/**
 * Where uploaded files live: an S3 bucket (AWS, MinIO, any S3-compatible store)
 * when S3_BUCKET is set, so every CMS instance serves every file; the local
 * folder MEDIA_DIR otherwise (one instance). Files are always served through
 * Payload (/api/media/file/…), so a file not yet public stays private in the bucket too.
 */
export type MediaBucket = {
  bucket: string
  region: string
  /** An S3-compatible server's address (MinIO, s3rver); AWS's own when unset. */
  endpoint?: string
  forcePathStyle: boolean
  credentials?: { accessKeyId: string; secretAccessKey: string }
}

const BUCKET_NAME = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/

/** The bucket from the environment, or null for the local folder. Half a setting is refused with what is missing. */
export function mediaBucket(env: Readonly<Record<string, string | undefined>> = process.env): MediaBucket | null {
  const bucket = env.S3_BUCKET?.trim()
  if (!bucket) {
    const stray = ['S3_ENDPOINT', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'].filter((name) => env[name])
    if (stray.length > 0) throw new Error(`${stray.join(' and ')} ${stray.length > 1 ? 'are' : 'is'} set but S3_BUCKET is not: name the bucket, or unset them to keep files on disk (MEDIA_DIR).`)
    return null
  }
  if (!BUCKET_NAME.test(bucket)) throw new Error(`S3_BUCKET "${bucket}" is not a bucket name (3 to 63 of a-z, 0-9, "." and "-").`)
  const endpoint = env.S3_ENDPOINT?.trim() || undefined
  if (endpoint && !/^https?:\/\/[^\s/]+/.test(endpoint)) throw new Error(`S3_ENDPOINT must be an http(s) address, such as http://minio:9000 (it is "${endpoint}").`)
  const accessKeyId = env.S3_ACCESS_KEY_ID?.trim()
  const secretAccessKey = env.S3_SECRET_ACCESS_KEY?.trim()
  if (Boolean(accessKeyId) !== Boolean(secretAccessKey)) throw new Error('S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY go together: set both, or neither to use the machine’s AWS credentials.')
  return {
    bucket,
    region: env.S3_REGION?.trim() || 'us-east-1',
    endpoint,
    // MinIO and s3rver name the bucket in the path; AWS in the host name.
    forcePathStyle: env.S3_FORCE_PATH_STYLE ? env.S3_FORCE_PATH_STYLE === 'true' : Boolean(endpoint),
    credentials: accessKeyId && secretAccessKey ? { accessKeyId, secretAccessKey } : undefined,
  }
}
