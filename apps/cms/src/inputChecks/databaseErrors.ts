import type { AfterErrorHook } from 'payload'

/**
 * Errors caused by what the client sent, answered as a 400 with a message
 * instead of a 500: values PostgreSQL cannot store or compare (SQLSTATE class
 * 22, "data exception", and class 23, integrity violations such as an id of a
 * document that does not exist), comparisons a column's type lacks (42883,
 * from a `where` the client wrote), and bodies that are not JSON. The database
 * rolled the transaction back; the error is still logged.
 */
const sqlStateMessages: Array<[RegExp, string]> = [
  [/^23503$/, 'It refers to a document that does not exist.'],
  [/^23505$/, 'A value that must be unique is already used by another document.'],
  [/^23502$/, 'A required value is missing.'],
  [/^(22001|54000)$/, 'A value is too long.'],
  [/^22003$/, 'A number is too large or too small.'],
  [/^2201[WX]$/, 'The page and limit must be positive whole numbers.'],
  [/^(22021|22P05)$/, 'The text contains a character that cannot be stored (such as the NUL character).'],
  [/^2200[78]$/, 'A date is not valid.'],
  [/^2[23]/, 'A value has the wrong form, for example text where a number, an id or one of the listed options is expected.'],
  // undefined_function: the query compares a field with an operator its type lacks ("contains" on a number or an option).
  [/^42883$/, 'A field is compared in a way its type does not allow, for example "like" or "contains" on a number, a date or one of the listed options.'],
]

/** The message for an error the client caused, or null for a server fault. */
export function clientErrorMessage(error: unknown): string | null {
  let current: unknown = error
  for (let depth = 0; current && depth < 5; depth += 1) {
    const code = (current as { code?: unknown }).code
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) {
      return sqlStateMessages.find(([pattern]) => pattern.test(code))?.[1] ?? null
    }
    current = (current as { cause?: unknown }).cause
  }
  if (error instanceof SyntaxError && /JSON/i.test(error.message)) return 'The request body is not valid JSON.'
  return null
}

export const answerClientErrors: AfterErrorHook = ({ error, graphqlResult }) => {
  if (graphqlResult) {
    const message = clientErrorMessage((error as { originalError?: unknown }).originalError ?? error)
    return message ? { graphqlResult: { ...graphqlResult, message, extensions: { ...graphqlResult.extensions, statusCode: 400 } } } : undefined
  }
  const message = clientErrorMessage(error)
  if (message) return { response: { errors: [{ message }] }, status: 400 }
  return undefined
}
