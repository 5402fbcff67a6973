import { advanceClock, localizedTextPaths, translationStatusOf } from './status'

const fields = [
  { name: 'title', type: 'text', localized: true },
  { name: 'slug', type: 'text' },
  { name: 'summary', type: 'textarea', localized: true },
  { name: 'body', type: 'richText', localized: true },
  { name: 'gaps', type: 'array', localized: true, fields: [{ name: 'gap', type: 'textarea' }] },
  { name: 'hero', type: 'group', fields: [{ name: 'heading', type: 'text', localized: true }, { name: 'image', type: 'upload' }] },
  { type: 'row', fields: [{ name: 'caption', type: 'text', localized: true }] },
  { name: 'translationStatus', type: 'json', virtual: true },
]

const richText = (text: string) => ({ root: { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', text }] }] } })

describe('which texts are translatable', () => {
  test('localized text, rich text and lists, inside groups and rows; never the status itself or unlocalized fields', () => {
    expect(localizedTextPaths(fields)).toEqual(['title', 'summary', 'body', 'gaps', 'hero.heading', 'caption'])
  })
})

describe('the translation status of a document, as the database hands it over (every language at once)', () => {
  const raw = {
    title: { en: 'Bias', fr: 'Biais', ar: '  ' },
    summary: { en: 'Unfair outcomes.', fr: 'Des résultats injustes.' },
    body: { en: richText('Body'), fr: richText('   ') },
    gaps: { en: [{ gap: 'One' }], fr: [] },
    hero: { heading: { en: 'Heading', fr: 'Titre' } },
    caption: { fr: 'Seulement en français' },
  }

  test('a language lists each text whose English has words and it has none (blank text, empty rich text, no rows)', () => {
    const status = translationStatusOf(raw, localizedTextPaths(fields))!
    expect(status.fr.missing).toEqual(['body', 'gaps'])
    expect(status.ar.missing).toEqual(['title', 'summary', 'body', 'gaps', 'hero.heading'])
  })

  test('English never misses anything, and a text with no English is never missing', () => {
    const status = translationStatusOf(raw, localizedTextPaths(fields))!
    expect(status.en.missing).toEqual([])
    expect(Object.values(status).some(({ missing }) => missing.includes('caption'))).toBe(false)
  })

  test('every language is answered', () => {
    expect(Object.keys(translationStatusOf(raw, ['title'])!).sort()).toEqual(['ar', 'en', 'es', 'fr', 'ru', 'zh'])
  })

  test('texts the read did not include are left out, and a read with none of them says nothing', () => {
    expect(translationStatusOf({ title: { en: 'Bias' } }, ['title', 'summary'])!.fr.missing).toEqual(['title'])
    expect(translationStatusOf({ slug: 'bias' }, ['title', 'summary'])).toBeNull()
    // A value already reduced to one language (not per language) cannot be judged.
    expect(translationStatusOf({ title: 'Bias' }, ['title'])).toBeNull()
  })
})

describe('out of date: the English changed after the translation was saved', () => {
  const paths = ['title', 'summary', 'body']
  const doc = { title: { en: 'Bias', fr: 'Biais' }, summary: { en: 'About bias.', fr: 'Sur les biais.' }, body: { en: null, fr: null } }

  it('a text whose English was stamped after the French is out of date; the others are up to date', () => {
    const clock = { en: { title: '2026-12-01T10:00:00.000Z', summary: '2026-12-02T10:00:00.000Z' }, fr: { title: '2026-12-01T11:00:00.000Z', summary: '2026-12-01T11:00:00.000Z' } }
    const status = translationStatusOf(doc, paths, clock)
    expect(status?.fr).toEqual({ missing: [], outOfDate: ['summary'] })
    // A language with no translation is missing, not out of date.
    expect(status?.es).toEqual({ missing: ['title', 'summary'], outOfDate: [] })
    expect(status?.en).toEqual({ missing: [], outOfDate: [] })
  })

  it('without a clock (documents from before it) nothing is out of date', () => {
    expect(translationStatusOf(doc, paths, null)?.fr).toEqual({ missing: [], outOfDate: [] })
  })

  it('a save stamps only the texts it changed, in its language; markup-only changes to rich text are not changes', () => {
    const now = '2026-12-02T12:00:00.000Z'
    const richText = (text: string, format = 0) => ({ root: { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', text, format }] }] } })
    const original = { title: 'Bias', summary: 'About bias.', body: richText('Words.') }
    const data = { title: 'Bias', summary: 'About bias, revised.', body: richText('Words.', 1) }
    expect(advanceClock({ en: { title: 'earlier' } }, { locale: 'en', paths, data, original, now })).toEqual({ en: { title: 'earlier', summary: now } })
    expect(advanceClock(null, { locale: 'fr', paths, data: { title: 'Biais' }, original: { title: 'Biais' }, now })).toBeNull()
    // A partial save (only the title sent) says nothing about the other texts.
    expect(advanceClock(null, { locale: 'fr', paths, data: { title: 'Biais !' }, original: { title: 'Biais', summary: 'x' }, now })).toEqual({ fr: { title: now } })
  })
})
