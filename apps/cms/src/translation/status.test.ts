import { localizedTextPaths, translationStatusOf } from './status'

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
