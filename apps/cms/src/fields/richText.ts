import { lexicalEditor, LinkFeature } from '@payloadcms/richtext-lexical'
import type { FieldAffectingData, TextField, TextFieldSingleValidation } from 'payload'

import { validateLinkUrl } from './validators'

/**
 * Payload's link feature accepts any address without a space, javascript:
 * included: it is stored, served by the API and shown as a link in the admin's
 * link preview. Its address field keeps Payload's own check and adds
 * validateLinkUrl (web, email and phone addresses and paths on this site only),
 * for links and autolinks alike. The public site checks every href again.
 */
const safeLinkFields = ({ defaultFields }: { defaultFields: FieldAffectingData[] }): FieldAffectingData[] =>
  defaultFields.map((field) => {
    if (field.name !== 'url' || field.type !== 'text' || field.hasMany) return field
    const payloadCheck = field.validate as TextFieldSingleValidation | undefined
    const validate: TextFieldSingleValidation = async (value, options) => {
      const first = await payloadCheck?.(value, options)
      if (typeof first === 'string') return first
      // An internal link points at a document; an address stored beside it is still checked.
      const internal = (options?.siblingData as { linkType?: unknown } | undefined)?.linkType === 'internal'
      if (internal && (value === undefined || value === null || value === '')) return true
      return validateLinkUrl(value)
    }
    return { ...field, validate } as TextField
  })

/** The rich-text editor of every body field: Payload's defaults, with safe links. */
export const richTextEditor = () =>
  lexicalEditor({
    features: ({ defaultFeatures }) =>
      defaultFeatures.map((feature) => (feature.key === 'link' ? LinkFeature({ fields: safeLinkFields }) : feature)),
  })
