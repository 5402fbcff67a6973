/** Versions for every public document: drafts with autosave, scheduled publishing, history kept. */
export const publicVersions = {
  maxPerDoc: 100,
  drafts: {
    autosave: { interval: 2000 },
    schedulePublish: true,
  },
} as const
