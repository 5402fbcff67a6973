import { getOperationAST, getVariableValues, GraphQLError, specifiedRules, validate, type ExecutionArgs, type ValidationRule } from 'graphql'

import { isStaff } from '../access/roles'

/**
 * GraphQL 16 has no rule for an operation type the schema lacks (17 adds
 * KnownOperationTypesRule); Payload's schema has no subscriptions.
 */
export const KnownOperationTypes: ValidationRule = (context) => ({
  OperationDefinition(node) {
    if (!context.getSchema().getRootType(node.operation)) {
      context.reportError(new GraphQLError(`This API does not support ${node.operation} operations.`, { nodes: node }))
    }
  },
})

/** The request's signed-in user, as Payload puts it on the GraphQL context. */
const userOf = (args: ExecutionArgs) => (args.contextValue as { req?: { user?: Parameters<typeof isStaff>[0] } } | undefined)?.req?.user

/**
 * Payload's `graphQL.validationRules` hook, which sees each request's
 * arguments before graphql-http validates and executes them:
 *
 * - Suggestions: GraphQL answers a misspelled field, type or argument with
 *   names from the schema ("Did you mean "title"?"), which spells the schema
 *   out to anyone although introspection is off. Only staff get them
 *   (`hideSuggestions`, graphql-js's own option). Variable values are checked
 *   here too: Payload's complexity rule coerces them during validation, with
 *   suggestions and no way to turn them off.
 * - Invalid documents: Payload's query-complexity rule walks the document
 *   assuming it is valid and throws (a 500) on a fragment cycle, a fragment or
 *   inline fragment on an unknown type, or a subscription. GraphQL's own rules
 *   run here first; a document they refuse is swapped for an empty one and
 *   their errors are reported on it, so graphql-http answers them as it
 *   answers any validation error, and the complexity rule never sees it.
 */
export function validateBeforePayload(args: ExecutionArgs): ValidationRule[] {
  const hideSuggestions = !isStaff(userOf(args) ?? null)
  args.hideSuggestions = hideSuggestions
  const errors = validate(args.schema, args.document, [...specifiedRules, KnownOperationTypes], { hideSuggestions })
  const operation = errors.length === 0 ? getOperationAST(args.document, args.operationName) : null
  const variableErrors = operation
    ? (getVariableValues(args.schema, operation.variableDefinitions ?? [], args.variableValues ?? {}, { hideSuggestions }).errors ?? [])
    : []
  if (errors.length === 0 && variableErrors.length === 0) return []
  args.document = { kind: args.document.kind, definitions: [] }
  return [reportErrors([...errors, ...variableErrors])]
}

const reportErrors =
  (errors: readonly GraphQLError[]): ValidationRule =>
  (context) => ({
    Document() {
      for (const error of errors) context.reportError(error)
    },
  })
