import { mediaBucket } from './mediaBucket'

describe('mediaBucket (S3_* settings)', () => {
  test('no bucket: files stay on disk', () => {
    expect(mediaBucket({})).toBeNull()
  })

  test('an S3-compatible server: path-style addresses and the given keys', () => {
    expect(mediaBucket({ S3_BUCKET: 'media', S3_ENDPOINT: 'http://127.0.0.1:9000', S3_ACCESS_KEY_ID: 'key', S3_SECRET_ACCESS_KEY: 'secret' })).toEqual({
      bucket: 'media',
      region: 'us-east-1',
      endpoint: 'http://127.0.0.1:9000',
      forcePathStyle: true,
      credentials: { accessKeyId: 'key', secretAccessKey: 'secret' },
    })
  })

  test('AWS itself: host-style addresses and the machine’s credentials', () => {
    expect(mediaBucket({ S3_BUCKET: 'gaig-media', S3_REGION: 'eu-west-1' })).toMatchObject({ region: 'eu-west-1', forcePathStyle: false, credentials: undefined, endpoint: undefined })
  })

  test.each([
    [{ S3_ENDPOINT: 'http://minio:9000' }, /S3_ENDPOINT is set but S3_BUCKET is not/],
    [{ S3_BUCKET: 'Media Files' }, /not a bucket name/],
    [{ S3_BUCKET: 'media', S3_ENDPOINT: 'minio:9000' }, /http\(s\) address, such as http:\/\/minio:9000/],
    [{ S3_BUCKET: 'media', S3_ACCESS_KEY_ID: 'key' }, /go together/],
  ])('half a setting is refused and says what is missing: %j', (env, message) => {
    expect(() => mediaBucket(env)).toThrow(message)
  })
})
