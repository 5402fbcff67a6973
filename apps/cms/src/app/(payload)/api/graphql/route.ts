import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'
import { APIError } from 'payload'

import { graphqlRequestProblem, messageForEmptyAnswer } from '../../../../graphql/http'

const graphqlPost = GRAPHQL_POST(config)

const refuse = (status: number, message: string, headers?: HeadersInit) =>
  Response.json({ errors: [{ message }] }, { status, headers: { 'Cache-Control': 'no-store', ...Object.fromEntries(new Headers(headers)) } })

/**
 * Payload's GraphQL endpoint (validation: graphql/validation.ts), with the
 * client's mistakes answered as 4xx with a message rather than 500s:
 * - a body that is not JSON: graphql-http takes only application/json, and
 *   Payload would first try to read any other body (a broken multipart one
 *   throws);
 * - JSON that does not parse: Payload throws its own 400 APIError out of the
 *   route instead of answering it;
 * - graphql-http's 406 and 415, which carry no body.
 */
export const POST = async (request: Request): Promise<Response> => {
  const problem = graphqlRequestProblem(request.headers)
  if (problem) return refuse(problem.status, problem.message, problem.headers)
  let response: Response
  try {
    response = await graphqlPost(request)
  } catch (error) {
    if (error instanceof APIError && error.status >= 400 && error.status < 500) return refuse(error.status, error.message)
    throw error
  }
  const empty = messageForEmptyAnswer(response.status)
  if (!empty || response.body !== null) return response
  const headers = new Headers(response.headers)
  headers.delete('content-length')
  return refuse(response.status, empty, headers)
}

export const OPTIONS = REST_OPTIONS(config)
