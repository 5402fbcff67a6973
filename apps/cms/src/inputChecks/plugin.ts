import type { CollectionBeforeOperationHook, GlobalBeforeOperationHook, PayloadRequest, Plugin } from 'payload'
import { APIError, QueryError, ValidationError } from 'payload'
import { validations } from 'payload/shared'

import { isStaff } from '../access/roles'
import { bodyProblems, isPlainObject } from './bodyShapes'
import { answerClientErrors } from './databaseErrors'
import { strictFields, type BuiltInValidators } from './fieldTypes'
import { paginationProblem, whereOperatorProblem } from './queryOperators'

const notAnObject = () => new APIError('The request body must be a JSON object of fields.', 400, undefined, true)

/**
 * A create or update needs an object of fields, well formed (valueShapes.ts,
 * bodyProblems): `null`, `42` or a form-encoded body crashed the operation
 * (500), `[]` was saved as an empty change, a group given as text was emptied.
 * `req.data` is the body as sent (an upload collection has already copied it).
 */
function checkBody(data: unknown, req: PayloadRequest, fields: unknown[], where: { collection?: string; global?: string }) {
  if (req.data !== undefined && !isPlainObject(req.data)) throw notAnObject()
  if (!isPlainObject(data)) throw notAnObject()
  const problems = bodyProblems(fields as Parameters<typeof bodyProblems>[0], data)
  if (problems.length) throw new ValidationError({ ...where, errors: problems }, req.t)
}

// Only staff write anything: anyone else is refused by the access rules (403) before their body matters.
const requireObjectBody: CollectionBeforeOperationHook = ({ args, collection, operation, req }) => {
  if ((operation !== 'create' && operation !== 'update') || !isStaff(req.user)) return args
  const data = (args as { data?: unknown }).data
  // An upload sent without `_payload` has only its file.
  if (data === undefined && req.file && req.data === undefined) return { ...args, data: {} }
  checkBody(data, req, collection.fields, { collection: collection.slug })
  return args
}

// Anyone may send a `where`, a `limit`, a `page`: one the database cannot apply crashed the query (500).
const requireApplicableOperators: CollectionBeforeOperationHook = ({ args, collection, operation }) => {
  if (operation !== 'read' && operation !== 'count' && operation !== 'readDistinct') return args
  const problem = paginationProblem(args as object) ?? whereOperatorProblem((args as { where?: unknown }).where, collection.flattenedFields)
  // Payload's own error for a path that cannot be queried (a 400, logged as one info line), with the reason.
  if (problem) throw Object.assign(new QueryError([{ path: problem.path }]), { message: problem.message })
  return args
}

const requireObjectGlobalBody: GlobalBeforeOperationHook = ({ args, global, operation, req }) => {
  if (operation === 'update' && isStaff(req.user)) checkBody((args as { data?: unknown }).data, req, global.fields, { global: global.slug })
  return args
}

/**
 * Input the API refuses with a 400 and a message rather than storing or
 * crashing on: every field checks its value's type (fieldTypes.ts),
 * bodies must be objects, queries compare fields only in ways the database
 * can (queryOperators.ts), and database errors caused by the input are answered
 * as such (databaseErrors.ts). Applied to every collection and global, so
 * a new field is covered without anyone remembering to.
 */
export const strictInput = (): Plugin => (config) => {
  const builtIns = validations as unknown as BuiltInValidators
  return {
    ...config,
    collections: config.collections?.map((collection) => ({
      ...collection,
      fields: strictFields(collection.fields, builtIns),
      hooks: { ...collection.hooks, beforeOperation: [requireObjectBody, requireApplicableOperators, ...(collection.hooks?.beforeOperation ?? [])] },
    })),
    globals: config.globals?.map((global) => ({
      ...global,
      fields: strictFields(global.fields, builtIns),
      hooks: { ...global.hooks, beforeOperation: [requireObjectGlobalBody, ...(global.hooks?.beforeOperation ?? [])] },
    })),
    hooks: { ...config.hooks, afterError: [answerClientErrors, ...(config.hooks?.afterError ?? [])] },
  }
}
