// The contract: whatever the CMS serves over REST parses with the zod schemas
// of packages/content, and the two describe the same fields. A field added to
// a Payload collection without its schema (or the other way round) fails here.
import {
  collectionSchemas,
  createContentClient,
  globalSchemas,
  schemaKeys,
  type CollectionSlug,
  type GlobalSlug,
} from '@global-ai-governance/content'

import { adminToken, api, cmsUrl } from '../support/cms'

const client = () => createContentClient({ baseUrl: cmsUrl() })
const publicCollections = Object.keys(collectionSchemas) as CollectionSlug[]
const globals = Object.keys(globalSchemas) as GlobalSlug[]

// Keys Payload adds to API answers that are not content fields.
const transport = new Set(['_isLocked', '_userEditing'])
// Where a draft stands in review, when each text last changed per language (translation/plugin.ts)
// and who created the document (access/ownDrafts.ts) are for staff only: not part of the public contract.
const editorialOnly = new Set(['reviewStatus', 'reviewNote', 'translationClock', 'createdBy'])
const contentKeys = (doc: Record<string, unknown>) => Object.keys(doc).filter((key) => !transport.has(key) && !editorialOnly.has(key)).sort()

describe('every public type served by the CMS parses with packages/content', () => {
  test.each(publicCollections.filter((c) => c !== 'media'))('%s, at depth 0 and 1, in English and Arabic', async (collection) => {
    for (const depth of [0, 1]) {
      for (const locale of ['en', 'ar'] as const) {
        const result = await client().list(collection, { depth, locale, limit: 100 })
        expect(result.docs.length).toBeGreaterThan(0)
      }
    }
  })

  test.each(globals)('the %s global', async (global) => {
    await expect(client().global(global, { depth: 1 })).resolves.toBeTruthy()
  })

  test('each document by slug', async () => {
    for (const collection of publicCollections.filter((c) => c !== 'media')) {
      const { docs } = await client().list(collection, { depth: 0, limit: 100 })
      for (const doc of docs) {
        const one = await client().bySlug(collection, (doc as { slug: string }).slug, { depth: 1 })
        expect(one.id).toBe(doc.id)
      }
    }
  })

  test('an uploaded file, as staff see it (uploads are not public by default)', async () => {
    const token = await adminToken()
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64')
    const form = new FormData()
    form.append('file', new Blob([png], { type: 'image/png' }), `contract-${Date.now()}.png`)
    form.append('_payload', JSON.stringify({ alt: 'A grey pixel', public: true }))
    const created = await api('/api/media', { method: 'POST', token, body: form })
    expect(created.status).toBe(201)
    const media = await client().byId('media', created.body.doc.id, { depth: 0 })
    expect(media.mimeType).toBe('image/png')
  })
})

describe('the schemas and the CMS describe the same fields', () => {
  test.each(publicCollections)('%s', async (collection) => {
    const token = await adminToken()
    // A fully populated document at depth 0, as staff see it (so that optional fields are present).
    const { body } = await api(`/api/${collection}?depth=0&limit=1`, { token })
    expect(body.docs.length).toBeGreaterThan(0)
    const served = contentKeys(body.docs[0])
    const described = schemaKeys(collectionSchemas[collection]).sort()
    expect({ collection, keys: described }).toEqual({ collection, keys: served })
  })

  test.each(globals)('the %s global', async (global) => {
    const { body } = await api(`/api/globals/${global}?depth=0`)
    expect(schemaKeys(globalSchemas[global]).sort()).toEqual(contentKeys(body))
  })

  test('review status and notes reach staff, never the public', async () => {
    const token = await adminToken()
    for (const collection of publicCollections.filter((c) => c !== 'media')) {
      const staff = await api(`/api/${collection}?depth=0&limit=1`, { token })
      expect(staff.body.docs[0]).toHaveProperty('reviewStatus')
      const anonymous = await api(`/api/${collection}?depth=0&limit=100`)
      for (const doc of anonymous.body.docs) {
        expect(doc).not.toHaveProperty('reviewStatus')
        expect(doc).not.toHaveProperty('reviewNote')
        expect(doc).not.toHaveProperty('translationClock')
      }
    }
    for (const global of globals) {
      const anonymous = await api(`/api/globals/${global}?depth=0`)
      expect(anonymous.body).not.toHaveProperty('reviewStatus')
    }
  })
})
