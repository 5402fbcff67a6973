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

/** What kind of instrument or effort an initiative is. */
export const initiativeKinds = [
  { value: 'treaty', label: 'Treaty or convention' },
  { value: 'resolution', label: 'Resolution' },
  { value: 'law', label: 'Regulation or law' },
  { value: 'standard', label: 'Standard' },
  { value: 'declaration', label: 'Declaration or statement' },
  { value: 'commitment', label: 'Voluntary commitment' },
  { value: 'report', label: 'Report' },
  { value: 'body', label: 'Body or forum' },
  { value: 'programme', label: 'Programme or network' },
] as const

/**
 * Where an initiative stands: one list that fits every kind (a report is
 * published, a body operates, a treaty is open for signature or in force).
 */
export const initiativeStatuses = [
  { value: 'proposed', label: 'Proposed' },
  { value: 'in-negotiation', label: 'Under negotiation' },
  { value: 'adopted', label: 'Adopted' },
  { value: 'open-for-signature', label: 'Open for signature' },
  { value: 'in-force', label: 'In force or applying' },
  { value: 'operating', label: 'Operating' },
  { value: 'published', label: 'Published' },
  { value: 'superseded', label: 'Superseded' },
  { value: 'withdrawn', label: 'Withdrawn or rescinded' },
] as const

/** Who takes part in initiatives: organisations and groups of states the tracker filters by. */
export const actorKinds = [
  { value: 'international-organisation', label: 'International organisation' },
  { value: 'group-of-states', label: 'Group of states or summit series' },
  { value: 'state', label: 'State or government agency' },
  { value: 'standards-body', label: 'Standards body' },
  { value: 'industry', label: 'Company or industry group' },
  { value: 'civil-society', label: 'Civil society or research community' },
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
