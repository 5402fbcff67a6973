/**
 * What the GraphQL route answers itself, before and after Payload: graphql-http
 * (through which Payload serves GraphQL) reads only JSON bodies and answers
 * 406 and 415 with no body at all.
 */

const onlyJson = 'Send the GraphQL request as a JSON body: Content-Type: application/json.'

/** A request Payload should not be handed (it would try to read a body graphql-http then refuses); null when it may. */
export function graphqlRequestProblem(headers: Headers): { status: number; message: string; headers?: HeadersInit } | null {
  const [mediaType = '', ...parameters] = (headers.get('content-type') ?? '').toLowerCase().replace(/\s/g, '').split(';')
  const charset = parameters.find((parameter) => parameter.startsWith('charset='))
  if (mediaType !== 'application/json' || (charset !== undefined && charset !== 'charset=utf-8')) {
    return { status: 415, message: onlyJson, headers: { accept: 'application/json' } }
  }
  return null
}

/** The message for an answer graphql-http sends without a body; undefined for any other status. */
export function messageForEmptyAnswer(status: number): string | undefined {
  switch (status) {
    case 406:
      return 'This API answers in JSON: accept application/graphql-response+json or application/json (UTF-8).'
    case 415:
      return onlyJson
    default:
      return undefined
  }
}
