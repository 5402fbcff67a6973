import { z } from 'zod'

/*
 * Closed lists of values. The CMS's select fields take their options from
 * here (the labels are the admin's), the public schemas their enums.
 */

type Vocabulary = readonly { readonly value: string; readonly label: string }[]

const valuesOf = <V extends Vocabulary>(vocabulary: V) => vocabulary.map((entry) => entry.value) as [V[number]['value'], ...V[number]['value'][]]

/** An enum schema of a vocabulary's values. */
export const vocabularySchema = <V extends Vocabulary>(vocabulary: V) => z.enum(valuesOf(vocabulary))

/** Payload select options of a vocabulary (a fresh, mutable copy). */
export const selectOptions = (vocabulary: Vocabulary) => vocabulary.map(({ value, label }) => ({ value, label }))

export const effortStatuses = [
  { value: 'proposed', label: 'Proposed' },
  { value: 'in-negotiation', label: 'Under negotiation' },
  { value: 'adopted', label: 'Adopted or signed' },
  { value: 'in-force', label: 'In force or applying' },
  { value: 'operating', label: 'Operating (an institution or programme at work)' },
] as const

export const mediaKinds = [
  { value: 'film', label: 'Film' },
  { value: 'podcast', label: 'Podcast' },
  { value: 'episode', label: 'Episode' },
] as const

export const citationTypes = [
  { value: 'article-journal', label: 'Journal article' },
  { value: 'report', label: 'Report' },
  { value: 'paper', label: 'Discussion or working paper' },
  { value: 'book', label: 'Book' },
  { value: 'chapter', label: 'Book chapter' },
  { value: 'webpage', label: 'Web page' },
] as const

export const authorKinds = [
  { value: 'person', label: 'Person' },
  { value: 'organization', label: 'Organisation' },
] as const

export const homeSections = [
  { value: 'why', label: 'Why global governance' },
  { value: 'benefits-and-risks', label: 'Benefits and risks' },
  { value: 'building-blocks', label: 'Building blocks' },
  { value: 'media', label: 'Films and podcasts' },
  { value: 'contact', label: 'Contact' },
] as const
