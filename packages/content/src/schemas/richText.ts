import { z } from 'zod'

/**
 * A Lexical node: checked for the keys every renderer relies on (`type`, and
 * `children` when present), every other key kept as it is.
 */
export type LexicalNode = {
  type: string
  version?: number | undefined
  children?: LexicalNode[] | undefined
  [key: string]: unknown
}

export const lexicalNodeSchema: z.ZodType<LexicalNode> = z.looseObject({
  type: z.string().min(1),
  version: z.number().optional(),
  get children() {
    return z.array(lexicalNodeSchema).optional()
  },
})

export const lexicalRootSchema = z.looseObject({
  type: z.literal('root'),
  children: z.array(lexicalNodeSchema),
  direction: z.enum(['ltr', 'rtl']).nullish(),
  format: z.string().optional(),
  indent: z.number().optional(),
  version: z.number().optional(),
})

/** A Payload `richText` (Lexical) value as the REST API returns it. */
export const richTextSchema = z.looseObject({ root: lexicalRootSchema })

export type RichText = z.infer<typeof richTextSchema>
