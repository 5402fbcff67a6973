import type { Endpoint } from 'payload'
import { sql } from '@payloadcms/db-postgres'

/** For load balancers and docker healthchecks: answers 200 only when the database answers. */
export const healthEndpoint: Endpoint = {
  path: '/health',
  method: 'get',
  handler: async (req) => {
    try {
      const db = req.payload.db as unknown as { drizzle: { execute: (query: unknown) => Promise<unknown> } }
      await db.drizzle.execute(sql`select 1`)
      return Response.json({ status: 'ok' }, { headers: { 'Cache-Control': 'no-store' } })
    } catch (error) {
      req.payload.logger.error({ err: error, msg: 'Health check: database unreachable' })
      return Response.json({ status: 'unavailable', reason: 'database' }, { status: 503, headers: { 'Cache-Control': 'no-store' } })
    }
  },
}
