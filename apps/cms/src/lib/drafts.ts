/** Versions for every public document: drafts with autosave, scheduled publishing, history kept. */
export const publicVersions = {
  maxPerDoc: 100,
  drafts: {
    autosave: { interval: 2000 },
    // Drafts are validated too, except that they may leave required fields empty (fields/strictFields.ts):
    // otherwise a draft save stored any value, of any type (or failed with a 500).
    validate: true,
    schedulePublish: true,
  },
} as const
