import config from '@payload-config'
import { REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes'

type Handler = (request: Request, context: { params: Promise<{ slug: string[] }> }) => Promise<Response>

/*
 * Payload answers 501 "Cannot GET <its internal address>" for a collection
 * without an API (payload-migrations): a 5xx for a route that simply does not
 * exist, naming the server's internal host. Answered as a 404 instead.
 */
const notFoundForNoApi =
  (handler: Handler): Handler =>
  async (request, context) => {
    const response = await handler(request, context)
    if (response.status !== 501) return response
    const headers = new Headers(response.headers)
    headers.delete('content-length')
    return Response.json({ errors: [{ message: 'Not Found' }] }, { status: 404, headers })
  }

export const GET = notFoundForNoApi(REST_GET(config))
export const POST = notFoundForNoApi(REST_POST(config))
export const DELETE = notFoundForNoApi(REST_DELETE(config))
export const PATCH = notFoundForNoApi(REST_PATCH(config))
export const PUT = notFoundForNoApi(REST_PUT(config))
export const OPTIONS = REST_OPTIONS(config)
